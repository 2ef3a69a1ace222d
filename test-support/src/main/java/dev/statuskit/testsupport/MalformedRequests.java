package dev.statuskit.testsupport;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The requests a connector refuses before any application code runs, for the connector-error suites
 * of every container: raw bytes a client library would not send, each carrying {@link #MARKER} where
 * an error page that echoes its input would show it. The application is the context {@code /app}
 * with a servlet at {@code /app/ok}.
 */
public final class MalformedRequests {

  /** In every malformed request; never in an answer. */
  public static final String MARKER = "injected-marker-42";

  private MalformedRequests() {}

  /**
   * Sends a malformed request, and a good {@code GET ok} behind it on the same connection.
   *
   * @param app the application's address, ending in {@code /app/}
   * @param name the case, as for {@link #request}
   * @param accept an Accept field line with its CRLF, or the empty string
   * @return what came back, in order
   * @throws IOException if the exchange fails
   */
  public static List<Pipeline.Response> send(URI app, String name, String accept) throws IOException {
    return Pipeline.send(app, null, request(name, app.getPort(), accept), Pipeline.request("GET", app.resolve("ok")));
  }

  /**
   * One malformed request.
   *
   * @param name the case: {@code encoded slash}, {@code bad Content-Length}, {@code two Content-Lengths},
   *     {@code invalid request line}, {@code invalid request target}, {@code invalid header line},
   *     {@code oversized header section}, {@code too many header fields}, {@code two Hosts} or
   *     {@code no context}
   * @param port the server's port, for the Host field
   * @param accept an Accept field line with its CRLF, or the empty string
   * @return the request, as it goes on the wire
   */
  public static String request(String name, int port, String accept) {
    String host = "Host: 127.0.0.1:" + port + "\r\n";
    return switch (name) {
      case "encoded slash" -> "GET /app/a%2Fb HTTP/1.1\r\n" + host + accept + "\r\n";
      case "bad Content-Length" -> "POST /app/ok HTTP/1.1\r\n" + host + accept + "Content-Length: 12" + MARKER
          + "\r\n\r\n";
      case "two Content-Lengths" -> "POST /app/ok HTTP/1.1\r\n" + host + accept
          + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab";
      case "invalid request line" -> "GET /app/ok " + MARKER + " HTTP/1.1\r\n" + host + accept + "\r\n";
      case "invalid request target" -> "GET /app/ok<" + MARKER + "> HTTP/1.1\r\n" + host + accept + "\r\n";
      case "invalid header line" -> "GET /app/ok HTTP/1.1\r\n" + host + accept + "X-Bad<" + MARKER + ">: 1\r\n\r\n";
      case "oversized header section" -> "GET /app/ok HTTP/1.1\r\n" + host + accept + "X-Big: " + MARKER
          + "x".repeat(20_000) + "\r\n\r\n";
      case "too many header fields" -> "GET /app/ok HTTP/1.1\r\n" + host + accept
          + ("X-" + MARKER + ": 1\r\n").repeat(120) + "\r\n";
      case "two Hosts" -> "GET /app/ok HTTP/1.1\r\n" + host + "Host: " + MARKER + "\r\n" + accept + "\r\n";
      case "no context" -> "GET /" + MARKER + " HTTP/1.1\r\n" + host + accept + "\r\n";
      default -> throw new IllegalArgumentException(name);
    };
  }
}
