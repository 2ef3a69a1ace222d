package dev.statuskit.servlet;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Works out {@code Allow} for a 405 that an {@link HttpServlet} sent without it. The API's own
 * {@code HttpServlet} (used by Jetty and Undertow) answers an unsupported method with {@code
 * sendError(405)} and no {@code Allow}, which RFC 9110 §15.5.6 requires; Tomcat's copy sets it.
 * The methods are found as {@code HttpServlet.doOptions} finds them: the {@code doXxx} methods the
 * servlet class overrides, HEAD with GET, and OPTIONS.
 */
final class AllowedMethods {

  private static final String[][] METHODS = {
      {"doGet", "GET"}, {"doHead", "HEAD"}, {"doPost", "POST"}, {"doPut", "PUT"}, {"doDelete", "DELETE"},
      {"doPatch", "PATCH"}};

  private static final ClassValue<String> BY_CLASS = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return compute(type);
    }
  };

  private AllowedMethods() {}

  /** The {@code Allow} value for the servlet that handles the request, or null if unknown. */
  static @Nullable String of(HttpServletRequest request) {
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
      return HttpServlet.class.isAssignableFrom(type) && type != HttpServlet.class ? BY_CLASS.get(type) : null;
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  private static String compute(Class<?> type) {
    List<String> allowed = new ArrayList<>();
    for (String[] m : METHODS) {
      if (overrides(type, m[0]) || ("HEAD".equals(m[1]) && allowed.contains("GET"))) {
        allowed.add(m[1]);
      }
    }
    allowed.add("OPTIONS");
    return String.join(", ", allowed);
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
