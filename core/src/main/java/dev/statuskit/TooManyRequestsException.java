package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.header.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 429 Too Many Requests: the client sent too many requests in a given time; the response carries {@code Retry-After} when a delay is given. Caches must not store it (RFC 6585 §4).
 *
 * <pre>{@code
 * throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(30));   // Retry-After: 30
 * throw TooManyRequestsException.quotaExceeded("daily")
 *     .retryAfter(Duration.ofSeconds(30))
 *     .rateLimitPolicies(RateLimitPolicy.of("daily", 1000).window(Duration.ofDays(1)))
 *     .rateLimits(RateLimit.of("daily", 0).reset(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>{@code RateLimit-Policy} and {@code RateLimit} follow {@value RateLimit#DRAFT}, a draft that may
 * still change: they are sent only when set here.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585 §4</a>
 * @since 0.1.0
 */
public final class TooManyRequestsException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail and without {@code Retry-After}. */
  public TooManyRequestsException() {
    super(HttpStatus.TOO_MANY_REQUESTS, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public TooManyRequestsException(String detail) {
    this();
    detail(detail);
  }

  /**
   * Sets {@code Retry-After} to a delay, sent as whole seconds rounded up.
   *
   * @param delay zero or positive
   * @return this exception
   * @throws IllegalArgumentException if the delay is negative
   */
  public TooManyRequestsException retryAfter(Duration delay) {
    return retryAfter(RetryAfter.delay(delay));
  }

  /**
   * Sets {@code Retry-After} to a point in time, sent as IMF-fixdate.
   *
   * @param at when to retry
   * @return this exception
   */
  public TooManyRequestsException retryAfter(Instant at) {
    return retryAfter(RetryAfter.at(at));
  }

  /**
   * Sets {@code Retry-After}.
   *
   * @param value the value
   * @return this exception
   */
  public TooManyRequestsException retryAfter(RetryAfter value) {
    putRetryAfter(value);
    return this;
  }

  /**
   * Sets {@code RateLimit-Policy}: the quota policies the client is served under.
   *
   * @param first a policy
   * @param more more policies
   * @return this exception
   * @since 0.3.0
   */
  public TooManyRequestsException rateLimitPolicies(RateLimitPolicy first, RateLimitPolicy... more) {
    putRateLimitPolicies(list("policy", first, more));
    return this;
  }

  /**
   * Sets {@code RateLimit}: the client's remaining quota per policy.
   *
   * @param first a limit
   * @param more more limits
   * @return this exception
   * @throws IllegalArgumentException if a used-up limit's reset {@code t} is later than a
   *     {@code Retry-After} delay already set (the client, which obeys {@code Retry-After}, would come
   *     back too early)
   * @since 0.3.0
   */
  public TooManyRequestsException rateLimits(RateLimit first, RateLimit... more) {
    putRateLimits(list("limit", first, more));
    return this;
  }

  /** The problem type of a request beyond a quota policy (httpapi draft, {@value RateLimit#DRAFT}). */
  public static final URI QUOTA_EXCEEDED = URI.create("https://iana.org/assignments/http-problem-types#quota-exceeded");

  /** The problem type of an abnormal request pattern (httpapi draft, {@value RateLimit#DRAFT}). */
  public static final URI ABNORMAL_USAGE_DETECTED =
      URI.create("https://iana.org/assignments/http-problem-types#abnormal-usage-detected");

  /**
   * A 429 of the draft's {@code quota-exceeded} problem type: the client's requests exceed the named
   * quota policies, listed in the {@code violated-policies} member.
   *
   * @param violatedPolicy the name of a policy whose quota was exceeded
   * @param more more such names
   * @return a new exception; add {@code Retry-After}, {@code RateLimit-Policy} and {@code RateLimit}
   *     as needed
   * @throws IllegalArgumentException if a name is not printable ASCII
   * @since 0.3.0
   */
  public static TooManyRequestsException quotaExceeded(String violatedPolicy, String... more) {
    return new TooManyRequestsException().type(QUOTA_EXCEEDED)
        .title("Request cannot be satisfied as assigned quota has been exceeded")
        .extension("violated-policies", policyNames(violatedPolicy, more));
  }

  /**
   * A 429 of the draft's {@code abnormal-usage-detected} problem type: the server saw a request
   * pattern that suggests unintended or malicious behaviour; {@code violated-policies} names the
   * policies concerned.
   *
   * @param violatedPolicy the name of a policy concerned
   * @param more more such names
   * @return a new exception
   * @throws IllegalArgumentException if a name is not printable ASCII
   * @since 0.3.0
   */
  public static TooManyRequestsException abnormalUsageDetected(String violatedPolicy, String... more) {
    return new TooManyRequestsException().type(ABNORMAL_USAGE_DETECTED)
        .title("Request not satisfied due to detection of abnormal request pattern")
        .extension("violated-policies", policyNames(violatedPolicy, more));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public TooManyRequestsException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public TooManyRequestsException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public TooManyRequestsException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public TooManyRequestsException type(URI type) { super.type(type); return this; }
  @Override
  public TooManyRequestsException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public TooManyRequestsException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public TooManyRequestsException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public TooManyRequestsException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public TooManyRequestsException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public TooManyRequestsException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public TooManyRequestsException cause(Throwable cause) { super.cause(cause); return this; }
}
