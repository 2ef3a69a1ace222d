package dev.statuskit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * StatusKit's configuration: one immutable object, read from sources in order, the first that
 * sets a key winning: the programmatic builder, servlet init-params, context-params, system
 * properties, environment variables. Keys start with {@code statuskit.}; in the environment they
 * are upper case with {@code _} for {@code .} and {@code -} ({@code STATUSKIT_EXPOSE_DETAILS}).
 *
 * <p>Unknown keys and malformed values are rejected when the settings are loaded, with a message
 * that names the key, the value, the source and what is accepted, so a typo fails at start-up
 * rather than being silently ignored.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>values</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code statuskit.expose-details}</td><td>true, false</td><td>false</td>
 *     <td>Puts the exception class and message of unhandled exceptions into 5xx {@code detail}.
 *     For development only: it leaks internals.</td></tr>
 * <tr><td>{@code statuskit.validation-status}</td><td>400, 422</td><td>400</td>
 *     <td>Status of Bean Validation failures.</td></tr>
 * <tr><td>{@code statuskit.map-web-application-exceptions}</td><td>true, false</td><td>true</td>
 *     <td>Whether the JAX-RS adapter adds problem bodies to entity-less {@code WebApplicationException}s.</td></tr>
 * <tr><td>{@code statuskit.map-unhandled}</td><td>true, false</td><td>true</td>
 *     <td>Whether the adapters answer any other exception with a safe 500.</td></tr>
 * <tr><td>{@code statuskit.client-error-stack-traces}</td><td>true, false</td><td>false</td>
 *     <td>Whether 4xx exceptions capture a stack trace. JVM-wide: {@code HttpException} reads it once,
 *     from the system property or the environment variable, as exceptions are built before any
 *     adapter sees them; from other sources it is accepted and has no effect.</td></tr>
 * <tr><td>{@code statuskit.max-detail-length}</td><td>16-1048576</td><td>4096</td>
 *     <td>Longest {@code detail} written; longer ones are cut and end with an ellipsis.</td></tr>
 * <tr><td>{@code statuskit.replace-send-error}</td><td>true, false</td><td>true</td>
 *     <td>Whether the servlet filter answers a downstream {@code sendError} itself (keeping the
 *     header fields set) or leaves it to the container and the application's error pages.</td></tr>
 * </table>
 *
 * @since 0.1
 */
public final class Settings {

  /** Key: expose exception details in 5xx bodies (development only). */
  public static final String EXPOSE_DETAILS = "statuskit.expose-details";
  /** Key: status of Bean Validation failures, 400 or 422. */
  public static final String VALIDATION_STATUS = "statuskit.validation-status";
  /** Key: map entity-less {@code WebApplicationException}s. */
  public static final String MAP_WEB_APPLICATION_EXCEPTIONS = "statuskit.map-web-application-exceptions";
  /** Key: answer unhandled exceptions with a safe 500. */
  public static final String MAP_UNHANDLED = "statuskit.map-unhandled";
  /** Key: capture stack traces of 4xx exceptions. */
  public static final String CLIENT_ERROR_STACK_TRACES = "statuskit.client-error-stack-traces";
  /** Key: longest {@code detail} written. */
  public static final String MAX_DETAIL_LENGTH = "statuskit.max-detail-length";
  /** Key: the servlet filter answers downstream {@code sendError} calls itself. */
  public static final String REPLACE_SEND_ERROR = "statuskit.replace-send-error";

  private static final Map<String, String> DEFAULTS = defaultValues();

  private static Map<String, String> defaultValues() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(EXPOSE_DETAILS, "false");
    m.put(VALIDATION_STATUS, "400");
    m.put(MAP_WEB_APPLICATION_EXCEPTIONS, "true");
    m.put(MAP_UNHANDLED, "true");
    m.put(CLIENT_ERROR_STACK_TRACES, "false");
    m.put(MAX_DETAIL_LENGTH, "4096");
    m.put(REPLACE_SEND_ERROR, "true");
    return Collections.unmodifiableMap(m);
  }

  private static final Settings DEFAULT = new Settings(DEFAULTS);

  private final Map<String, String> values;
  private final boolean exposeDetails;
  private final int validationStatus;
  private final boolean mapWebApplicationExceptions;
  private final boolean mapUnhandled;
  private final boolean clientErrorStackTraces;
  private final int maxDetailLength;
  private final boolean replaceSendError;

  private Settings(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.exposeDetails = bool(EXPOSE_DETAILS);
    this.validationStatus = intIn(VALIDATION_STATUS, 400, 422);
    if (validationStatus != 400 && validationStatus != 422) {
      throw invalid(VALIDATION_STATUS, values.get(VALIDATION_STATUS), "settings", "400 or 422");
    }
    this.mapWebApplicationExceptions = bool(MAP_WEB_APPLICATION_EXCEPTIONS);
    this.mapUnhandled = bool(MAP_UNHANDLED);
    this.clientErrorStackTraces = bool(CLIENT_ERROR_STACK_TRACES);
    this.maxDetailLength = intIn(MAX_DETAIL_LENGTH, 16, 1 << 20);
    this.replaceSendError = bool(REPLACE_SEND_ERROR);
  }

  /**
   * The defaults.
   *
   * @return settings with every key at its default
   */
  public static Settings defaults() {
    return DEFAULT;
  }

  /**
   * The known keys with their defaults.
   *
   * @return an unmodifiable, ordered map
   */
  public static Map<String, String> knownKeys() {
    return DEFAULTS;
  }

  /**
   * A named set of key-value pairs, such as a filter's init-params.
   *
   * @param name what the source is, for messages (for example "init-param of filter StatusKit")
   * @param values the pairs; keys not starting with {@code statuskit.} are ignored
   */
  public record Source(String name, Map<String, String> values) {

    /**
     * Checks and copies the components.
     *
     * @param name see the record description
     * @param values see the record description
     * @throws NullPointerException if a component is null
     */
    public Source {
      Objects.requireNonNull(name, "name");
      values = Map.copyOf(values);
    }

    /**
     * The system properties that start with {@code statuskit.}.
     *
     * @return the source
     */
    public static Source systemProperties() {
      Map<String, String> m = new LinkedHashMap<>();
      Properties p = System.getProperties();
      for (String k : p.stringPropertyNames()) {
        if (k.startsWith("statuskit.")) {
          m.put(k, p.getProperty(k));
        }
      }
      return new Source("system property", m);
    }

    /**
     * The environment variables that start with {@code STATUSKIT_}, as keys.
     *
     * @return the source
     */
    public static Source environment() {
      return environment(System.getenv());
    }

    /**
     * Environment-style variables translated to keys: {@code STATUSKIT_EXPOSE_DETAILS} becomes
     * {@code statuskit.expose-details} (every known key is matched; others are reported as unknown).
     *
     * @param env the variables
     * @return the source
     */
    public static Source environment(Map<String, String> env) {
      Map<String, String> byEnvName = new LinkedHashMap<>();
      for (String key : DEFAULTS.keySet()) {
        byEnvName.put(envName(key), key);
      }
      Map<String, String> m = new LinkedHashMap<>();
      env.forEach((k, v) -> {
        if (k.startsWith("STATUSKIT_")) {
          m.put(byEnvName.getOrDefault(k, "statuskit." + k.substring(10).toLowerCase(Locale.ROOT)), v);
        }
      });
      return new Source("environment variable", m);
    }
  }

  /**
   * The environment variable name of a key.
   *
   * @param key a key such as {@code statuskit.expose-details}
   * @return for example {@code STATUSKIT_EXPOSE_DETAILS}
   */
  public static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * Loads settings from sources, the first that sets a key winning.
   *
   * @param sources in order of precedence
   * @return the settings
   * @throws IllegalArgumentException naming key, value and source, for an unknown key or a bad value
   */
  public static Settings load(List<Source> sources) {
    Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
    List<Source> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    for (Source s : reversed) {
      s.values().forEach((k, v) -> {
        if (!k.startsWith("statuskit.")) {
          return;
        }
        if (!DEFAULTS.containsKey(k)) {
          throw new IllegalArgumentException("unknown StatusKit setting \"" + k + "\" (" + s.name()
              + "); known keys: " + new TreeSet<>(DEFAULTS.keySet()));
        }
        String value = v == null ? "" : v.strip();
        check(k, value, s.name());
        merged.put(k, value);
      });
    }
    return new Settings(merged);
  }

  /**
   * Loads settings from system properties and then the environment.
   *
   * @return the settings
   * @throws IllegalArgumentException for an unknown key or a bad value
   */
  public static Settings fromSystem() {
    return load(List.of(Source.systemProperties(), Source.environment()));
  }

  private static void check(String key, String value, String source) {
    String dflt = DEFAULTS.get(key);
    if (dflt.equals("true") || dflt.equals("false")) {
      if (!value.equals("true") && !value.equals("false")) {
        throw invalid(key, value, source, "true or false");
      }
    } else if (key.equals(VALIDATION_STATUS)) {
      if (!value.equals("400") && !value.equals("422")) {
        throw invalid(key, value, source, "400 or 422");
      }
    } else if (key.equals(MAX_DETAIL_LENGTH)) {
      try {
        int n = Integer.parseInt(value);
        if (n < 16 || n > 1 << 20) {
          throw invalid(key, value, source, "an integer from 16 to 1048576");
        }
      } catch (NumberFormatException e) {
        throw invalid(key, value, source, "an integer from 16 to 1048576");
      }
    }
  }

  private static IllegalArgumentException invalid(String key, String value, String source, String accepted) {
    return new IllegalArgumentException("StatusKit setting " + key + "=\"" + value + "\" (" + source
        + ") is invalid: expected " + accepted);
  }

  private boolean bool(String key) {
    return Boolean.parseBoolean(values.get(key));
  }

  private int intIn(String key, int min, int max) {
    int n = Integer.parseInt(values.get(key));
    if (n < min || n > max) {
      throw invalid(key, values.get(key), "settings", "an integer from " + min + " to " + max);
    }
    return n;
  }

  /**
   * A builder that starts from these settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.values.putAll(values);
    return b;
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return DEFAULT.toBuilder();
  }

  /**
   * Whether 5xx bodies carry exception class and message.
   *
   * @return {@code false} by default
   */
  public boolean exposeDetails() {
    return exposeDetails;
  }

  /**
   * The status of Bean Validation failures.
   *
   * @return 400 or 422
   */
  public int validationStatus() {
    return validationStatus;
  }

  /**
   * Whether entity-less {@code WebApplicationException}s get problem bodies.
   *
   * @return {@code true} by default
   */
  public boolean mapWebApplicationExceptions() {
    return mapWebApplicationExceptions;
  }

  /**
   * Whether unhandled exceptions are answered with a safe 500.
   *
   * @return {@code true} by default
   */
  public boolean mapUnhandled() {
    return mapUnhandled;
  }

  /**
   * Whether these settings ask 4xx exceptions to capture stack traces. What exceptions do is
   * decided once per JVM from the system property or environment variable (see the class
   * documentation); this value is what was configured here.
   *
   * @return {@code false} by default
   */
  public boolean clientErrorStackTraces() {
    return clientErrorStackTraces;
  }

  /**
   * The longest {@code detail} written.
   *
   * @return characters
   */
  public int maxDetailLength() {
    return maxDetailLength;
  }

  /**
   * Whether the servlet filter answers a downstream {@code sendError(4xx/5xx)} with a problem
   * itself; {@code false} leaves it to the container, so the application's own error pages apply.
   *
   * @return {@code true} by default
   */
  public boolean replaceSendError() {
    return replaceSendError;
  }

  /**
   * Every key with its value.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return "Settings" + values;
  }

  /** Builds settings programmatically; values are checked as by {@link Settings#load}. */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a key.
     *
     * @param key a known key
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException for an unknown key or a bad value
     */
    public Builder set(String key, String value) {
      if (!DEFAULTS.containsKey(key)) {
        throw new IllegalArgumentException("unknown StatusKit setting \"" + key + "\"; known keys: "
            + new TreeSet<>(DEFAULTS.keySet()));
      }
      check(key, Objects.requireNonNull(value, "value").strip(), "builder");
      values.put(key, value.strip());
      return this;
    }

    /**
     * Sets {@value Settings#EXPOSE_DETAILS}.
     *
     * @param expose whether to expose details
     * @return this builder
     */
    public Builder exposeDetails(boolean expose) {
      return set(EXPOSE_DETAILS, Boolean.toString(expose));
    }

    /**
     * Sets {@value Settings#VALIDATION_STATUS}.
     *
     * @param status 400 or 422
     * @return this builder
     */
    public Builder validationStatus(int status) {
      return set(VALIDATION_STATUS, Integer.toString(status));
    }

    /**
     * The settings.
     *
     * @return immutable settings
     */
    public Settings build() {
      return new Settings(values);
    }
  }
}
