package dev.statuskit.jaxrs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers an exception thrown from this resource method (or from any method of this resource
 * class) with a status and problem type, typically to translate a third-party exception such as
 * an {@code OptimisticLockException} into 409 Conflict.
 *
 * <p>The exception is matched by nearest superclass, along its cause chain (so a wrapped exception
 * still matches), but an {@link dev.statuskit.HttpException} or an
 * {@link dev.statuskit.HttpProblem}-annotated exception met first in the chain keeps its own
 * answer. Precedence, at each element of the chain: method-level beats class-level beats the
 * global mappings of the {@link dev.statuskit.engine.ProblemEngine} given to
 * {@link StatusKitFeature} (the engine documents the whole order).
 *
 * <p>Only 4xx and 5xx statuses that need no header field can be mapped (not 405, 407, 416, 426:
 * throw their typed exceptions), and 401 where a {@link DefaultChallenge} on the method or its class
 * supplies the challenge. A 4xx answer never copies the exception message; a 5xx gets an occurrence
 * id in {@code instance}. A misdeclared annotation is a compile error where core's annotation
 * processor runs, and otherwise fails the deployment when {@link StatusKitFeature} starts.
 *
 * <pre>{@code
 * @PUT
 * @MapException(exception = OptimisticLockException.class, status = 409, type = "/problems/stale-update",
 *     title = "The order was changed by someone else")
 * public Order update(Order order) { ... }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1">RFC 9457 §3.1</a>
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(MapExceptions.class)
public @interface MapException {

  /**
   * The exception class to translate; subclasses match too.
   *
   * @return the class
   */
  Class<? extends Throwable> exception();

  /**
   * The status to answer with.
   *
   * @return a 4xx or 5xx code that requires no header field
   */
  int status();

  /**
   * The problem type, a URI reference; relative ones are resolved against {@link ProblemTypeBase}
   * when present.
   *
   * @return the type, or empty for {@code about:blank}
   */
  String type() default "";

  /**
   * The problem title.
   *
   * @return the title, or empty for the default (the reason phrase with {@code about:blank})
   */
  String title() default "";

  /**
   * What the problem type means, for its documentation (the problem catalog and the pages at the
   * type URIs); never sent in a problem.
   *
   * @return the description, or empty for none
   * @since 0.3.0
   */
  String description() default "";
}
