package dev.statuskit.jaxrs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a quota policy of this resource method (or class): every response of the endpoint, a
 * success or an error, carries it in {@code RateLimit-Policy}. Repeat it for several policies; a
 * response that already has a {@code RateLimit-Policy} (set by a rate limiter, or by the exception)
 * keeps its own.
 *
 * <pre>{@code
 * @GET
 * @QuotaPolicy(name = "search", quota = 10, window = 60)
 * public List<Book> search(@QueryParam("q") String q) { ... }
 * // RateLimit-Policy: "search";q=10;w=60
 * }</pre>
 *
 * <p>The field follows {@value dev.statuskit.header.RateLimit#DRAFT}, a draft that may still change.
 * The values are checked when the runtime sets the endpoint up ({@link StatusKitFeature} registers
 * the filter): a name that is not printable ASCII, a negative quota or window is refused with a
 * message naming the endpoint, never sent.
 *
 * @see dev.statuskit.header.RateLimitPolicy
 * @since 0.3.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(QuotaPolicy.List.class)
public @interface QuotaPolicy {

  /**
   * The policy name.
   *
   * @return printable ASCII
   */
  String name();

  /**
   * The quota {@code q}, in {@link #unit()}.
   *
   * @return zero or more
   */
  long quota();

  /**
   * The window {@code w}, in seconds; 0 for none.
   *
   * @return zero (no window) or more seconds
   */
  long window() default 0;

  /**
   * The quota unit {@code qu}.
   *
   * @return the unit; requests by default (not sent)
   */
  dev.statuskit.header.RateLimitPolicy.QuotaUnit unit() default dev.statuskit.header.RateLimitPolicy.QuotaUnit.REQUESTS;

  /** The container of repeated {@link QuotaPolicy} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    /**
     * The policies, in order.
     *
     * @return the policies
     */
    QuotaPolicy[] value();
  }
}
