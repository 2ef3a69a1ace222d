package dev.statuskit.servlet.jetty;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.internal.HttpDate;
import dev.statuskit.representation.ProblemWriter;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before any context or filter runs (a request line or header
 * section it cannot parse, an ambiguous path such as {@code /a%2Fb}, a bad {@code Content-Length},
 * a header section over the limit, which Jetty answers 431) with a problem in
 * {@code application/problem+json}, or a problem page for a client that asks for
 * {@code text/html}, and closes the connection. The body is the status's own problem
 * ({@code type}, {@code title}, {@code status}): nothing of the bad request, nor Jetty's message
 * about it, is echoed. Install it on the server, where errors outside any context go:
 * <pre>{@code
 * server.setErrorHandler(new ProblemErrorHandler());
 * }</pre>
 * Errors inside a web application are the servlet adapter's ({@code ProblemFilter}); this handler
 * is only for what never reaches it. Immutable and thread-safe.
 *
 * @since 0.3.0
 */
@SuppressWarnings("exports") // Jetty's module is the caller's: this class is used only where Jetty runs
public class ProblemErrorHandler extends ErrorHandler {

  private static final ProblemWriter WRITER = ProblemWriter.defaults();

  /** A handler that answers every server-level error as a problem. */
  public ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  /**
   * Writes the problem for the response's status (500 if it is not an error status) and closes
   * the connection.
   *
   * @param request the request, as far as Jetty parsed it
   * @param response the response, its status set
   * @param callback completed when the problem is written
   * @return {@code true}: the error is handled
   */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int code = response.getStatus();
    HttpStatus status = code >= 400 && code <= 599 ? HttpStatus.resolve(code)
        .orElse(code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST) : HttpStatus.INTERNAL_SERVER_ERROR;
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    ProblemMediaType type = accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html")
        ? ProblemMediaType.HTML : ProblemMediaType.JSON;
    byte[] body = WRITER.toBytes(Problem.of(status.code()), type);
    response.setStatus(status.code());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type.contentType());
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (!response.getHeaders().contains(HttpHeader.DATE)) {
      response.getHeaders().put(HttpHeader.DATE, HttpDate.now());
    }
    if ("HEAD".equals(request.getMethod())) {
      response.write(true, null, callback);
    } else {
      response.write(true, ByteBuffer.wrap(body), callback);
    }
    return true;
  }
}
