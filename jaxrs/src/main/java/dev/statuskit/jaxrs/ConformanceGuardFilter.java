package dev.statuskit.jaxrs;

import dev.statuskit.conformance.ResponseView;
import dev.statuskit.internal.ConformanceGuard;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The conformance guard for JAX-RS applications ({@code statuskit.conformance-guard=true}): checks
 * every response, StatusKit's or the application's, as the last response filter; a 405 without
 * {@code Allow} gets the methods the resource model declares on the matched path (less the refused
 * one), a missing {@code Date} is added, other violations are reported once per route, status and
 * rule. {@link Routes} tells it each resource method's route template and methods.
 */
final class ConformanceGuardFilter implements ContainerResponseFilter {

  /** Response filters run in descending priority: this low one runs after the others. */
  static final int PRIORITY = 1;
  static final String ROUTE = "dev.statuskit.jaxrs.route";

  private final ConformanceGuard guard;

  ConformanceGuardFilter(ConformanceGuard guard) {
    this.guard = guard;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Route route = request.getProperty(ROUTE) instanceof Route r ? r : null;
    String method = request.getMethod();
    String template = route != null ? route.template : "/" + request.getUriInfo().getPath(false);
    guard.guard(ConformanceGuard.route(method, template), new View(method, response), new ConformanceGuard.Target() {
      @Override
      public @Nullable String allowedMethods() {
        return route == null ? null : route.allowRefusing(method);
      }

      @Override
      public void setHeader(String name, String value) {
        response.getHeaders().putSingle(name, value);
      }
    });
  }

  /** The response as the filter sees it: no body yet, the entity's media type as Content-Type. */
  private static final class View implements ResponseView {
    private final String method;
    private final ContainerResponseContext response;

    View(String method, ContainerResponseContext response) {
      this.method = method;
      this.response = response;
    }

    @Override
    public int status() {
      return response.getStatus();
    }

    @Override
    public Collection<String> fieldNames() {
      Set<String> names = new LinkedHashSet<>(response.getStringHeaders().keySet());
      if (response.getMediaType() != null && names.stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
        names.add("Content-Type");
      }
      return names;
    }

    @Override
    public List<String> fieldValues(String name) {
      for (var e : response.getStringHeaders().entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return List.copyOf(e.getValue());
        }
      }
      MediaType type = response.getMediaType();
      return name.equalsIgnoreCase("Content-Type") && type != null ? List.of(type.toString()) : List.of();
    }

    @Override
    public Optional<byte[]> body() {
      return Optional.empty();
    }

    @Override
    public Optional<String> requestMethod() {
      return Optional.of(method);
    }
  }

  /** A resource method's route template and the methods the resource model declares on its path. */
  static final class Route implements ContainerRequestFilter {
    final String template;
    final List<String> methods;

    Route(String template, List<String> methods) {
      this.template = template;
      this.methods = methods;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(ROUTE, this);
    }

    @Nullable String allowRefusing(String refused) {
      List<String> left = new ArrayList<>();
      for (String m : methods) {
        if (!m.equals(refused) && !(m.equals("HEAD") && refused.equals("GET"))) {
          left.add(m);
        }
      }
      return left.isEmpty() ? null : String.join(", ", left);
    }
  }

  /** Binds a {@link Route} to each resource method, worked out once when the application starts. */
  static final class Routes implements DynamicFeature {
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
      Method m = info.getResourceMethod();
      Class<?> c = info.getResourceClass();
      if (m == null || c == null) {
        return;
      }
      context.register(new Route(template(c, m), methods(c, path(m))));
    }

    static String template(Class<?> c, Method m) {
      String base = path(c);
      String sub = path(m);
      String joined = (base == null ? "" : base) + (sub == null ? "" : "/" + sub);
      return ("/" + joined).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    /** The methods declared on the same sub-path; HEAD with GET and OPTIONS, which the runtimes answer. */
    static List<String> methods(Class<?> c, @Nullable String subPath) {
      Set<String> found = new LinkedHashSet<>();
      for (Method each : c.getMethods()) {
        if (!Objects.equals(normal(path(each)), normal(subPath))) {
          continue;
        }
        for (Annotation a : each.getAnnotations()) {
          HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
          if (hm != null) {
            found.add(hm.value());
          }
        }
      }
      if (found.contains("GET")) {
        found.add("HEAD");
      }
      found.add("OPTIONS");
      List<String> ordered = new ArrayList<>();
      for (String m : ORDER) {
        if (found.remove(m)) {
          ordered.add(m);
        }
      }
      ordered.addAll(found);
      return List.copyOf(ordered);
    }

    private static @Nullable String normal(@Nullable String p) {
      if (p == null) {
        return null;
      }
      String s = p.replaceAll("^/+|/+$", "");
      return s.isEmpty() ? null : s;
    }

    private static @Nullable String path(java.lang.reflect.AnnotatedElement e) {
      Path p = e.getAnnotation(Path.class);
      return p == null ? null : p.value();
    }
  }
}
