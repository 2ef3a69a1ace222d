package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.jaxrs.StatusKitFeature;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each described problem response, triggered on the bookstore running on Jersey: the same status, media type and header fields. */
class DescribedEqualsSentTest {

  private static OpenAPI doc;
  private static HttpServer server;
  private static URI base;
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    doc = BooksDocument.parse(BooksDocument.json()).getOpenAPI();
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(Books.class).register(StatusKitFeature.class));
    base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort());
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @ParameterizedTest(name = "{0} {1} -> {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "GET    | /books/2            | /books/{id}   | -          | 404 | -",
      "GET    | /books/1            | /books/{id}   | image/png  | 406 | -",
      "PATCH  | /books/1            | /books/{id}   | -          | 405 | -",
      "GET    | /books/search?q=burst | /books/search | -        | 429 | -",
      "GET    | /books/fail         | /books/fail   | -          | 500 | -",
      "PUT    | /books/1            | /books/{id}   | -          | 409 | text/plain:stale",
      "PUT    | /books/1            | /books/{id}   | -          | 400 | text/plain: ",
      "PUT    | /books/1            | /books/{id}   | -          | 415 | image/png:stale",
      "DELETE | /books/1            | /books/{id}   | -          | 401 | -"})
  void theDescribedResponseIsTheOneSent(String method, String target, String template, String accept, int status,
      String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (body != null) {
      int colon = body.indexOf(':');
      request.header("Content-Type", body.substring(0, colon))
          .method(method, HttpRequest.BodyPublishers.ofString(body.substring(colon + 1)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }

    HttpResponse<String> sent = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());

    ApiResponse described = doc.getPaths().get(template).readOperationsMap()
        .get(PathItem.HttpMethod.valueOf(method.equals("PATCH") ? "GET" : method))
        .getResponses().get(Integer.toString(status));
    assertThat(sent.statusCode()).isEqualTo(status);
    assertThat(described).as("the description of %s", status).isNotNull();
    assertThat(sent.headers().map()).as("the header fields sent").containsKey("content-type");
    String contentType = sent.headers().firstValue("Content-Type").orElseThrow();
    assertThat(described.getContent()).containsKey(contentType.split(";")[0].trim().toLowerCase(Locale.ROOT));
    Set<String> sentNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sentNames.addAll(sent.headers().map().keySet());
    Set<String> describedNames = described.getHeaders() == null ? Set.of() : described.getHeaders().keySet();
    assertThat(sentNames).containsAll(describedNames);
    assertThat(sent.body()).contains("\"status\":" + status);
    if (status == 500) {
      assertThat(sent.body()).doesNotContain("internal secret");
    }
  }
}
