package dev.statuskit.jaxrs.it;

import static dev.statuskit.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.conformance.Violation;
import dev.statuskit.testsupport.RecordingConformanceListener;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * The conformance guard ({@code statuskit.conformance-guard=true}) in front of an application that
 * breaks the rules itself, run on each runtime through {@link Harness}: its bare 405 gets
 * {@code Allow} from the resource model on the wire, its 401 without a challenge is reported once
 * per route, to the log and the listeners, and not invented.
 */
public abstract class ConformanceGuardScenarios extends RuntimeScenarios {

  @Override
  protected Application application() {
    return new PlainApp(Map.of("statuskit.conformance-guard", "true"), GuardResource.class);
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void methodNotAllowedWithoutAllowIsFixedOnTheWire() throws Exception {
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> r = send("DELETE", "guard/orders");
      assertThat(r).hasStatus(405).hasHeader("Allow", "GET, HEAD, OPTIONS").hasContentType("text/plain")
          .hasNoViolations();
      assertThat(r.body()).isEqualTo("no");
    }
    assertThat(RecordingConformanceListener.HEARD).noneMatch(h -> h.contains("/guard/orders"));
    log().assertOneGuardRecord(Level.INFO, "DELETE /guard/orders",
        "MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6); fixed on the response");
  }

  @Test
  void unauthorizedWithoutChallengeIsReportedOnceNotInvented() throws Exception {
    RecordingConformanceListener.HEARD.clear();
    for (String path : new String[] {"guard/admin/a", "guard/admin/b", "guard/admin/a"}) {
      HttpResponse<String> r = send("GET", path);
      assertThat(r).isProblem(401).hasExactlyMembers("title", "status").doesNotHaveHeader("WWW-Authenticate")
          .violations().extracting(Violation::toString)
          .containsExactly("MUST: 401 Unauthorized without WWW-Authenticate (RFC 9110 §15.5.2)");
    }
    assertThat(RecordingConformanceListener.HEARD)
        .containsExactly("GET /guard/admin/{section} 401 field-required:WWW-Authenticate");
    log().assertOneGuardRecord(Level.WARNING, "GET /guard/admin/{section}",
        "MUST: 401 Unauthorized without WWW-Authenticate (RFC 9110 §15.5.2)");
  }

  @Test
  void statusKitsOwnAndConformantResponsesPassUntouched() throws Exception {
    assertThat(send("GET", "guard/orders")).hasStatus(200).hasContentType("text/plain").isConformant();
    assertThat(send("GET", "guard/typed")).isProblem(405).hasHeader("Allow", "POST")
        .hasExactlyMembers("type", "title", "status").hasNoViolations();
    assertThat(log().guard()).isEmpty();
  }
}
