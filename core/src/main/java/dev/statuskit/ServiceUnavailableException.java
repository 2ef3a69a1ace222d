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
 * Answers 503 Service Unavailable: the server cannot handle the request now (overload or maintenance); the response carries {@code Retry-After} when a delay is given.
 *
 * <pre>{@code
 * throw new ServiceUnavailableException().retryAfter(Duration.ofSeconds(30));   // Retry-After: 30
 * throw ServiceUnavailableException.temporaryReducedCapacity("hourly")
 *     .rateLimitPolicies(RateLimitPolicy.of("hourly", 100).window(Duration.ofHours(1)));
 * }</pre>
 *
 * <p>{@code RateLimit-Policy} and {@code RateLimit} follow {@value RateLimit#DRAFT}, a draft that may
 * still change: they are sent only when set here.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110 §15.6.4</a>
 * @since 0.1.0
 */
public final class ServiceUnavailableException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail and without {@code Retry-After}. */
  public ServiceUnavailableException() {
    super(HttpStatus.SERVICE_UNAVAILABLE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ServiceUnavailableException(String detail) {
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
  public ServiceUnavailableException retryAfter(Duration delay) {
    return retryAfter(RetryAfter.delay(delay));
  }

  /**
   * Sets {@code Retry-After} to a point in time, sent as IMF-fixdate.
   *
   * @param at when to retry
   * @return this exception
   */
  public ServiceUnavailableException retryAfter(Instant at) {
    return retryAfter(RetryAfter.at(at));
  }

  /**
   * Sets {@code Retry-After}.
   *
   * @param value the value
   * @return this exception
   */
  public ServiceUnavailableException retryAfter(RetryAfter value) {
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
  public ServiceUnavailableException rateLimitPolicies(RateLimitPolicy first, RateLimitPolicy... more) {
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
  public ServiceUnavailableException rateLimits(RateLimit first, RateLimit... more) {
    putRateLimits(list("limit", first, more));
    return this;
  }

  /** The problem type of a temporary reduction in capacity (httpapi draft, {@value RateLimit#DRAFT}). */
  public static final URI TEMPORARY_REDUCED_CAPACITY =
      URI.create("https://iana.org/assignments/http-problem-types#temporary-reduced-capacity");

  /**
   * A 503 of the draft's {@code temporary-reduced-capacity} problem type: the server's capacity is
   * reduced for a while; {@code violated-policies} names the policies whose (temporarily lower)
   * quota the client exceeded. A {@code RateLimit-Policy} with the lower quota may be added.
   *
   * @param violatedPolicy the name of a policy concerned
   * @param more more such names
   * @return a new exception
   * @throws IllegalArgumentException if a name is not printable ASCII
   * @since 0.3.0
   */
  public static ServiceUnavailableException temporaryReducedCapacity(String violatedPolicy, String... more) {
    return new ServiceUnavailableException().type(TEMPORARY_REDUCED_CAPACITY)
        .title("Request cannot be satisfied due to temporary server capacity constraints")
        .extension("violated-policies", policyNames(violatedPolicy, more));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ServiceUnavailableException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ServiceUnavailableException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ServiceUnavailableException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ServiceUnavailableException type(URI type) { super.type(type); return this; }
  @Override
  public ServiceUnavailableException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ServiceUnavailableException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ServiceUnavailableException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ServiceUnavailableException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ServiceUnavailableException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ServiceUnavailableException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ServiceUnavailableException cause(Throwable cause) { super.cause(cause); return this; }
}
