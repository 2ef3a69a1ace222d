package dev.statuskit.jaxrs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Resolves relative problem {@code type} references of answers from this resource method (or
 * class) against a base URI, so exceptions can say {@code type(URI.create("out-of-stock"))} and
 * clients read {@code https://api.example/problems/out-of-stock}. Absolute types (including
 * {@code about:blank}) are left alone.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1">RFC 9457 §3.1.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2">RFC 3986 §5.2</a>
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProblemTypeBase {

  /**
   * The base URI.
   *
   * @return an absolute URI, usually ending with {@code /}
   */
  String value();
}
