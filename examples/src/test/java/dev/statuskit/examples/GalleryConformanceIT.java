package dev.statuskit.examples;

import static dev.statuskit.test.ProblemAssertions.assertThat;

import dev.statuskit.HttpStatus;
import dev.statuskit.test.ConformanceChecked;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test as an application writes it with {@code statuskit-test}: every status of the example's
 * gallery ({@code /status/{code}}), asked for with GET and HEAD, is a conformant response, and a
 * problem wherever the status has content. {@link ConformanceChecked} checks every response the
 * client gets; the assertions say what each one must be.
 */
@ConformanceChecked
class GalleryConformanceIT {

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI base = TestServer.uri();

  static Set<Integer> codes() {
    return StatusGallery.codes();
  }

  private HttpResponse<String> send(String method, int code) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve("status/" + code)).header("Accept", "application/problem+json")
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("codes")
  void everyGalleryStatusIsAConformantProblem(int code) throws Exception {
    HttpResponse<String> r = send("GET", code);
    if (!HttpStatus.valueOf(code).isContentAllowed()) {
      assertThat(r).hasStatus(code).doesNotHaveHeader("Content-Type").isConformant();
      return;
    }
    assertThat(r).isProblem(code).hasMember("status", code).isConformant();
    if (code == 405) {
      assertThat(r).allow().isNotEmpty();
    }
    if (code == 401) {
      assertThat(r).challenges().isNotEmpty();
    }
    if (code == 429 || code == 503) {
      assertThat(r).retryAfter().isNotNull();
    }
  }

  @ParameterizedTest(name = "HEAD {0}")
  @MethodSource("codes")
  void everyGalleryStatusAnswersHeadWithoutContent(int code) throws Exception {
    HttpResponse<String> r = send("HEAD", code);
    assertThat(r).hasStatus(code).isConformant();
    org.assertj.core.api.Assertions.assertThat(r.body()).isEmpty();
  }
}
