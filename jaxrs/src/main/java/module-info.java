/**
 * StatusKit for Jakarta REST: a {@code Feature}, registered automatically by Jersey and RESTEasy
 * (explicitly on CXF), whose exception mappers answer every error with problem details and the
 * header fields its status requires.
 */
module dev.statuskit.jaxrs {
  requires transitive dev.statuskit.core;
  requires transitive jakarta.ws.rs;
  requires static jakarta.annotation;
  requires static jakarta.validation;
  requires static jakarta.json.bind;
  requires static com.fasterxml.jackson.core;
  requires static org.jspecify;
  // Jersey: only its resource method invocation SPI and the binder that installs it, used when Jersey is the runtime.
  requires static org.glassfish.jersey.core.server;
  requires static org.glassfish.jersey.core.common;
  // Automatic module (no module-info in the MicroProfile API jar): used only by the client's mapper.
  requires static microprofile.rest.client.api;

  exports dev.statuskit.jaxrs;
  exports dev.statuskit.jaxrs.client;
  // The runtimes inject @Context fields into the (package-private) mappers by reflection.
  opens dev.statuskit.jaxrs;

  provides jakarta.ws.rs.core.Feature with dev.statuskit.jaxrs.StatusKitFeature;
  provides dev.statuskit.engine.Settings.KeySet with dev.statuskit.jaxrs.StatusKitFeature.Keys;
}
