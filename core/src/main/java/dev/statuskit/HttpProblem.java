package dev.statuskit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an application's own exception class, which need not extend {@link HttpException}, to an
 * HTTP status and an RFC 9457 problem.
 *
 * <p>The annotation is inherited by subclasses. Fields and no-argument methods annotated with
 * {@link ProblemExtension} become extension members. For a 4xx status the exception message
 * becomes the problem's {@code detail} unless {@link #messageAsDetail()} is {@code false}; for a
 * 5xx status the message is never sent (it goes to the log), so internals cannot leak.
 *
 * <p>A misdeclaration (a status or type the resolver cannot use, a bad {@link ProblemExtension})
 * is a compile error when StatusKit's annotation processor runs, and fails the deployment otherwise.
 *
 * <pre>{@code
 * @HttpProblem(status = 409, type = "https://api.example/problems/out-of-stock", title = "Out of stock")
 * public class OutOfStockException extends RuntimeException {
 *   @ProblemExtension final String sku;
 *   ...
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-4">RFC 9457 §4</a>
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HttpProblem {

  /**
   * The HTTP status code: a 4xx or 5xx that requires no header field (not 401, 405, 407, 416 or 426,
   * which have typed exceptions; redirections use their typed exceptions too).
   *
   * @return the code
   */
  int status();

  /**
   * The problem type URI reference.
   *
   * @return the type; {@code about:blank} by default
   */
  String type() default "about:blank";

  /**
   * The title; empty means the reason phrase for {@code about:blank}, and no title otherwise.
   *
   * @return the title
   */
  String title() default "";

  /**
   * The key of the localized title in the application's message bundle ({@code statuskit.messages}),
   * used when the response is localized to the client's {@code Accept-Language}; a missing message
   * keeps {@link #title()}.
   *
   * @return the key; empty (the default) looks up {@code <type>.title}, then
   *     {@code <exception class name>.title}
   * @since 0.3.0
   */
  String titleKey() default "";

  /**
   * The key of the localized detail in the application's message bundle: a template whose
   * {@code {name}} placeholders are filled from the problem's extension members (the
   * {@link ProblemExtension} members of the exception); a value is always inserted as text, never
   * read as part of the template. A missing message, or a placeholder without a value, keeps the
   * unlocalized detail.
   *
   * @return the key; empty (the default) looks up {@code <type>.detail}, then
   *     {@code <exception class name>.detail}
   * @since 0.3.0
   */
  String detailKey() default "";

  /**
   * Whether a 4xx exception's message becomes the problem's {@code detail}.
   *
   * @return {@code true} by default; ignored for 5xx, whose message is never sent
   */
  boolean messageAsDetail() default true;

  /**
   * What the problem type means, for its documentation ({@link
   * dev.statuskit.representation.ProblemCatalog}); empty means the first sentence of the class's
   * javadoc when the annotation processor runs, and none otherwise. Never sent in a problem.
   *
   * @return the description
   * @since 0.3.0
   */
  String description() default "";
}
