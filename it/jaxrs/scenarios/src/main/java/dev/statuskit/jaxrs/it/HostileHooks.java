package dev.statuskit.jaxrs.it;

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

/**
 * The JAX-RS hooks of the hostile application, each misbehaving only on the paths that ask for it,
 * registered through {@link HostileApp}; the customizer, listener and value writer every runtime
 * shares are test-support's, named in META-INF/services.
 */
public final class HostileHooks {

  private HostileHooks() {}

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
