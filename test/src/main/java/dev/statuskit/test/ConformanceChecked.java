package dev.statuskit.test;

import dev.statuskit.conformance.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a test when a response it receives breaks a MUST rule of RFC 9110 or RFC 9457, as the
 * {@link dev.statuskit.conformance.ComplianceChecker} checks them: every response of each JDK
 * {@code HttpClient} the test holds in an instance field or takes as a parameter, and of every
 * Jakarta REST client with a {@link ConformanceClientFilter} registered.
 *
 * <p>A JDK client in a field is replaced, before the first test runs, by one that delegates to it
 * and checks each response: a synchronous {@code send} then throws an {@link AssertionError} naming
 * each broken rule and showing the whole response; other violations (an asynchronous call, a
 * Jakarta REST client) fail the test when it ends. The body is checked when the test reads it
 * completely during the call ({@code ofString}, {@code ofByteArray}, ...). Tests of one class run one
 * at a time for the Jakarta REST filter to know which test a response belongs to.
 *
 * <pre>{@code
 * @ConformanceChecked
 * class OrdersApiTest {
 *   private final HttpClient client = HttpClient.newHttpClient();
 *
 *   @Test
 *   void unknownOrderIs404() throws Exception {
 *     var r = client.send(HttpRequest.newBuilder(uri("/orders/7")).build(), BodyHandlers.ofString());
 *     ProblemAssertions.assertThat(r).isProblem(404);
 *   }
 * }
 * }</pre>
 *
 * @since 0.3.0
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ConformanceExtension.class)
public @interface ConformanceChecked {

  /**
   * The least severity that fails the test: {@link Severity#MUST} (the default) or
   * {@link Severity#SHOULD} for SHOULD violations too.
   *
   * @return the severity
   */
  Severity failOn() default Severity.MUST;

  /**
   * Rules not to fail on, by {@link dev.statuskit.conformance.Violation#rule() rule} or
   * {@link dev.statuskit.conformance.Violation#key() key} (for example {@code "date"} for a server
   * that sends no {@code Date} on responses the application writes itself). On a method, it
   * replaces the class's list.
   *
   * @return the rules or keys, none by default
   */
  String[] ignore() default {};
}
