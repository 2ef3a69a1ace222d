package dev.statuskit.servlet;

import dev.statuskit.HttpStatus;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.HttpDate;
import dev.statuskit.spi.ProblemEvent;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one funnel of the servlet adapter: the filter, the {@code sendError} wrapper, the async
 * listener and the error-page servlet each classify what they met, and hand it here. Immutable and
 * thread-safe.
 *
 * <p>The committed-response policy, the same on every path: the engine completes the answer first
 * (hooks and the one log record run whether or not it can still be sent, so a failure is never
 * lost); then, if the response is already committed, nothing is written and the caller is told so
 * (a thrown exception is then rethrown, so the container aborts the connection rather than end a
 * truncated body normally); otherwise the response is reset (kept header fields stay for a
 * status-only error) and the answer written whole. An error met twice in one request (a rethrown
 * exception reaching the error page) is completed once: the second path sends the same answer
 * without running hooks or logging again.
 */
final class ProblemResponder {

  /** Request attribute: the last answer made for this request, with the throwable it answered. */
  private static final String ANSWERED = "dev.statuskit.servlet.answered";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final ProblemEngine engine;

  ProblemResponder(ProblemEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  Settings settings() {
    return engine.settings();
  }

  /** What a throwable means, in this request. */
  ProblemEngine.Classification classify(HttpServletRequest request, Throwable thrown) {
    return engine.classify(thrown, new View(request));
  }

  /**
   * A status without an exception ({@code sendError}, a container error): {@code message} becomes
   * the {@code detail} of a 4xx, cleaned and cut; for a 5xx it goes to the log only (unless details
   * are exposed), as it may carry internals. The header fields the response carries join it in
   * {@link #answer} when they are kept.
   */
  ProblemEngine.Classification forStatus(int code, @Nullable String message, @Nullable Throwable cause,
      String origin) {
    String logged = Details.clean(message, 512);
    return engine.forStatus(HttpStatus.valueOf(code), HeaderFields.empty(),
        Details.clean(message, settings().maxDetailLength()), cause,
        origin + "(" + code + (logged == null ? "" : ", \"" + logged + "\"") + ")");
  }

  /**
   * The header fields a response already carries, for a status-only answer that keeps them; but
   * those that describe the body the problem replaces. A field that is not a valid token and field
   * value stays on the response as it is, unseen.
   */
  private static HeaderFields kept(HttpServletResponse response) {
    HeaderFields.Builder kept = null;
    for (String name : response.getHeaderNames()) {
      if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")) {
        continue;
      }
      for (String value : response.getHeaders(name)) {
        try {
          kept = (kept == null ? HeaderFields.builder() : kept).add(name, value);
        } catch (IllegalArgumentException invalid) {
          // Not StatusKit's to judge or to send again: the response's own field is left alone.
        }
      }
    }
    return kept == null ? HeaderFields.empty() : kept.build();
  }

  /**
   * Completes and sends an answer, by the policy in the class description.
   *
   * @param keepHeaders {@code true} to keep the header fields already set (a {@code sendError}, a
   *     container error); {@code false} to start from a reset response, as containers do for a
   *     thrown exception
   * @return {@code false} if the response was committed and nothing was written
   */
  boolean answer(HttpServletRequest request, HttpServletResponse response, ProblemEngine.Classification c,
      boolean keepHeaders) throws IOException {
    ProblemEvent event = complete(request, keepHeaders ? withKept(c, response) : c);
    if (response.isCommitted()) {
      return false;
    }
    write(request, response, event, keepHeaders);
    return true;
  }

  /**
   * The answer with the header fields the response keeps added where the answer has none of that
   * name (a container's own {@code Cache-Control} on its error dispatch, say), so that the engine's
   * rules and the hooks see every field that is sent.
   */
  private static ProblemEngine.Classification withKept(ProblemEngine.Classification c, HttpServletResponse response) {
    HeaderFields kept = kept(response);
    if (kept.isEmpty()) {
      return c;
    }
    return new ProblemEngine.Classification(c.status(), kept.with(c.headers()), c.problem(), c.origin(),
        c.exception(), c.source(), c.note());
  }


  private ProblemEvent complete(HttpServletRequest request, ProblemEngine.Classification c) {
    Throwable thrown = c.exception();
    if (thrown != null && request.getAttribute(ANSWERED) instanceof Answered a && a.thrown() == thrown) {
      return a.event();
    }
    ProblemEvent event = engine.complete(c, new View(request));
    if (thrown != null) {
      request.setAttribute(ANSWERED, new Answered(thrown, event));
    }
    return event;
  }

  private record Answered(Throwable thrown, ProblemEvent event) {}

  /** Puts an event on a response that is not committed: its status, header fields and bytes, nothing else. */
  private static void write(HttpServletRequest request, HttpServletResponse response, ProblemEvent event,
      boolean keepHeaders) throws IOException {
    if (keepHeaders) {
      response.resetBuffer();
    } else {
      response.reset();
    }
    response.setStatus(event.status().code());
    HeaderFields headers = event.headers();
    for (String name : headers.names()) { // each name once, its values together
      List<String> values = headers.all(name);
      if (name.equalsIgnoreCase("Content-Type")) {
        response.setContentType(values.get(0));
        continue;
      }
      response.setHeader(name, values.get(0));
      for (int i = 1; i < values.size(); i++) {
        response.addHeader(name, values.get(i));
      }
    }
    if (!headers.contains("Date") && !response.containsHeader("Date")) {
      // Tomcat, Jetty and Undertow add their own when none is set; some containers (Grizzly's,
      // under Payara) send none (RFC 9110 §6.6.1).
      response.setHeader("Date", HttpDate.now());
    }
    ProblemMediaType type = event.mediaType().orElse(null);
    if (type == null) {
      return;
    }
    if ("HEAD".equals(Requests.method(request))) {
      // The header section a GET would get, Content-Length included (RFC 9110 §9.3.2, §8.6).
      response.setContentLength(event.bodyLength());
      return;
    }
    ServletOutputStream out;
    try {
      out = response.getOutputStream();
    } catch (IllegalStateException usingWriter) {
      // The application took the writer before failing; it survives resetBuffer(), and so does its
      // charset (often ISO-8859-1), so everything beyond ASCII is escaped.
      String text = ascii(new String(event.body(), StandardCharsets.UTF_8), type);
      if (text.chars().allMatch(c -> c < 0x80)) {
        response.setContentLength(text.length());
      }
      response.getWriter().write(text);
      return;
    }
    response.setContentLength(event.bodyLength());
    // Not flushed: the container commits at the end, so a later exception can still replace it.
    event.writeBody(out);
  }

  /**
   * The body with every character beyond ASCII escaped: {@code \\uXXXX} in JSON (where it can
   * only occur inside strings), a character reference in XML and HTML; text stays as it is.
   */
  static String ascii(String body, ProblemMediaType type) {
    if (type == ProblemMediaType.TEXT) {
      return body;
    }
    StringBuilder sb = null;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c < 0x80) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(body.length() + 16).append(body, 0, i);
      }
      if (type == ProblemMediaType.JSON) {
        // \\u and four lower-case hex digits, without a Formatter per character
        sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      } else {
        int cp = body.codePointAt(i);
        sb.append("&#x").append(Integer.toHexString(cp)).append(';');
        i += Character.charCount(cp) - 1;
      }
    }
    return sb == null ? body : sb.toString();
  }

  /** The engine's view of a servlet request: read when a stage asks, on the request's thread. */
  private static final class View implements ProblemEngine.Request {
    private final HttpServletRequest request;

    View(HttpServletRequest request) {
      this.request = request;
    }

    @Override
    public String method() {
      return Requests.method(request);
    }

    @Override
    public String path() {
      return Requests.uri(request);
    }

    @Override
    public @Nullable String header(String name) {
      return Requests.header(request, name);
    }
  }
}
