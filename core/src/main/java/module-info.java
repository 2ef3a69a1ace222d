/**
 * StatusKit core: the HTTP status registry, the RFC 9457 problem model, a typed exception for every
 * error status, validated header values, the problem representations (JSON, XML, HTML, text), and
 * the one error pipeline the adapters run ({@code dev.statuskit.engine}). Needs nothing but the JDK
 * at run time.
 */
@SuppressWarnings("module") // the adapters named below are other modules, not on core's module path
module dev.statuskit.core {
  // Not transitive: jspecify is a provided dependency, absent from consumers' module paths.
  requires static org.jspecify;
  requires static jakarta.cdi;
  // SLF4J 2, used for the problem log record when it is present with a provider.
  requires static org.slf4j;
  // The annotation processor; javac provides the module when it runs it.
  requires static java.compiler;
  requires java.xml;

  exports dev.statuskit;
  exports dev.statuskit.header;
  exports dev.statuskit.representation;
  exports dev.statuskit.spi;
  exports dev.statuskit.conformance;
  exports dev.statuskit.engine;
  // Helpers for StatusKit's own adapters only: not API.
  exports dev.statuskit.internal to dev.statuskit.jaxrs, dev.statuskit.servlet;
  exports dev.statuskit.header.internal to dev.statuskit.jaxrs, dev.statuskit.servlet;

  uses dev.statuskit.spi.ExtensionValueWriter;
  uses dev.statuskit.spi.ProblemCustomizer;
  uses dev.statuskit.spi.ProblemListener;
  uses dev.statuskit.spi.LocaleResolver;
  uses dev.statuskit.spi.ConformanceListener;
  uses dev.statuskit.engine.Settings.KeySet;

  provides javax.annotation.processing.Processor with dev.statuskit.internal.processor.StatusKitProcessor;
}
