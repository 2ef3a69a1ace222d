/**
 * The StatusKit test kit: assertions for problem responses and a JUnit 5 extension that checks every
 * response a test receives against RFC 9110 and RFC 9457.
 *
 * <pre>{@code
 * @ConformanceChecked
 * class ApiTest {
 *   private final HttpClient client = HttpClient.newHttpClient();
 *
 *   @Test
 *   void deleteIsNotAllowed() throws Exception {
 *     var r = client.send(HttpRequest.newBuilder(uri("/orders")).DELETE().build(), BodyHandlers.ofString());
 *     ProblemAssertions.assertThat(r).isProblem(405).hasExactlyMembers("type", "title", "status");
 *     ProblemAssertions.assertThat(r).allow().contains("GET");
 *   }
 * }
 * }</pre>
 *
 * @since 0.3.0
 */
@NullMarked
package dev.statuskit.test;

import org.jspecify.annotations.NullMarked;
