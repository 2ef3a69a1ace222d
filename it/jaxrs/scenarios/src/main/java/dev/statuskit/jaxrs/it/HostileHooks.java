package dev.statuskit.jaxrs.it;

import dev.statuskit.Problem;
import dev.statuskit.spi.ExtensionValueWriter;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * The hooks of the hostile application, each misbehaving only on the paths that ask for it: the
 * customizer, listener and value writer come in through META-INF/services, the filter and the
 * body writer through {@link HostileApp}.
 */
public final class HostileHooks {

  private HostileHooks() {}

  /** A type no writer knows but {@link ExplodingWriter}, which fails on it. */
  public record Exploding(String name) {}

  /** Fails on {@link Exploding} with the leak in its message. */
  public static final class ExplodingWriter implements ExtensionValueWriter {
    @Override
    public boolean accepts(Class<?> type) {
      return type == Exploding.class;
    }

    @Override
    public Object toJsonValue(Object value) {
      throw new IllegalStateException("cannot convert: " + HostileResource.LEAK);
    }
  }

  public static final class BadCustomizer implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      String path = event.path();
      if (path.endsWith("/customizer-throws") || path.endsWith("/customizer-leak")) {
        throw new IllegalStateException("customizer: " + HostileResource.LEAK);
      }
      if (path.endsWith("/bad-extension")) {
        return problem.toBuilder().extension("opaque", new Object()).build();
      }
      if (path.endsWith("/cyclic-extension")) {
        Map<String, Object> self = new HashMap<>();
        self.put("self", self);
        return problem.toBuilder().extension("cyclic", self).build();
      }
      return problem;
    }
  }

  public static final class BadListener implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      if (event.path().endsWith("/listener-throws")) {
        throw new IllegalStateException("listener: " + HostileResource.LEAK);
      }
    }
  }

  /** A request filter that fails for {@code /h/filter-leak}. */
  @Provider
  public static class FailingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().endsWith("filter-leak")) {
        throw new IllegalStateException("filter: " + HostileResource.LEAK);
      }
    }
  }

  /** A body writer that fails before writing a byte. */
  @Provider
  @Produces("*/*")
  public static class FragileWriter implements MessageBodyWriter<HostileResource.Fragile> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == HostileResource.Fragile.class;
    }

    @Override
    public void writeTo(HostileResource.Fragile fragile, Class<?> type, Type genericType, Annotation[] annotations,
        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) {
      throw new IllegalStateException("writer: " + HostileResource.LEAK);
    }
  }
}
