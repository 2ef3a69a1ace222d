package dev.statuskit.servlet;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.internal.Declarations;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads StatusKit settings for a filter or servlet: init-params, context-params, system, environment. */
final class Config {

  private Config() {}

  /**
   * Loads and validates the settings, the first source that sets a key winning.
   *
   * @param component for messages, such as {@code filter statuskit}
   * @throws ServletException naming key, value and source when a key is unknown or a value bad, or
   *     each misdeclared annotation of the classes the annotation processor listed, so that the
   *     deployment fails
   */
  static ProblemResponder load(String component, Enumeration<String> initNames, Function<String, String> initParam,
      ServletContext context) throws ServletException {
    try {
      Settings settings = settings(component, initNames, initParam, context);
      // A misdeclared annotation fails the deployment, not the first request; a build that ran the
      // annotation processor had the same messages as compile errors.
      Declarations.requireValid(context.getClassLoader(), List.of(), component);
      return new ProblemResponder(ProblemEngine.create(settings));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ServletException("StatusKit cannot start " + component + ": " + e.getMessage(), e);
    }
  }

  /**
   * The settings of one component: its init-params, then context-params, system properties and the
   * environment, the first source that sets a key winning.
   *
   * @throws IllegalArgumentException naming key, value and source when a key is unknown or a value bad
   */
  static Settings settings(String component, Enumeration<String> initNames, Function<String, String> initParam,
      ServletContext context) {
    List<Settings.Source> sources = new ArrayList<>();
    sources.add(new Settings.Source("init-param of " + component, params(initNames, initParam)));
    sources.add(new Settings.Source("context-param", params(context.getInitParameterNames(),
        context::getInitParameter)));
    sources.add(Settings.Source.systemProperties());
    sources.add(Settings.Source.environment());
    return Settings.load(sources);
  }

  private static Map<String, String> params(Enumeration<String> names, Function<String, String> value) {
    Map<String, String> m = new LinkedHashMap<>();
    while (names.hasMoreElements()) {
      String n = names.nextElement();
      String v = value.apply(n);
      if (n.startsWith("statuskit.") && v != null) {
        m.put(n, v);
      }
    }
    return m;
  }
}
