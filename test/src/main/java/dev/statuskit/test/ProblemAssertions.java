package dev.statuskit.test;

import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;

/**
 * Entry points of the problem response assertions, for a JDK {@code HttpResponse} and for raw
 * status, header fields and body bytes. Jakarta REST responses have their own entry point,
 * {@link JakartaRestAssertions}, so that these need no Jakarta REST API on the class path.
 *
 * <pre>{@code
 * HttpResponse<String> r = client.send(request, BodyHandlers.ofString());
 * ProblemAssertions.assertThat(r).isProblem(429).hasExactlyMembers("type", "title", "status");
 * ProblemAssertions.assertThat(r).retryAfter().extracting(RetryAfter::delay).isEqualTo(Optional.of(Duration.ofSeconds(120)));
 * }</pre>
 *
 * @since 0.3.0
 */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /**
   * Assertions on a response a JDK {@code HttpClient} received; its body must have been read as a
   * {@code String} or {@code byte[]} for the body assertions.
   *
   * @param response the response
   * @return the assertions
   */
  public static ProblemResponseAssert assertThat(HttpResponse<?> response) {
    return new ProblemResponseAssert(CapturedResponse.of(response));
  }

  /**
   * Assertions on a captured response.
   *
   * @param response the response
   * @return the assertions
   */
  public static ProblemResponseAssert assertThat(CapturedResponse response) {
    return new ProblemResponseAssert(response);
  }

  /**
   * Assertions on a response given as raw status, header fields and body bytes.
   *
   * @param status the status code
   * @param fields each field name with the values of its field lines
   * @param body the body bytes
   * @return the assertions
   */
  public static ProblemResponseAssert assertThatResponse(int status, Map<String, ? extends Collection<String>> fields,
      byte[] body) {
    return new ProblemResponseAssert(CapturedResponse.of(status, fields, body));
  }
}
