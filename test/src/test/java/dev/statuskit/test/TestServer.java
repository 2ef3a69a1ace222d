package dev.statuskit.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JDK's HTTP server on 127.0.0.1 and an ephemeral port, answering each path with a fixed
 * response: a conformant problem or a deliberately broken one. The JDK server adds {@code Date}.
 * Registered as a static {@code @RegisterExtension} field, it serves the tests of one class.
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  static final String PROBLEM = "application/problem+json";

  private final HttpServer server;

  TestServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    answer("/405", 405, "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}",
        "Content-Type", PROBLEM, "Allow", "GET, HEAD");
    answer("/405-without-allow", 405, "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}",
        "Content-Type", PROBLEM);
    answer("/401", 401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Token expired.\"}",
        "Content-Type", PROBLEM + "; charset=utf-8", "WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\"",
        "WWW-Authenticate", "Basic realm=\"api\"");
    answer("/429", 429, "{\"type\":\"https://example.test/quota\",\"title\":\"Quota\",\"status\":429,\"balance\":30,"
        + "\"accounts\":[\"a\",\"b\"]}", "Content-Type", PROBLEM, "Retry-After", "120");
    answer("/status-mismatch", 404, "{\"status\":400}", "Content-Type", PROBLEM);
    answer("/not-json", 400, "<html>oops</html>", "Content-Type", PROBLEM);
    answer("/bad-member", 400, "{\"title\":7}", "Content-Type", PROBLEM);
    answer("/should-only", 301, "", "X-Nothing", "1");
    answer("/ok", 200, "hello", "Content-Type", "text/plain");
  }

  private void answer(String path, int status, String body, String... fields) {
    server.createContext(path, exchange -> {
      try (HttpExchange e = exchange) {
        e.getRequestBody().readAllBytes();
        for (int i = 0; i < fields.length; i += 2) {
          e.getResponseHeaders().add(fields[i], fields[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean head = e.getRequestMethod().equals("HEAD");
        e.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
          try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
          }
        }
      }
    });
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
