package dev.statuskit.test;

import dev.statuskit.conformance.Severity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ConformanceChecked}: wraps the test's JDK clients, and fails
 * a test that received a response breaking a rule at its severity.
 *
 * @since 0.3.0
 */
public final class ConformanceExtension
    implements TestInstancePostProcessor, ParameterResolver, BeforeEachCallback, AfterTestExecutionCallback {

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ConformanceExtension.class);

  /** An extension for {@code @ExtendWith}; {@link ConformanceChecked} registers it. */
  public ConformanceExtension() {}

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
    Severity failOn = failOn(context);
    Set<String> ignored = ignored(context);
    for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == HttpClient.class && !Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          Object client = f.get(instance);
          if (client instanceof HttpClient h && !(client instanceof CheckingHttpClient)) {
            f.set(instance, new CheckingHttpClient(h, failOn, ignored));
          }
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == HttpClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new CheckingHttpClient(HttpClient.newHttpClient(), failOn(context), ignored(context));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Recorder r = new Recorder(failOn(context), ignored(context));
    context.getStore(NS).put(Recorder.class, r);
    Recorder.activate(r);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Recorder r = context.getStore(NS).get(Recorder.class, Recorder.class);
    Recorder.activate(null);
    if (r == null || context.getExecutionException().isPresent()) {
      return; // the test failed already, for this or another reason
    }
    List<String> reports = r.reports();
    if (!reports.isEmpty()) {
      throw new AssertionError(reports.size() + " response(s) break RFC rules:\n\n" + String.join("\n\n", reports));
    }
  }

  private static Severity failOn(ExtensionContext context) {
    return annotation(context).map(ConformanceChecked::failOn).orElse(Severity.MUST);
  }

  private static Set<String> ignored(ExtensionContext context) {
    return annotation(context).map(a -> Set.of(a.ignore())).orElse(Set.of());
  }

  /** The method's annotation, else the class's (or a superclass's). */
  private static Optional<ConformanceChecked> annotation(ExtensionContext context) {
    Optional<ConformanceChecked> a = AnnotationSupport.findAnnotation(context.getTestMethod(), ConformanceChecked.class);
    return a.isPresent() ? a : AnnotationSupport.findAnnotation(context.getTestClass(), ConformanceChecked.class);
  }
}
