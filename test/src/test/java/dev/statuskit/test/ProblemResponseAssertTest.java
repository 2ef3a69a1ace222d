package dev.statuskit.test;

import static dev.statuskit.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.conformance.Violation;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.RetryAfter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProblemResponseAssertTest {

  @RegisterExtension
  static final TestServer server = new TestServer();

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(server.uri(path)).build(), BodyHandlers.ofString());
  }

  @Test
  void aConformantProblemPassesEveryAssertion() throws Exception {
    HttpResponse<String> r = get("/405");
    assertThat(r).isProblem(405).hasContentType("APPLICATION/PROBLEM+JSON")
        .hasExactlyMembers("type", "title", "status").hasType("about:blank").hasTitle("Method Not Allowed")
        .hasMember("status", 405L).hasHeader("Allow", "GET, HEAD").hasHeaderListing("allow", "head", "GET")
        .doesNotHaveHeader("WWW-Authenticate").isConformant().hasNoViolations();
    assertThat(r).allow().containsExactly("GET", "HEAD");
    assertThat(r).problem().satisfies(p -> Assertions.assertThat(p.status()).hasValue(405));
    assertThat(r).violations().isEmpty();
  }

  @Test
  void typedAccessReadsRetryAfterChallengesAndMembers() throws Exception {
    HttpResponse<String> r429 = get("/429");
    assertThat(r429).isProblem(429).hasMember("balance", 30).hasMember("accounts", List.of("a", "b"));
    assertThat(r429).retryAfter().extracting(RetryAfter::delay).isEqualTo(Optional.of(Duration.ofSeconds(120)));
    assertThat(r429).members().containsKeys("type", "balance");
    HttpResponse<String> r401 = get("/401");
    assertThat(r401).isProblem(401).hasDetail("Token expired.").hasExactlyMembers("title", "status", "detail");
    assertThat(r401).challenges().extracting(Challenge::scheme).containsExactly("Bearer", "Basic");
  }

  @Test
  void aMissingRequiredFieldFailsIsConformantShowingTheWholeResponse() throws Exception {
    HttpResponse<String> r = get("/405-without-allow");
    assertThat(r).isProblem(405);
    assertThatThrownBy(() -> assertThat(r).isConformant()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6)")
        .hasMessageContaining("GET " + server.uri("/405-without-allow") + " -> 405")
        .hasMessageContaining("content-type: application/problem+json")
        .hasMessageContaining("\"title\":\"Method Not Allowed\"");
    assertThat(r).violations().extracting(Violation::key).containsExactly("field-required:Allow");
  }

  @Test
  void eachAssertionFailsWithWhatItExpectedAndWhatCame() throws Exception {
    HttpResponse<String> r = get("/405");
    String whole = "in the response:";
    assertThatThrownBy(() -> assertThat(r).hasStatus(404)).hasMessageContaining("Expected status 404 but was 405")
        .hasMessageContaining(whole);
    assertThatThrownBy(() -> assertThat(r).hasContentType("text/html"))
        .hasMessageContaining("Expected Content-Type text/html but was application/problem+json");
    assertThatThrownBy(() -> assertThat(r).hasHeader("Allow", "GET"))
        .hasMessageContaining("Expected Allow [GET] but was [GET, HEAD]");
    assertThatThrownBy(() -> assertThat(r).hasHeader("Vary", "Accept")).hasMessageContaining("but was absent");
    assertThatThrownBy(() -> assertThat(r).hasHeaderListing("Allow", "GET"))
        .hasMessageContaining("Expected Allow to list exactly [get] but it lists [get, head]");
    assertThatThrownBy(() -> assertThat(r).doesNotHaveHeader("Allow")).hasMessageContaining("Expected no Allow");
    assertThatThrownBy(() -> assertThat(r).hasExactlyMembers("type", "title"))
        .hasMessageContaining("Expected exactly the members [type, title] but they are [type, title, status]");
    assertThatThrownBy(() -> assertThat(r).hasMember("detail", "x"))
        .hasMessageContaining("Expected the member detail but there is none");
    assertThatThrownBy(() -> assertThat(r).hasTitle("Nope"))
        .hasMessageContaining("Expected the member title to be \"Nope\" but was \"Method Not Allowed\"");
    assertThatThrownBy(() -> assertThat(r).retryAfter()).hasMessageContaining("Expected one Retry-After but there are 0");
    assertThatThrownBy(() -> assertThat(get("/ok")).isProblem())
        .hasMessageContaining("Expected Content-Type application/problem+json but was text/plain");
    assertThatThrownBy(() -> assertThat(get("/should-only")).hasContentType("text/plain"))
        .hasMessageContaining("there is no Content-Type");
  }

  @Test
  void aBodyThatIsNotAProblemFailsIsProblem() throws Exception {
    assertThatThrownBy(() -> assertThat(get("/status-mismatch")).isProblem(404))
        .hasMessageContaining("Expected the status member to be the response's 404 but was 400");
    assertThatThrownBy(() -> assertThat(get("/not-json")).isProblem(400))
        .hasMessageContaining("Expected a problem+json object: not valid JSON");
    assertThatThrownBy(() -> assertThat(get("/bad-member")).isProblem(400))
        .hasMessageContaining("Expected a problem details object (RFC 9457 Appendix A)")
        .hasMessageContaining("title");
  }

  @Test
  void shouldViolationsPassIsConformantButFailHasNoViolations() throws Exception {
    HttpResponse<String> r = get("/should-only");
    assertThat(r).hasStatus(301).isConformant();
    assertThatThrownBy(() -> assertThat(r).hasNoViolations())
        .hasMessageContaining("SHOULD: 301 Moved Permanently without Location (RFC 9110 §15.4.2)");
  }

  @Test
  void aBodyNotReadAsTextOrBytesCannotBeAssertedOn() throws Exception {
    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(server.uri("/405")).build(), BodyHandlers.discarding());
    assertThat(r).hasStatus(405).isConformant();
    assertThatThrownBy(() -> assertThat(r).hasExactlyMembers("type"))
        .hasMessageContaining("the body was not read").hasMessageContaining("(body not read)");
  }

  @Test
  void byteBodiesAndRawResponsesWorkAlike() throws Exception {
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.uri("/429")).build(),
        BodyHandlers.ofByteArray());
    assertThat(r).isProblem(429).hasMember("balance", 30.0);
    ProblemAssertions.assertThatResponse(404, Map.of("Content-Type", List.of("application/problem+json"),
            "Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT")),
        "{\"status\":404}".getBytes(StandardCharsets.UTF_8)).isProblem(404).hasExactlyMembers("status")
        .hasNoViolations();
    CapturedResponse c = CapturedResponse.of("HEAD", 200, Map.of("Content-Type", List.of("text/plain")),
        "x".getBytes(StandardCharsets.UTF_8));
    assertThat(c).violations().extracting(Violation::key).contains("content-not-allowed");
    Assertions.assertThat(c.bodyText()).hasValue("x");
    Assertions.assertThat(c.toString()).startsWith("HEAD ? -> 200\nContent-Type: text/plain\n\nx");
  }
}
