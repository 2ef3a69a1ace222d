package dev.statuskit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, or a method without parameters, of an {@link HttpProblem} exception whose value
 * becomes an extension member of the problem.
 *
 * <p>The member name is {@link #value()}, or the field name, or the method name without a
 * {@code get}/{@code is} prefix. It must be a valid RFC 9457 extension name; the class is rejected
 * the first time it is resolved otherwise. A getter that throws leaves the member out (and is logged).
 *
 * <p>Fields are read only when not static, methods only when they are instance methods without
 * parameters that return a value, and members only of exception classes; StatusKit's annotation
 * processor makes any other use a compile error. A superclass without {@link HttpProblem} may
 * declare members for the annotated subclasses.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.2">RFC 9457 §3.2</a>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProblemExtension {

  /**
   * The member name.
   *
   * @return the name, or empty to derive it from the field or method
   */
  String value() default "";
}
