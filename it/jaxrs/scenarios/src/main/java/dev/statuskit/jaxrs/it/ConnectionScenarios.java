package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.testsupport.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connection-level contract of problem responses, on raw sockets with keep-alive: every one is
 * framed ({@code Content-Length}) and carries exactly one {@code Date}; after each kind of error the
 * next request on the same connection gets its own, correctly framed answer, or the error closes
 * the connection and says so; a malformed {@code Accept} is a problem too; {@code q=0} excludes.
 * Each runtime module extends it with its {@link Harness}.
 */
public abstract class ConnectionScenarios extends RuntimeScenarios {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Iterable<Integer> typedStatuses() {
    return TypedExceptions.statuses();
  }

  /** Regression: on Payara Micro (Grizzly) a 426 had neither a length nor chunking, and no Date. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("typedStatuses")
  void everyProblemIsFramedWithOneDateAndTheConnectionServesTheNextRequest(int status) throws Exception {
    if (status == 426 && !harness().framesUpgradeResponses()) {
      upgradeRequiredEndsWithTheConnection();
      return;
    }
    List<Pipeline.Response> got = Pipeline.send(uri(""), new boolean[] {false, true, false},
        Pipeline.request("GET", uri("s/typed/" + status), "Accept", "application/problem+json"),
        Pipeline.request("HEAD", uri("s/typed/" + status)),
        Pipeline.request("GET", uri("s/ok")));

    assertThat(got).as("responses").isNotEmpty();
    Pipeline.Response problem = got.get(0);
    assertThat(problem.status).as("%s", problem).isEqualTo(status);
    problem.assertFramedWithOneDate("GET " + status);
    if (status != 304) {
      assertThat(problem.framing).as("%s", problem).isEqualTo("length");
      assertThat(problem.all("Content-Type")).as("%s", problem).containsExactly("application/problem+json");
      assertThat(JSON.readTree(problem.body).get("status").asInt()).isEqualTo(status);
    }
    if (problem.closes()) {
      assertThat(got).as("after Connection: close").hasSize(1);
      return;
    }
    assertThat(got).as("the HEAD and the next GET on the same connection").hasSizeGreaterThanOrEqualTo(2);
    Pipeline.Response head = got.get(1);
    assertThat(head.status).as("%s", head).isEqualTo(status);
    assertThat(head.all("Date")).as("%s", head).hasSize(1);
    if (status != 304) {
      assertThat(head.all("Content-Length")).as("HEAD %s: the length a GET gets", head)
          .containsExactly(problem.all("Content-Length").toArray(String[]::new));
    }
    if (!head.closes()) {
      assertThat(got).hasSize(3);
      assertThat(got.get(2).status).as("%s", got.get(2)).isEqualTo(200);
      assertThat(got.get(2).body).isEqualTo("ok");
    }
  }

  /**
   * Where the runtime writes a response with {@code Upgrade} unframed (Grizzly), a client that asks
   * to close still gets the whole 426 problem, ended by the end of the connection, with one Date.
   */
  private void upgradeRequiredEndsWithTheConnection() throws Exception {
    List<Pipeline.Response> got = Pipeline.send(uri(""), null,
        Pipeline.request("GET", uri("s/typed/426"), "Connection", "close"));
    Pipeline.Response r = got.get(0);
    assertThat(r.status).as("%s", r).isEqualTo(426);
    assertThat(r.all("Upgrade")).as("%s", r).hasSize(1);
    assertThat(r.all("Date")).as("%s", r).hasSize(1);
    assertThat(JSON.readTree(r.body).get("status").asInt()).isEqualTo(426);
  }

  /**
   * Each kind of error, followed on the same connection by a plain request: the error is framed
   * and the next request gets its own answer, or the error says {@code Connection: close} and the
   * connection ends.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "413 with the content unread                  | 413 | POST | s/upload           | application/octet-stream | 0123456789abcdefghijklmnopqrstuvwxyz",
      "415 for a media type the resource does not take | 415 | POST | s/orders        | text/plain               | sku=a",
      "400 for malformed JSON                       | 400 | POST | s/orders           | application/json         | {\"sku\": ",
      "405 with the content unread                  | 405 | POST | s/only-get         | application/json         | {\"sku\": \"a\", \"quantity\": 1}",
      "404 with the content unread                  | 404 | PUT  | s/no-such-resource | application/json         | {\"sku\": \"a\"}",
  })
  void afterEachKindOfErrorTheNextRequestIsAnsweredOrTheConnectionCloses(String name, int status, String method,
      String path, String contentType, String body) throws Exception {
    List<Pipeline.Response> got = Pipeline.send(uri(""), null,
        Pipeline.withBody(method, uri(path), body, "Content-Type", contentType),
        Pipeline.request("GET", uri("s/ok")));

    assertThat(got).as(name).isNotEmpty();
    Pipeline.Response error = got.get(0);
    assertThat(error.status).as("%s: %s", name, error).isEqualTo(status);
    error.assertFramedWithOneDate(name);
    assertThat(error.all("Content-Type")).as("%s: %s", name, error).containsExactly("application/problem+json");
    assertThat(JSON.readTree(error.body).get("status").asInt()).as("%s: %s", name, error).isEqualTo(error.status);
    if (error.closes()) {
      assertThat(got).as("%s: after Connection: close", name).hasSize(1);
    } else {
      assertThat(got).as("%s: the next request on the same connection", name).hasSize(2);
      assertThat(got.get(1).status).as("%s: %s", name, got.get(1)).isEqualTo(200);
      assertThat(got.get(1).body).isEqualTo("ok");
    }
  }

  /** Regression: Jersey on Grizzly answered an empty 400, RESTEasy an HTML one. */
  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {";;;", "text/html;q=abc", "application/json;q=2"})
  void malformedAcceptIsAnsweredWithAProblemInJson(String accept) throws Exception {
    List<Pipeline.Response> got = Pipeline.send(uri(""), null,
        Pipeline.request("GET", uri("s/typed/409"), "Accept", accept),
        Pipeline.request("GET", uri("s/ok")));

    assertThat(got).isNotEmpty();
    Pipeline.Response r = got.get(0);
    assertThat(r.status).as("%s", r).isIn(400, 409, 406);
    r.assertFramedWithOneDate("Accept: " + accept);
    assertThat(r.all("Content-Type")).as("%s", r).containsExactly("application/problem+json");
    JsonNode body = JSON.readTree(r.body);
    List<String> members = new ArrayList<>();
    body.fieldNames().forEachRemaining(members::add);
    assertThat(members).as("members of %s", r.body).contains("type", "title", "status")
        .isSubsetOf("type", "title", "status", "detail");
    assertThat(body.get("status").asInt()).isEqualTo(r.status);
    assertThat(r.body).doesNotContain("abc").doesNotContain(";;;");
  }

  /** RFC 9110 §12.5.1: q=0 is "not acceptable", and the more specific range decides. */
  @ParameterizedTest(name = "Accept: {0}")
  @CsvSource(delimiter = '|', value = {
      "application/problem+json;q=0, */*;q=0.1         | application/json",
      "*/*;q=0.1, application/problem+json;q=0         | application/json",
      "application/*;q=0, text/*;q=0.5, text/html;q=0  | text/plain",
      "application/json;q=0, application/problem+json;q=0, application/xml | application/problem+xml",
      "application/problem+xml;q=0, application/json;q=0.5, application/xml | application/xml",
  })
  void notAcceptableMediaTypesAreNotSent(String accept, String contentType) throws Exception {
    List<Pipeline.Response> got = Pipeline.send(uri(""), null,
        Pipeline.request("GET", uri("s/typed/409"), "Accept", accept));

    Pipeline.Response r = got.get(0);
    assertThat(r.status).as("%s", r).isEqualTo(409);
    r.assertFramedWithOneDate("Accept: " + accept);
    assertThat(r.all("Content-Type")).as("%s", r).hasSize(1);
    // RESTEasy adds charset=UTF-8 to application/xml: the media type is compared without parameters.
    assertThat(r.all("Content-Type").get(0).split(";")[0].strip()).as("%s", r).isEqualToIgnoringCase(contentType);
    assertThat(r.body).contains("409");
  }
}
