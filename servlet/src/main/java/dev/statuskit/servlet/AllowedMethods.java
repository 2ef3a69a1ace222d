package dev.statuskit.servlet;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Works out {@code Allow} for a 405 that {@link HttpServlet}'s own {@code doXxx} sent without it.
 * The API jar's {@code HttpServlet} (used by Jetty and Undertow) answers a method the servlet does
 * not implement with {@code sendError(405)} and no {@code Allow}, which RFC 9110 §15.5.6 requires;
 * Tomcat's copy of the class sets it. The methods are found as {@code HttpServlet.doOptions} finds
 * them: the {@code doXxx} methods the servlet class overrides, HEAD with GET, and OPTIONS.
 *
 * <p>Only when the servlet does not override the handler of the request's method, that is when
 * the 405 came from {@code HttpServlet} itself: a servlet that overrides {@code doPut} to refuse
 * PUT (as Undertow's default servlet does) is not second-guessed.
 */
final class AllowedMethods {

  private static final Map<String, String> HANDLERS = handlers();

  private static Map<String, String> handlers() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("GET", "doGet");
    m.put("HEAD", "doHead");
    m.put("POST", "doPost");
    m.put("PUT", "doPut");
    m.put("DELETE", "doDelete");
    m.put("PATCH", "doPatch");
    m.put("OPTIONS", "doOptions");
    m.put("TRACE", "doTrace");
    return m;
  }

  private record Model(Set<String> overridden, String allow) {}

  private static final ClassValue<Model> BY_CLASS = new ClassValue<>() {
    @Override
    protected Model computeValue(Class<?> type) {
      return model(type);
    }
  };

  private AllowedMethods() {}

  /** The {@code Allow} value for a 405 that {@code HttpServlet} sent for this request, or null. */
  static @Nullable String of(HttpServletRequest request) {
    String handler = HANDLERS.get(request.getMethod());
    Model model = handler == null ? null : model(request);
    return model == null || model.overridden.contains(handler) ? null : model.allow;
  }

  /**
   * The {@code Allow} value for a 405 the application sent itself without it (the conformance
   * guard): the methods the servlet implements, less the one it has just refused (and HEAD with
   * GET), or null when the servlet is not an {@code HttpServlet} or allows nothing else.
   */
  static @Nullable String refusing(HttpServletRequest request) {
    Model model = model(request);
    if (model == null) {
      return null;
    }
    String refused = request.getMethod();
    List<String> left = new ArrayList<>();
    for (String m : model.allow.split(", ")) {
      if (!m.equals(refused) && !(m.equals("HEAD") && refused.equals("GET"))) {
        left.add(m);
      }
    }
    return left.isEmpty() ? null : String.join(", ", left);
  }

  private static @Nullable Model model(HttpServletRequest request) {
    try {
      HttpServletMapping mapping = request.getHttpServletMapping();
      ServletContext context = request.getServletContext();
      if (mapping == null || context == null) {
        return null;
      }
      ServletRegistration registration = context.getServletRegistration(mapping.getServletName());
      String className = registration == null ? null : registration.getClassName();
      if (className == null) {
        return null;
      }
      ClassLoader loader = context.getClassLoader();
      if (loader == null) {
        // Jetty's ServletContextHandler without its own class loader.
        loader = Thread.currentThread().getContextClassLoader();
      }
      Class<?> type = Class.forName(className, false, loader == null ? AllowedMethods.class.getClassLoader() : loader);
      if (!HttpServlet.class.isAssignableFrom(type) || type == HttpServlet.class) {
        return null;
      }
      return BY_CLASS.get(type);
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  private static Model model(Class<?> type) {
    Set<String> overridden = new TreeSet<>();
    for (String handler : HANDLERS.values()) {
      if (overrides(type, handler)) {
        overridden.add(handler);
      }
    }
    List<String> allowed = new ArrayList<>();
    HANDLERS.forEach((method, handler) -> {
      boolean yes = switch (method) {
        case "HEAD" -> overridden.contains("doGet") || overridden.contains("doHead");
        case "OPTIONS" -> true;
        // TRACE is off on most containers; only a servlet that implements it allows it.
        default -> overridden.contains(handler);
      };
      if (yes) {
        allowed.add(method);
      }
    });
    return new Model(Set.copyOf(overridden), String.join(", ", allowed));
  }

  private static boolean overrides(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(name, HttpServletRequest.class, HttpServletResponse.class);
        return true;
      } catch (NoSuchMethodException e) {
        // Look further up.
      }
    }
    return false;
  }
}
