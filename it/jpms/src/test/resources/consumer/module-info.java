module consumer {
  requires dev.statuskit.core;
  requires dev.statuskit.jaxrs;
  requires dev.statuskit.servlet;
}
