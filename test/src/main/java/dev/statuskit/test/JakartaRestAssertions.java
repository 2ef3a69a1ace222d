package dev.statuskit.test;

import jakarta.ws.rs.core.Response;

/**
 * The entry point of the problem response assertions for a Jakarta REST {@code Response}, a client's
 * or one a resource built.
 *
 * <pre>{@code
 * Response r = client.target(uri).request().get();
 * JakartaRestAssertions.assertThat(r).isProblem(404).hasExactlyMembers("type", "title", "status");
 * }</pre>
 *
 * @since 0.3.0
 */
public final class JakartaRestAssertions {

  private JakartaRestAssertions() {}

  /**
   * Assertions on a Jakarta REST response. A client response's entity is buffered and read as
   * bytes (it can be read again afterwards); a built response's entity is taken when it is a
   * {@code String} or {@code byte[]}.
   *
   * @param response the response
   * @return the assertions
   */
  public static ProblemResponseAssert assertThat(Response response) {
    return new ProblemResponseAssert(JakartaRest.capture(null, response));
  }
}
