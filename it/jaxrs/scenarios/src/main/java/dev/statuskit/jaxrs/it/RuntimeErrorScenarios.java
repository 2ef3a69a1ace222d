package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.Wire;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The runtime's own errors and content negotiation, on every runtime: its 404, 405, 406 and 415 as
 * problems, a browser's HTML without the container's error page, a problem even for an Accept
 * nothing matches, and HEAD with the header fields and without a body.
 * Every problem response is checked for the whole wire contract through the test kit
 * ({@link RuntimeScenarios#assertProblem}); every response the suite's client receives is checked
 * against RFC 9110 and RFC 9457 ({@link ConformanceChecked}).
 */
@ConformanceChecked
public abstract class RuntimeErrorScenarios extends RuntimeScenarios {

  // ---------------------------------------------------------------- the runtime's own errors

  @Test
  void unmatchedPathIs404Problem() throws Exception {
    assertProblem(get("no/such/path"), 404, "type", "title", "status");
  }

  @Test
  void wrongMethodIs405ProblemWithAllowKept() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).DELETE());
    assertProblem(r, 405, "type", "title", "status");
    // Runtimes differ in listing HEAD and OPTIONS (jersey#3837); GET is always there.
    assertThat(String.join(",", r.headers().allValues("Allow")).toUpperCase(Locale.ROOT)).contains("GET");
  }

  @Test
  void unsupportedContentTypeIs415Problem() throws Exception {
    assertProblem(post("s/orders", "text/plain", "hello"), 415, "type", "title", "status");
  }

  @Test
  void unacceptableTypeIs406ProblemInJson() throws Exception {
    assertProblem(get("s/json-only", "image/png"), 406, "type", "title", "status");
  }

  // ---------------------------------------------------------------- representation

  @Test
  void browsersGetHtmlWithoutAnErrorPageOfTheContainer() throws Exception {
    HttpResponse<String> r = get("s/typed/429", "text/html");
    ProblemAssertions.assertThat(r).hasStatus(429).hasContentType("text/html").hasHeader("Retry-After", "120");
    assertThat(r.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept");
    assertThat(r.body()).contains("Too Many Requests").doesNotContainIgnoringCase("tomcat")
        .doesNotContainIgnoringCase("jetty").doesNotContainIgnoringCase("undertow");
  }

  @Test
  void unacceptableAcceptStillGetsAProblemNotA406() throws Exception {
    assertProblem(get("s/typed/409", "image/png"), 409, "type", "title", "status");
  }

  @Test
  void headGetsHeadersWithoutBody() throws Exception {
    Wire r = Wire.exchange("HEAD", uri("s/typed/429"));
    assertThat(r.status).as(r.raw).isEqualTo(429);
    assertThat(r.header("Retry-After")).isEqualTo("120");
    assertThat(r.header("Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(r.header(MarkerResponseFilter.HEADER)).isEqualTo("ran");
    assertThat(r.body).isEmpty();
  }

  @Test
  void headOnUnmatchedPathGetsHeadersWithoutBody() throws Exception {
    Wire r = Wire.exchange("HEAD", uri("no/such/path"));
    assertThat(r.status).as(r.raw).isEqualTo(404);
    assertThat(r.header("Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(r.body).isEmpty();
  }
}
