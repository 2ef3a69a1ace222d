/**
 * StatusKit core: the HTTP status registry, the RFC 9457 problem model, a typed exception for every
 * error status, validated header values, and the resolver that maps any throwable to a problem.
 * Needs nothing but the JDK at run time.
 */
module dev.statuskit.core {
  requires static transitive org.jspecify;
  requires static jakarta.cdi;

  uses dev.statuskit.spi.ProblemCustomizer;
  uses dev.statuskit.spi.ProblemListener;

  exports dev.statuskit;
  exports dev.statuskit.header;
  exports dev.statuskit.representation;
  exports dev.statuskit.spi;
}
