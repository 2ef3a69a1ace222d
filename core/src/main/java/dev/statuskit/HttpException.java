package dev.statuskit;

import dev.statuskit.HttpStatus.HeaderRule;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.header.RetryAfter;
import dev.statuskit.header.internal.FieldSyntax;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP error or redirection, thrown by application code and answered with its status, the
 * header fields it carries, and an RFC 9457 problem body.
 *
 * <p>Each registered 3xx/4xx/5xx status StatusKit can answer has a final subclass named after its
 * reason phrase ({@link TooManyRequestsException}, {@link MethodNotAllowedException}, ...). Header
 * fields that a status requires are constructor arguments of that subclass; header values are
 * validated when they are set, so an exception that exists can always be written to the wire.
 * Any other code of the same class can be thrown with {@link ClientErrorException},
 * {@link ServerErrorException} or {@link RedirectionException}.
 *
 * <p>An exception is settable until it is thrown: the fluent methods ({@link #detail(String)},
 * {@link #type}, {@link #extension}, {@link #header}, {@link #cause(Throwable)} ...) change it and
 * return it typed as its own class, the getters ({@link #getStatus()}, {@link #getDetail()} ...)
 * read it, and it must not be changed after it is thrown nor shared between threads.
 *
 * <p>A {@linkplain #cause(Throwable) cause} is for the log only: it never reaches the problem the
 * client gets.
 *
 * <pre>{@code
 * throw new TooManyRequestsException()
 *     .detail("You may send 100 requests per minute.")
 *     .retryAfter(Duration.ofSeconds(30));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 * @since 0.1.0
 */
public abstract class HttpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Fields the container or the writer owns, which the generic {@link #header} refuses: framing and
   * connection-specific fields (RFC 9112 §6, RFC 9113 §8.2.2), and {@code Upgrade}, which only
   * {@link UpgradeRequiredException} sets together with {@code Connection}.
   */
  private static final Set<String> RESERVED = Set.of("content-type", "content-length", "transfer-encoding",
      "connection", "keep-alive", "proxy-connection", "upgrade", "te", "trailer");

  /** Fields that occur at most once per response (RFC 9110 §5.3); {@link #header} replaces them. */
  private static final Set<String> SINGLETONS = Set.of("location", "retry-after", "content-range", "etag",
      "last-modified", "expires", "date", "content-location", "age");

  /**
   * The system property that turns stack traces of 3xx and 4xx exceptions on. The same key as
   * {@code Settings.CLIENT_ERROR_STACK_TRACES}, spelled out so that the exceptions do not depend on
   * the configuration (a test keeps the two equal).
   */
  static final String TRACES_PROPERTY = "statuskit.client-error-stack-traces";

  /** The environment variable of {@link #TRACES_PROPERTY}, named as {@code Settings.envName} does. */
  static final String TRACES_VARIABLE = "STATUSKIT_CLIENT_ERROR_STACK_TRACES";

  /**
   * Whether 3xx and 4xx exceptions capture a stack trace: they are expected outcomes, and under a
   * flood of rejected requests the trace is most of their cost.
   */
  private static final boolean CLIENT_ERROR_TRACES = Boolean.parseBoolean(
      System.getProperty(TRACES_PROPERTY, String.valueOf(System.getenv(TRACES_VARIABLE))));

  private final int status;
  private HeaderFields headers;
  private URI type = Problem.ABOUT_BLANK;
  private @Nullable String title;
  private @Nullable String detail;
  /** Set by {@link #detailKey}, which few exceptions call: one field for both parts keeps every exception smaller. */
  private @Nullable LocalizedDetail localizedDetail;
  private @Nullable URI instance;
  /**
   * Created by the first extension(). Frozen once it is also the map of a problem
   * {@link #toProblem()} returned: then the next {@link #extension} copies it first (copy on write),
   * so that the problem stays as it was.
   */
  private @Nullable MemberMap extensions;
  private @Nullable RetryAfter retryAfter;

  /**
   * Creates an exception for a status with the header fields the subclass built.
   *
   * @param status the status
   * @param headers validated header fields
   * @throws IllegalArgumentException if a header the status requires is missing, or one it forbids
   *     is present
   */
  HttpException(HttpStatus status, HeaderFields headers) {
    this(status, headers, true);
  }

  /**
   * Creates an exception; {@code checkRules} is false only for the exception of a response another
   * server sent, which may break the rules this library enforces on its own.
   */
  HttpException(HttpStatus status, HeaderFields headers, boolean checkRules) {
    // Throwable() leaves the cause unset, so that cause(..) or initCause(..) can set it once.
    super();
    this.status = Objects.requireNonNull(status, "status").code();
    this.headers = Objects.requireNonNull(headers, "headers");
    if (!checkRules) {
      return;
    }
    for (String required : status.requiredHeaders()) {
      if (!headers.contains(required)) {
        throw new IllegalArgumentException(status + " requires the " + required + " header field ("
            + ruleReference(status, required) + "); use the typed exception for this status");
      }
    }
    for (String prohibited : status.prohibitedHeaders()) {
      if (headers.contains(prohibited)) {
        throw new IllegalArgumentException(status + " must not carry " + prohibited + " ("
            + ruleReference(status, prohibited) + ")");
      }
    }
  }

  private static String ruleReference(HttpStatus status, String field) {
    for (HeaderRule r : status.headerRules()) {
      if (r.field().equalsIgnoreCase(field)) {
        return r.reference();
      }
    }
    return status.reference().orElse("RFC 9110");
  }

  static HttpStatus requireSeries(HttpStatus status, HttpStatus.Series series, String type) {
    Objects.requireNonNull(status, "status");
    if (status.series() != series) {
      throw new IllegalArgumentException(type + " takes a " + series.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " status, not " + status + " (RFC 9110 §15: the first digit defines the class)");
    }
    return status;
  }

  /**
   * The status of the response.
   *
   * @return the status
   */
  public final HttpStatus getStatus() {
    return HttpStatus.valueOf(status);
  }

  /**
   * The header fields the response carries besides those of the body.
   *
   * @return an unmodifiable, validated multimap
   */
  public final HeaderFields getHeaders() {
    return headers;
  }

  /**
   * The problem details that describe this exception.
   *
   * @return a new immutable problem with this exception's status
   */
  public Problem toProblem() {
    // The members were checked when they were set: no builder, and no copy of the extensions, which
    // this exception copies instead should it get another one after this call; frozen, the map needs
    // no unmodifiable wrapper.
    if (extensions == null || extensions.isEmpty()) {
      return Problem.ofChecked(type, title, status, detail, instance, Map.of());
    }
    return Problem.ofChecked(type, title, status, detail, instance, extensions.freeze());
  }

  /**
   * The detail, if one was set.
   *
   * @return the detail, or {@code null}
   */
  public final @Nullable String getDetail() {
    return detail;
  }

  /**
   * Sets the problem's {@code detail}: an explanation of this occurrence that helps the client fix it.
   *
   * @param detail the text, or {@code null} for none
   * @return this exception
   */
  public HttpException detail(@Nullable String detail) {
    this.detail = detail;
    return this;
  }

  /**
   * The key of a localized detail, if one was set.
   *
   * @return the key, or {@code null}
   * @since 0.3.0
   */
  public final @Nullable String getDetailKey() {
    return localizedDetail == null ? null : localizedDetail.key();
  }

  /**
   * Sets the key of a localized {@code detail}: when the response is localized to the client's
   * {@code Accept-Language}, the detail is the application's message of that key in the negotiated
   * language, its {@code {name}} placeholders filled from the problem's extension members; when the
   * message is missing, the literal {@link #detail} stays.
   *
   * @param key a key of the application's message bundle ({@code statuskit.messages}), or
   *     {@code null} for none
   * @return this exception
   * @throws IllegalArgumentException if the key is blank or contains a control character
   * @since 0.3.0
   */
  public HttpException detailKey(@Nullable String key) {
    if (key != null && (key.isBlank() || key.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("detail key \"" + key.replaceAll("\\p{Cntrl}", "?")
          + "\" must be a non-blank message key without control characters");
    }
    this.localizedDetail = key == null ? null : new LocalizedDetail(key, Map.of());
    return this;
  }

  /**
   * Sets the key of a localized {@code detail} and values for its placeholders, as
   * {@link #detailKey(String)} does: a placeholder {@code {name}} is filled from these arguments,
   * then from the extension members. The arguments are not written into the problem; each value is
   * inserted as text, never read as part of the message.
   *
   * @param key a key of the application's message bundle
   * @param arguments values by placeholder name (a letter, then letters, digits, {@code _} or {@code -})
   * @return this exception
   * @throws IllegalArgumentException if the key or an argument name is invalid
   * @since 0.3.0
   */
  public HttpException detailKey(String key, Map<String, ?> arguments) {
    Objects.requireNonNull(key, "key");
    Map<String, Object> copy = new LinkedHashMap<>();
    Objects.requireNonNull(arguments, "arguments").forEach((name, value) -> {
      if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
        throw new IllegalArgumentException("detail argument name \"" + String.valueOf(name).replaceAll("\\p{Cntrl}", "?")
            + "\" must be a letter, then letters, digits, '_' or '-'");
      }
      copy.put(name, Objects.requireNonNull(value, "value of detail argument " + name));
    });
    detailKey(key);
    this.localizedDetail = new LocalizedDetail(key, Collections.unmodifiableMap(copy));
    return this;
  }

  /**
   * The values given for the placeholders of the localized detail.
   *
   * @return an unmodifiable map, empty unless {@link #detailKey(String, Map)} set one
   * @since 0.3.0
   */
  public final Map<String, Object> getDetailArguments() {
    return localizedDetail == null ? Map.of() : localizedDetail.arguments();
  }

  /** The key of a localized detail and the values for its placeholders (unmodifiable). */
  private record LocalizedDetail(String key, Map<String, Object> arguments) implements java.io.Serializable {}

  /**
   * Sets the problem's {@code type}.
   *
   * @param type a URI reference; absolute, or relative with a full path (RFC 9457 §3.1.1)
   * @return this exception
   */
  public HttpException type(URI type) {
    this.type = Objects.requireNonNull(type, "type");
    return this;
  }

  /**
   * Sets the problem's {@code title}; with a custom {@link #type} it should not vary between
   * occurrences (RFC 9457 §3.1.3).
   *
   * @param title the title, or {@code null} for the default
   * @return this exception
   */
  public HttpException title(@Nullable String title) {
    this.title = title;
    return this;
  }

  /**
   * Sets the problem's {@code instance}.
   *
   * @param instance a URI reference for this occurrence, or {@code null}
   * @return this exception
   */
  public HttpException instance(@Nullable URI instance) {
    this.instance = instance;
    return this;
  }

  /**
   * Adds an extension member to the problem.
   *
   * @param name matches {@code ^[A-Za-z][A-Za-z0-9_]{2,}$}, not a standard member, or is one of
   *     {@link Problem#REGISTERED_EXTENSION_NAMES}
   * @param value the value, possibly {@code null}
   * @return this exception
   * @throws IllegalArgumentException if the name is invalid
   */
  public HttpException extension(String name, @Nullable Object value) {
    Problem.checkExtensionName(name); // the one rule, without a builder per call
    return putExtension(name, value);
  }

  /**
   * Adds an extension member whose name may be outside the RFC 9457 §4 pattern, such as
   * {@code acme-trace}: the explicit opt-in of {@link Problem.Builder#portableExtension}.
   *
   * @param name a name of the pattern, or one JSON and XML carry unchanged
   *     ({@link Problem#isPortableExtensionName})
   * @param value the value, possibly {@code null}
   * @return this exception
   * @throws IllegalArgumentException if the name is a standard member or not portable
   * @since 0.3.0
   */
  public HttpException portableExtension(String name, @Nullable Object value) {
    Problem.checkPortableExtensionName(name);
    return putExtension(name, value);
  }

  private HttpException putExtension(String name, @Nullable Object value) {
    if (extensions == null) {
      extensions = new MemberMap(); // problems carry a few members: one array, no entry objects
    } else if (extensions.isFrozen()) {
      extensions = new MemberMap(extensions);
    }
    extensions.put(name, value);
    return this;
  }

  /**
   * Adds a header field to the response (for example {@code Cache-Control}, or a second
   * {@code WWW-Authenticate} challenge on a 403). Singleton fields such as {@code Location} are
   * replaced rather than repeated; {@code Retry-After}, {@code RateLimit} and
   * {@code RateLimit-Policy} are parsed and checked as their typed setters check them (a line of a
   * {@code RateLimit} field adds its limits to those already set).
   *
   * @param name a token; not {@code Content-Type}, {@code Content-Length}, {@code Transfer-Encoding},
   *     {@code Connection}, {@code Upgrade} or another field the container owns, nor one this status
   *     forbids
   * @param value a field value: visible US-ASCII, SP and HTAB, no leading or trailing whitespace
   * @return this exception
   * @throws IllegalArgumentException if the name or value is invalid or not allowed here
   */
  public HttpException header(String name, String value) {
    FieldSyntax.requireFieldName(name);
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower)) {
      throw new IllegalArgumentException("header field " + name
          + " is set by the container or by StatusKit, not by an exception (RFC 9112 §6, RFC 9110 §7.6.1)");
    }
    // A field that a status forbids, even only under a condition, is refused here: the typed API
    // (for example UnsupportedMediaTypeException.contentCoding) is the one way to meet the condition.
    HttpStatus s = getStatus();
    for (HeaderRule r : s.headerRules()) {
      boolean prohibits = r.requirement() == HeaderRule.Requirement.MUST_NOT
          || r.requirement() == HeaderRule.Requirement.SHOULD_NOT;
      if (prohibits && r.field().equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(s + " must not carry " + name + r.when().map(w -> " " + w).orElse("")
            + " (" + r.reference() + ")");
      }
    }
    if (lower.equals("retry-after")) {
      putRetryAfter(RetryAfter.parse(value));
    } else if (lower.equals("ratelimit")) {
      // Field lines of a List add members (RFC 9651 §3.1); each is checked as the typed setter checks it.
      List<RateLimit> all = new ArrayList<>(getRateLimits());
      all.addAll(RateLimit.parse(List.of(value)));
      putRateLimits(all);
    } else if (lower.equals("ratelimit-policy")) {
      List<RateLimitPolicy> all = new ArrayList<>(getRateLimitPolicies());
      all.addAll(RateLimitPolicy.parse(List.of(value)));
      putRateLimitPolicies(all);
    } else if (SINGLETONS.contains(lower)) {
      setHeader(name, value);
    } else {
      addHeader(name, value);
    }
    return this;
  }

  /**
   * Replaces a header field; for subclasses that set a typed field.
   *
   * @param name the field name
   * @param value the validated value
   */
  final void setHeader(String name, String value) {
    headers = headers.with(name, value);
  }

  /**
   * Sets {@code Retry-After}; for the subclasses whose status gives it a meaning (RFC 9110 §10.2.3).
   *
   * @param value the value
   */
  final void putRetryAfter(RetryAfter value) {
    checkConsistent(Objects.requireNonNull(value, "retryAfter"), getRateLimits());
    // The common case, the first field of the exception: the value's own field, built once per delay.
    headers = headers.isEmpty() ? value.headerFields() : headers.with("Retry-After", value.value());
    this.retryAfter = value;
  }

  /**
   * Sets {@code RateLimit} (one field line with every limit).
   *
   * @param limits one or more limits
   * @throws IllegalArgumentException if there is none, or one contradicts {@code Retry-After}
   */
  final void putRateLimits(List<RateLimit> limits) {
    String value = RateLimit.fieldValue(limits);
    if (retryAfter != null) {
      checkConsistent(retryAfter, limits);
    }
    setHeader(RateLimit.FIELD, value);
  }

  /**
   * Sets {@code Deprecation}, {@code Sunset} and adds their {@code Link}s.
   *
   * @param deprecation the value
   */
  final void putDeprecation(dev.statuskit.header.Deprecation deprecation) {
    Objects.requireNonNull(deprecation, "deprecation").headerFields().forEach((name, value) -> {
      if (name.equals("Link")) {
        addHeader(name, value);
      } else {
        setHeader(name, value);
      }
    });
  }

  /**
   * Sets {@code RateLimit-Policy} (one field line with every policy).
   *
   * @param policies one or more policies
   * @throws IllegalArgumentException if there is none
   */
  final void putRateLimitPolicies(List<RateLimitPolicy> policies) {
    setHeader(RateLimitPolicy.FIELD, RateLimitPolicy.fieldValue(policies));
  }

  /**
   * A client that waits as {@code Retry-After} says (it takes precedence over {@code t}) must then
   * find quota again: a delay shorter than the reset of a used-up policy sends it back too early.
   */
  private static void checkConsistent(RetryAfter retryAfter, List<RateLimit> limits) {
    if (limits.isEmpty()) {
      return; // the common case: nothing to compare, so no Optional and no iterator
    }
    Optional<Duration> delay = retryAfter.delay();
    if (delay.isEmpty()) {
      return; // a date is compared with nothing: there is no clock here
    }
    for (RateLimit l : limits) {
      if (l.exhausted() && l.reset().isPresent() && delay.get().compareTo(l.reset().get()) < 0) {
        throw new IllegalArgumentException("Retry-After " + retryAfter.value() + " is earlier than the reset t="
            + l.reset().get().getSeconds() + " of the used-up policy " + FieldSyntax.show(l.policy()) + " ("
            + RateLimit.DRAFT + " §7: Retry-After takes precedence over t, so a client would come back before"
            + " the quota is restored)");
      }
    }
  }

  /**
   * The limits of the {@code RateLimit} field (httpapi draft, see {@link RateLimit#DRAFT}), as the
   * server sent them or as they were set.
   *
   * @return the limits in order; empty when the field is absent or malformed (a client ignores a
   *     malformed field, as the draft says)
   * @since 0.3.0
   */
  public final List<RateLimit> getRateLimits() {
    List<String> lines = headers.all(RateLimit.FIELD);
    if (lines.isEmpty()) {
      return List.of(); // the common case, on the path of every Retry-After: nothing to parse
    }
    try {
      return RateLimit.parse(lines);
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }

  /**
   * The policies of the {@code RateLimit-Policy} field (httpapi draft, see {@link RateLimit#DRAFT}).
   *
   * @return the policies in order; empty when the field is absent or malformed
   * @since 0.3.0
   */
  public final List<RateLimitPolicy> getRateLimitPolicies() {
    List<String> lines = headers.all(RateLimitPolicy.FIELD);
    if (lines.isEmpty()) {
      return List.of();
    }
    try {
      return RateLimitPolicy.parse(lines);
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }

  /**
   * The names of a problem's {@code violated-policies} member, checked as policy names.
   *
   * @throws IllegalArgumentException if a name is not printable ASCII
   */
  static List<String> policyNames(String first, String... more) {
    // RateLimit checks a name as the fields carry it.
    return List.copyOf(list("name", n -> RateLimit.of(n, 0).policy(), first, more));
  }

  /**
   * The {@code Retry-After} value, for the statuses that can carry one (3xx, 413, 429, 503).
   *
   * @return the value, or empty when none was set
   */
  public final Optional<RetryAfter> getRetryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * The trace id of a received problem: the value of its {@code traceId} member when that is a W3C
   * trace id (32 lower-case hex digits, not all zeros). A server running StatusKit puts the trace id
   * of the request there (the member's default name), as ASP.NET Core does; quote it in a bug report
   * and the server's operators find the trace and the one log record of the problem.
   *
   * <p>Empty when the member is absent or is not a valid trace id (a received value is never trusted
   * as it is), and for an exception the application builds: the server adds the trace id to the
   * problem it answers, not to the exception. A server that names the member otherwise has it in
   * {@code toProblem().extensions()}.
   *
   * @return the trace id, or empty
   * @since 0.3.0
   */
  public final Optional<String> getTraceId() {
    Object value = extensions == null ? null : extensions.get(TRACE_ID_MEMBER);
    return value instanceof String s && isTraceId(s) ? Optional.of(s) : Optional.empty();
  }

  /** The member {@link #getTraceId()} reads. */
  private static final String TRACE_ID_MEMBER = "traceId";

  private static boolean isTraceId(String s) {
    if (s.length() != 32) {
      return false;
    }
    boolean nonZero = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
      nonZero |= c != '0';
    }
    return nonZero;
  }

  /**
   * The arguments of a varargs parameter ({@code first, more...}) as one list, each passed through
   * {@code check}: the one loop of the setters and constructors that take one or more values.
   *
   * @param name the name a null argument is refused with
   * @param check the rule of one value (a syntax check, a conversion), applied in order
   */
  static <T, R> List<R> list(String name, Function<? super T, ? extends R> check, T first, T[] more) {
    List<R> all = new ArrayList<>(1 + more.length);
    all.add(check.apply(Objects.requireNonNull(first, name)));
    for (T t : more) {
      all.add(check.apply(Objects.requireNonNull(t, name)));
    }
    return all;
  }

  /** The arguments of a varargs parameter as one list, none of them null; {@code name} names a null one. */
  static <T> List<T> list(String name, T first, T[] more) {
    return list(name, Function.identity(), first, more);
  }

  /**
   * Adds a header field value; for subclasses.
   *
   * @param name the field name
   * @param value the validated value
   */
  final void addHeader(String name, String value) {
    headers = headers.toBuilder().add(name, value).build();
  }

  /**
   * Captures the stack trace for 5xx exceptions, and for 3xx and 4xx ones only when the system
   * property {@code statuskit.client-error-stack-traces} or the environment variable
   * {@code STATUSKIT_CLIENT_ERROR_STACK_TRACES} is {@code true}; otherwise the trace stays empty.
   *
   * @return this exception
   */
  @Override
  public Throwable fillInStackTrace() {
    // Called from Throwable's constructor, before any field of this class is set: the class decides.
    if (CLIENT_ERROR_TRACES || tracedByDefault()) {
      return super.fillInStackTrace();
    }
    return this;
  }

  /**
   * Whether exceptions of this class capture a stack trace whatever the settings: a server error's
   * origin is what its log record is for. Reads no field, as it runs during construction.
   */
  boolean tracedByDefault() {
    return false;
  }

  /**
   * Captures the stack trace now, whatever the policy for this status; for a 4xx whose origin
   * matters when it is logged.
   *
   * @return this exception
   */
  public HttpException withStackTrace() {
    super.fillInStackTrace();
    return this;
  }

  /**
   * Sets the cause: the failure behind this exception, for the log. It never reaches the problem
   * the client gets. As with {@link #initCause}, a cause can be set once.
   *
   * @param cause the throwable that led to this exception
   * @return this exception
   * @throws IllegalStateException if a cause was already set
   * @throws IllegalArgumentException if the cause is this exception
   */
  public HttpException cause(Throwable cause) {
    try {
      initCause(Objects.requireNonNull(cause, "cause"));
    } catch (IllegalStateException alreadySet) {
      throw new IllegalStateException("the cause of " + getClass().getName()
          + " is already set: a cause can be given once, with cause(..) or initCause(..)", alreadySet);
    }
    return this;
  }

  /**
   * {@code "HTTP 429 Too Many Requests"}, followed by {@code ": "} and the detail when there is one.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String head = "HTTP " + getStatus();
    return detail == null ? head : head + ": " + detail;
  }
}
