package dev.statuskit.test;

import dev.statuskit.conformance.Severity;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.util.Set;

/**
 * Checks every response a Jakarta REST client receives against RFC 9110 and RFC 9457: in a
 * {@link ConformanceChecked} test, a response that breaks a rule fails the test when it ends;
 * elsewhere, a MUST violation fails the call with an {@link AssertionError} that names each broken
 * rule and shows the whole response.
 *
 * <p>The entity is read and put back, so the application reads it as before. Register it with a
 * priority above the client's other response filters (they run in descending order) to see the
 * response as received.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(new ConformanceClientFilter(), Integer.MAX_VALUE);
 * }</pre>
 *
 * @since 0.3.0
 */
public final class ConformanceClientFilter implements ClientResponseFilter {

  /** A filter that fails on MUST violations. */
  public ConformanceClientFilter() {}

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    String report = Recorder.check(JakartaRest.capture(request, response), Severity.MUST, Set.of());
    if (report != null && Recorder.active() == null) {
      throw new AssertionError(report);
    }
  }
}
