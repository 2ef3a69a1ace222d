package dev.statuskit.jaxrs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds {@code Retry-After: <seconds>} to a 413, 429 or 503 answer from this resource method (or
 * class) when the exception did not set one; for example a {@code TooManyRequestsException}
 * thrown without a delay, or a {@code jakarta.ws.rs.ServiceUnavailableException()}.
 *
 * <p>Named {@code Default...} so that it does not clash with {@link dev.statuskit.header.RetryAfter},
 * the header value type used in the same code.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585 §4</a>
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DefaultRetryAfter {

  /**
   * The delay.
   *
   * @return seconds, at least 0
   */
  long seconds();
}
