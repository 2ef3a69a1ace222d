package dev.statuskit.jaxrs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds {@code WWW-Authenticate} to a 401 answer from this resource method (or class) that has
 * none, for example a {@code jakarta.ws.rs.NotAuthorizedException} built from a bare
 * {@code Response}; a 401 without a challenge breaks RFC 9110 §15.5.2. StatusKit's own
 * {@link dev.statuskit.UnauthorizedException} always has a challenge and is left alone.
 *
 * <pre>{@code
 * @DefaultChallenge(scheme = "Bearer", realm = "api")   // WWW-Authenticate: Bearer realm="api"
 * }</pre>
 *
 * <p>Named {@code Default...} so that it does not clash with {@link dev.statuskit.header.Challenge}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1">RFC 9110 §11.6.1</a>
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DefaultChallenge {

  /**
   * The authentication scheme.
   *
   * @return a token, for example {@code Bearer} or {@code Basic}
   */
  String scheme();

  /**
   * The realm.
   *
   * @return the realm, or empty for none
   */
  String realm() default "";
}
