package dev.statuskit.tomcat;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.jspecify.annotations.Nullable;

/**
 * Answers the errors Tomcat reports at its host, instead of its {@code ErrorReportValve}'s HTML
 * page: the status's own problem in {@code application/problem+json}, or a problem page for a
 * client whose {@code Accept} asks for {@code text/html} (when Tomcat got as far as parsing it). The
 * body is {@code type}, {@code title} and {@code status}: nothing of the request, of Tomcat's
 * message or of an exception is echoed. The response carries {@code Content-Length}, one
 * {@code Date} and {@code Cache-Control: no-store}; header fields an application set before its
 * {@code sendError} stay.
 *
 * <p>These are the errors no web application sees: a request line or header section Tomcat cannot
 * parse, a bad or repeated {@code Content-Length}, a rejected URI (such as {@code /a%2Fb}), a path
 * outside every context. A header section over the connector's {@code maxHttpHeaderSize}, or with
 * more fields than its {@code maxHeaderCount}, which Tomcat reports as 400, is answered 431 Request
 * Header Fields Too Large (RFC 6585 §5). When Tomcat already ends the connection after the request
 * (it could not parse it), or no context took the request, the answer says
 * {@code Connection: close} and the connection is closed.
 *
 * <p>An error an application left to the container (a {@code sendError} with no error page) is
 * answered the same way, without its message, and keeps Tomcat's keep-alive decision; applications
 * that run {@code statuskit-servlet} answer their own errors, and a response that has content is
 * left alone. An error code no RFC registers (a {@code sendError(499)}) is answered as its class:
 * 400, or 500.
 *
 * <p>Install it as the host's error report valve. Embedded:
 * <pre>{@code
 * ((StandardHost) tomcat.getHost()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
 * }</pre>
 * Standalone, with this jar and {@code statuskit-core} in {@code $CATALINA_BASE/lib}, in
 * {@code conf/server.xml}:
 * <pre>{@code
 * <Host name="localhost" appBase="webapps"
 *       errorReportValveClass="dev.statuskit.tomcat.ProblemErrorReportValve">
 * }</pre>
 * Stateless and thread-safe; {@code ErrorReportValve}'s own settings ({@code showReport},
 * {@code showServerInfo}, error page files) have no effect.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585 §5</a>
 * @since 0.3.0
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

  private static final ProblemWriter WRITER = ProblemWriter.defaults();

  /**
   * Tomcat 10.1 and 11 have no status or exception type of their own for a header section over the
   * limit: the HTTP/1.1 parser throws an {@link IllegalArgumentException} with this package's
   * message {@code iib.requestheadertoolarge.error}, and a header count over {@code maxHeaderCount}
   * an {@link IllegalStateException} with {@code headers.maxCountFail} of the other package, both
   * in the server's default locale, which the same {@link StringManager} calls reproduce.
   */
  private static final String HTTP11_PACKAGE = "org.apache.coyote.http11";
  private static final String HEADER_TOO_LARGE_KEY = "iib.requestheadertoolarge.error";
  private static final String HEADERS_PACKAGE = "org.apache.tomcat.util.http";
  private static final String TOO_MANY_HEADERS_KEY = "headers.maxCountFail";

  /** A valve that answers every error it reports as a problem. */
  public ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  /**
   * Writes the problem for the response's status, unless the response is not an unreported error
   * with no content yet.
   *
   * @param request the request, as far as Tomcat parsed it
   * @param response the response, its status set
   * @param throwable the exception Tomcat recorded for the error, or {@code null}
   */
  @Override
  @SuppressWarnings("exports") // jspecify is required static: a consumer without it loses nothing but the annotation
  protected void report(Request request, Response response, @Nullable Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      write(request, response, status(request, code, throwable));
    } catch (IOException | RuntimeException e) {
      // The client went away, or the response cannot take a body any more: Tomcat ends it as it is.
      container.getLogger().debug("statuskit: the problem could not be written", e);
    }
  }

  private static HttpStatus status(Request request, int code, @Nullable Throwable throwable) {
    if (code == 400 && headerSectionTooLarge(request, throwable)) {
      return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
    }
    return HttpStatus.resolve(code).filter(s -> s.code() >= 400 && s.code() <= 599)
        .orElse(code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST);
  }

  private static boolean headerSectionTooLarge(Request request, @Nullable Throwable throwable) {
    if (throwable == null || throwable.getMessage() == null) {
      return false;
    }
    String message = throwable.getMessage();
    if (throwable instanceof IllegalArgumentException) {
      return message.equals(StringManager.getManager(HTTP11_PACKAGE).getString(HEADER_TOO_LARGE_KEY));
    }
    if (throwable instanceof IllegalStateException && request.getConnector() != null) {
      Object limit = request.getConnector().getProperty("maxHeaderCount");
      return limit != null
          && message.equals(StringManager.getManager(HEADERS_PACKAGE).getString(TOO_MANY_HEADERS_KEY, limit));
    }
    return false;
  }

  private static void write(Request request, Response response, HttpStatus status) throws IOException {
    String accept = request.getHeader("Accept");
    ProblemMediaType type = accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html")
        ? ProblemMediaType.HTML : ProblemMediaType.JSON;
    byte[] body = WRITER.toBytes(Problem.of(status.code()), type);
    boolean close = request.getContext() == null || processorInError(response);
    // Nothing is written yet: forget a writer the application took, and its charset.
    response.resetBuffer(true);
    response.setStatus(status.code());
    response.setCharacterEncoding((String) null);
    response.setContentType(type.contentType());
    response.setContentLength(body.length);
    // An application's own Cache-Control (set before its sendError) stays, as its other fields do.
    if (!response.containsHeader("Cache-Control")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (close) {
      response.setHeader("Connection", "close");
    }
    if (!"HEAD".equals(request.getMethod())) {
      OutputStream out = response.getOutputStream();
      out.write(body);
    }
    response.finishResponse();
  }

  /** Whether Tomcat's processor is in an error state, so that it closes the connection after this response. */
  private static boolean processorInError(Response response) {
    AtomicBoolean error = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_ERROR, error);
    return error.get();
  }
}
