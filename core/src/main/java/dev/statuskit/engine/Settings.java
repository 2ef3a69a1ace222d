package dev.statuskit.engine;

import dev.statuskit.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * StatusKit's configuration: one immutable snapshot, read from sources in order, the first that
 * sets a key winning: the programmatic builder, servlet init-params, context-params (or JAX-RS
 * application properties), system properties, environment variables. Keys start with
 * {@code statuskit.}; in the environment they are upper case with {@code _} for {@code .} and
 * {@code -} ({@code STATUSKIT_EXPOSE_DETAILS}).
 *
 * <p>Each key is one {@link Key}: name, default, accepted values, parser and documentation, in one
 * place. Core declares the keys of the engine; each adapter declares its own and lists them as a
 * {@link KeySet} service, so that a key of any StatusKit module is known everywhere while only its
 * module reads it. A {@code statuskit.*} key that no module declares, or a value its parser refuses,
 * fails {@link #load} with a message naming key, value, source and what is accepted.
 *
 * <pre>{@code
 * Settings s = Settings.builder().set(Settings.EXPOSE_DETAILS, true).build();
 * s.get(Settings.MAX_DETAIL_LENGTH);   // 4096
 * }</pre>
 *
 * @since 0.3.0
 */
public final class Settings {

  /**
   * One configuration key: its name, default, accepted values, parser and meaning. Immutable.
   *
   * @param <T> the type of its value
   * @since 0.3.0
   */
  public static final class Key<T> {
    private final String name;
    private final String defaultValue;
    private final String accepted;
    /** What an error message says is expected, in words: "true or false", "an integer from 16 to 1048576". */
    private final String expected;
    private final String description;
    private final Function<String, T> parser;
    private final T parsedDefault;

    private Key(String name, String defaultValue, String accepted, String expected, String description,
        Function<String, T> parser) {
      if (!name.matches("statuskit\\.[a-z][a-z0-9-]*")) {
        throw new IllegalArgumentException("setting key \"" + name + "\" must match statuskit.[a-z][a-z0-9-]*");
      }
      this.name = name;
      this.defaultValue = defaultValue;
      this.accepted = accepted;
      this.expected = expected;
      this.description = Objects.requireNonNull(description, "description");
      this.parser = parser;
      this.parsedDefault = parser.apply(defaultValue); // a default its parser refuses fails here, at class init
    }

    /**
     * A key that takes {@code true} or {@code false}.
     *
     * @param name the key, {@code statuskit.} and a lower-case name
     * @param defaultValue its default
     * @param description what it does, for the documentation
     * @return the key
     */
    public static Key<Boolean> bool(String name, boolean defaultValue, String description) {
      return new Key<>(name, Boolean.toString(defaultValue), "true, false", "true or false", description, v -> {
        if (!v.equals("true") && !v.equals("false")) {
          throw new IllegalArgumentException();
        }
        return Boolean.valueOf(v);
      });
    }

    /**
     * A key that takes an integer in a range.
     *
     * @param name the key
     * @param defaultValue its default
     * @param min the least value accepted
     * @param max the greatest value accepted
     * @param description what it does
     * @return the key
     */
    public static Key<Integer> integer(String name, int defaultValue, int min, int max, String description) {
      return new Key<>(name, Integer.toString(defaultValue), min + "-" + max,
          "an integer from " + min + " to " + max, description, v -> {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
          throw new IllegalArgumentException();
        }
        return n;
      });
    }

    /**
     * A key that takes one of a few integers.
     *
     * @param name the key
     * @param defaultValue its default, one of {@code choices}
     * @param choices the values accepted
     * @param description what it does
     * @return the key
     */
    public static Key<Integer> oneOf(String name, int defaultValue, List<Integer> choices, String description) {
      List<Integer> copy = List.copyOf(choices);
      StringBuilder accepted = new StringBuilder();
      for (Integer c : copy) {
        accepted.append(accepted.length() == 0 ? "" : ", ").append(c);
      }
      return new Key<>(name, Integer.toString(defaultValue), accepted.toString(),
          accepted.toString().replace(", ", " or "), description, v -> {
        Integer n = Integer.valueOf(v);
        if (!copy.contains(n)) {
          throw new IllegalArgumentException();
        }
        return n;
      });
    }

    /**
     * A key that takes the name of an extension member ({@code ^[A-Za-z][A-Za-z0-9_]{2,}$}, not a
     * standard member), or nothing, which turns off what it names.
     *
     * @param name the key
     * @param defaultValue its default
     * @param description what it does
     * @return the key
     */
    public static Key<String> memberName(String name, String defaultValue, String description) {
      return new Key<>(name, defaultValue, "an extension member name, or empty",
          "an extension member name (^[A-Za-z][A-Za-z0-9_]{2,}$, not a standard member) or nothing", description, v -> {
        if (!v.isEmpty() && !Problem.isValidExtensionName(v)) {
          throw new IllegalArgumentException();
        }
        return v;
      });
    }

    /**
     * The key.
     *
     * @return for example {@code statuskit.expose-details}
     */
    public String name() {
      return name;
    }

    /**
     * The default, as text.
     *
     * @return for example {@code false}
     */
    public String defaultValue() {
      return defaultValue;
    }

    /**
     * The values accepted, as the documentation and error messages write them.
     *
     * @return for example {@code true, false} or {@code 16-1048576}
     */
    public String accepted() {
      return accepted;
    }

    /**
     * What the key does.
     *
     * @return one sentence or two
     */
    public String description() {
      return description;
    }

    /**
     * The environment variable that sets this key.
     *
     * @return for example {@code STATUSKIT_EXPOSE_DETAILS}
     */
    public String envName() {
      return Settings.envName(name);
    }

    T parse(String value, String source) {
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("StatusKit setting " + name + "=\"" + value + "\" (" + source
            + ") is invalid: expected " + expected);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The keys a StatusKit module declares; adapters list theirs as a {@link ServiceLoader} service,
   * so that one module's key set in a shared source (a system property, a context-param) is not
   * reported as unknown by another.
   *
   * @since 0.3.0
   */
  public interface KeySet {
    /**
     * The keys.
     *
     * @return the module's keys, in the order its documentation lists them
     */
    List<Key<?>> keys();
  }

  /** Key: expose exception details in 5xx bodies (development only). */
  public static final Key<Boolean> EXPOSE_DETAILS = Key.bool("statuskit.expose-details", false,
      "Development only: the class and message of unhandled exceptions, and 5xx sendError messages, go into"
          + " 5xx detail. It leaks internals.");
  /** Key: answer unhandled exceptions with a safe 500. */
  public static final Key<Boolean> MAP_UNHANDLED = Key.bool("statuskit.map-unhandled", true,
      "Whether exceptions nothing maps are answered with a safe 500; false leaves them to the runtime.");
  /** Key: capture stack traces of 3xx and 4xx exceptions. */
  public static final Key<Boolean> CLIENT_ERROR_STACK_TRACES = Key.bool("statuskit.client-error-stack-traces",
      false, "Whether 3xx and 4xx exceptions capture a stack trace. JVM-wide: read once, from the system property"
          + " or the environment variable only, as exceptions are built before any adapter sees them.");
  /** Key: the longest {@code detail} written. */
  public static final Key<Integer> MAX_DETAIL_LENGTH = Key.integer("statuskit.max-detail-length", 4096, 16, 1 << 20,
      "Longest detail written, whatever its source; longer ones are cut and end with an ellipsis.");

  /** Key: the extension member that carries the request's trace id; empty turns it off. */
  public static final Key<String> TRACE_ID_MEMBER = Key.memberName("statuskit.trace-id-member", "traceId",
      "The extension member that carries the trace id of a request with a valid W3C traceparent, in 4xx and 5xx"
          + " problems; empty turns it off.");

  /** Key: localize {@code title} and {@code detail} to the client's {@code Accept-Language}. */
  public static final Key<Boolean> LOCALIZE = Key.bool("statuskit.localize", true,
      "Whether title and detail are localized to the request's Accept-Language (with Content-Language and"
          + " Vary: Accept-Language on a localized response).");

  /** Key: the languages problems are localized to; {@code auto} means StatusKit's and the application's bundles'. */
  public static final Key<List<String>> LANGUAGES = new Key<>("statuskit.languages", "auto",
      "auto, or language tags separated by commas", "auto, or language tags (RFC 5646, such as de or zh-TW)"
          + " separated by commas", "The languages problems are localized to, in order of preference for *; auto"
          + " means those StatusKit ships titles in (en, de, fr, es, ja, zh-TW, zh-CN), then those the application's"
          + " message bundle provides.", Settings::languageTags);

  /** Key: the base name of the application's message bundle. */
  public static final Key<String> MESSAGES = new Key<>("statuskit.messages", "statuskit-messages",
      "a resource bundle base name", "a resource bundle base name (letters, digits, '.', '_', '-', '/')",
      "Base name of the application's UTF-8 message bundle (base_de.properties, base_zh_TW.properties, ...) with"
          + " titles and details keyed by problem type or exception class, as class-path resources.", v -> {
        if (!v.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-/]*")) {
          throw new IllegalArgumentException();
        }
        return v;
      });

  /**
   * Key: the base under which the application's problem type URIs live; the adapters then answer
   * {@code GET} on them with the type's documentation ({@link dev.statuskit.representation.ProblemDocs}).
   *
   * @since 0.3.0
   */
  public static final Key<String> PROBLEM_DOCS = new Key<>("statuskit.problem-docs", "",
      "an absolute http(s) URI or path, or empty",
      "an absolute http(s) URI or an absolute path, without query or fragment, or nothing",
      "The base (such as https://api.example/problems/ or /problems/) under which the application's problem types"
          + " live: GET on a type URI answers its documentation page or JSON Schema, the base an index; empty"
          + " serves none.", dev.statuskit.representation.ProblemDocs::normalizeBase);

  /**
   * Key: check every response of the application against RFC 9110 and RFC 9457, fix what is safe
   * and report the rest.
   *
   * @since 0.3.0
   */
  public static final Key<Boolean> CONFORMANCE_GUARD = Key.bool("statuskit.conformance-guard", false,
      "Whether every response of the application, StatusKit's or not, is checked against RFC 9110 and RFC 9457:"
          + " a 405 without Allow and a missing Date are fixed, other violations logged and sent to the"
          + " ConformanceListeners once per route and rule. JAX-RS: turns the guard on; servlet: a declared"
          + " ConformanceFilter is on unless this is false.");

  private static final List<Key<?>> CORE_KEYS = List.of(EXPOSE_DETAILS, MAP_UNHANDLED, CLIENT_ERROR_STACK_TRACES,
      MAX_DETAIL_LENGTH, TRACE_ID_MEMBER, LOCALIZE, LANGUAGES, MESSAGES, PROBLEM_DOCS,
      CONFORMANCE_GUARD);

  /** A list of language tags, each well-formed (RFC 5646 as {@link Locale} reads it), in canonical case. */
  private static List<String> languageTags(String v) {
    List<String> tags = new ArrayList<>();
    if (v.equals("auto")) {
      return List.of();
    }
    for (String t : v.split(",", -1)) {
      String tag = t.strip();
      if (!tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        throw new IllegalArgumentException();
      }
      String canonical = Locale.forLanguageTag(tag).toLanguageTag();
      if (canonical.equals("und")) {
        throw new IllegalArgumentException();
      }
      if (!tags.contains(canonical)) {
        tags.add(canonical);
      }
    }
    return List.copyOf(tags);
  }

  private static final Settings DEFAULT = new Settings(Map.of());

  /** Values parsed, by key; a key absent here has its default. */
  private final Map<Key<?>, Object> values;
  private final boolean exposeDetails;
  private final boolean mapUnhandled;
  private final int maxDetailLength;

  private Settings(Map<Key<?>, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.exposeDetails = get(EXPOSE_DETAILS);
    this.mapUnhandled = get(MAP_UNHANDLED);
    this.maxDetailLength = get(MAX_DETAIL_LENGTH);
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
   * Core's own keys, in the order its documentation lists them.
   *
   * @return an unmodifiable list
   * @since 0.3.0
   */
  public static List<Key<?>> coreKeys() {
    return CORE_KEYS;
  }

  /**
   * Every key known: core's and those of the {@link KeySet}s that {@link ServiceLoader} finds
   * through the thread's context class loader and StatusKit's own.
   *
   * @return the keys by name: core's first, in their order, then the adapters', by name
   * @since 0.3.0
   */
  public static Map<String, Key<?>> knownKeys() {
    Map<String, Key<?>> all = new LinkedHashMap<>();
    for (Key<?> k : CORE_KEYS) {
      all.put(k.name(), k);
    }
    Map<String, Key<?>> adapters = new java.util.TreeMap<>();
    List<ClassLoader> loaders = new ArrayList<>();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    loaders.add(Settings.class.getClassLoader());
    for (ClassLoader cl : loaders) {
      try {
        for (KeySet set : ServiceLoader.load(KeySet.class, cl)) {
          for (Key<?> k : set.keys()) {
            adapters.putIfAbsent(k.name(), k);
          }
        }
      } catch (ServiceConfigurationError e) {
        System.getLogger("dev.statuskit").log(System.Logger.Level.WARNING, "skipping StatusKit setting keys that failed to load", e);
      }
    }
    adapters.forEach(all::putIfAbsent);
    return Collections.unmodifiableMap(all);
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
     * {@code statuskit.expose-details} (every name after the prefix is lower case with {@code -} for
     * {@code _}, as every key is spelled).
     *
     * @param env the variables
     * @return the source
     */
    public static Source environment(Map<String, String> env) {
      Map<String, String> m = new LinkedHashMap<>();
      env.forEach((k, v) -> {
        if (k.startsWith("STATUSKIT_")) {
          m.put("statuskit." + k.substring(10).toLowerCase(Locale.ROOT).replace('_', '-'), v);
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
    Map<String, Key<?>> known = knownKeys();
    Map<Key<?>, Object> merged = new LinkedHashMap<>();
    List<Source> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    for (Source s : reversed) {
      s.values().forEach((name, v) -> {
        if (!name.startsWith("statuskit.")) {
          return;
        }
        Key<?> key = known.get(name);
        if (key == null) {
          throw new IllegalArgumentException("unknown StatusKit setting \"" + name + "\" (" + s.name()
              + "); known keys: " + new TreeSet<>(known.keySet()));
        }
        merged.put(key, key.parse(v == null ? "" : v.strip(), s.name()));
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

  /**
   * The value of a key: as loaded, or its default.
   *
   * @param <T> the value's type
   * @param key any key, core's or an adapter's
   * @return the value
   * @since 0.3.0
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object v = values.get(Objects.requireNonNull(key, "key"));
    return v != null ? (T) v : key.parsedDefault;
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
   * Whether unhandled exceptions are answered with a safe 500.
   *
   * @return {@code true} by default
   */
  public boolean mapUnhandled() {
    return mapUnhandled;
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
   * Every key set explicitly, with its value as text.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k.name(), String.valueOf(v)));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "Settings" + asMap();
  }

  /** Builds settings programmatically; values are checked as by {@link Settings#load}. */
  public static final class Builder {
    private final Map<Key<?>, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a key.
     *
     * @param <T> the value's type
     * @param key the key
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the key's parser refuses the value
     */
    public <T> Builder set(Key<T> key, T value) {
      Objects.requireNonNull(key, "key");
      values.put(key, key.parse(String.valueOf(Objects.requireNonNull(value, "value")), "builder"));
      return this;
    }

    /**
     * Sets a key by name, as a source would.
     *
     * @param key a known key
     * @param value its value as text
     * @return this builder
     * @throws IllegalArgumentException for an unknown key or a bad value
     */
    public Builder set(String key, String value) {
      Map<String, Key<?>> known = knownKeys();
      Key<?> k = known.get(key);
      if (k == null) {
        throw new IllegalArgumentException("unknown StatusKit setting \"" + key + "\"; known keys: "
            + new TreeSet<>(known.keySet()));
      }
      values.put(k, k.parse(Objects.requireNonNull(value, "value").strip(), "builder"));
      return this;
    }

    /**
     * Sets {@link Settings#EXPOSE_DETAILS}.
     *
     * @param expose whether to expose details
     * @return this builder
     */
    public Builder exposeDetails(boolean expose) {
      return set(EXPOSE_DETAILS, expose);
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
