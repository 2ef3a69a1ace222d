package dev.statuskit.servlet;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemHandler;
import dev.statuskit.ProblemResolver;
import dev.statuskit.Resolution;
import dev.statuskit.Settings;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.representation.ContentNegotiation;
import dev.statuskit.representation.Negotiated;
import dev.statuskit.representation.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Resolves, logs and writes problems for the filter, the wrapper, the async listener and the error
 * servlet, so that every path answers the same way. Immutable and thread-safe.
 */
final class ProblemResponder {

  /**
   * Request attribute holding the throwable (or {@link SentError}) that was logged for this
   * request, so that a later error dispatch or listener does not log it a second time.
   */
  static final String LOGGED = "dev.statuskit.servlet.logged";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final ProblemResolver resolver;
  private final ProblemHandler handler;
  private final ProblemWriter writer;

  ProblemResponder(ProblemResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    // Customizers and listeners from ServiceLoader (the web application's class loader) and CDI.
    this.handler = ProblemHandler.builder().resolver(resolver).build();
    // The configured settings, not the defaults: statuskit.max-detail-length applies to every detail.
    this.writer = ProblemWriter.defaults().withSettings(resolver.settings());
  }

  ProblemResolver resolver() {
    return resolver;
  }

  Settings settings() {
    return resolver.settings();
  }

  /**
   * The resolution of an error status that no exception explains ({@code sendError}, a container
   * error): the status's problem, for a 4xx with the cleaned message as {@code detail}. A 5xx
   * message goes to the log only (unless details are exposed): it may carry internals.
   */
  Resolution forStatus(int code, @Nullable String message, @Nullable Throwable cause, String origin,
      HeaderFields kept) {
    Throwable thrown = cause;
    if (thrown == null) {
      String logged = Details.clean(message, 512);
      thrown = new SentError(origin + "(" + code + (logged == null ? "" : ", \"" + logged + "\"") + ")", code >= 500);
    }
    // The status was given from outside (by the caller of sendError or the container). The header
    // fields kept from the response go in, so core's rules see them (an application's Cache-Control
    // is not replaced by no-store), as do the hooks.
    return resolver.forStatus(HttpStatus.valueOf(code), kept,
        Details.clean(message, settings().maxDetailLength()), thrown);
  }

  /**
   * The header fields a response already carries, for a status-only resolution written with its
   * header fields kept; but those that describe the body StatusKit replaces; a field that is not a valid token and field value stays on the response as it is, unseen.
   */
  static HeaderFields kept(HttpServletResponse response) {
    HeaderFields.Builder kept = null;
    for (String name : response.getHeaderNames()) {
      if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")) {
        continue;
      }
      for (String value : response.getHeaders(name)) {
        try {
          kept = (kept == null ? HeaderFields.builder() : kept).add(name, value);
        } catch (IllegalArgumentException invalid) {
          // Not StatusKit's to judge or to send again: write() leaves the response's own field alone.
        }
      }
    }
    return kept == null ? HeaderFields.empty() : kept.build();
  }


  /**
   * Completes a resolution through the core handler (customizers, listeners, CDI observers, the one
   * log record) unless its throwable was already handled for this request.
   *
   * @return the resolution to write
   */
  Resolution complete(HttpServletRequest request, Resolution resolution) {
    if (request.getAttribute(LOGGED) == resolution.thrown()) {
      return resolution;
    }
    request.setAttribute(LOGGED, resolution.thrown());
    return handler.complete(resolution, Requests.method(request), Requests.uri(request));
  }

  /**
   * Writes a resolution to a response that is not committed.
   *
   * @param keepHeaders {@code true} to keep the header fields already set (a {@code sendError},
   *     whose 401 must keep its {@code WWW-Authenticate}); {@code false} to start from a reset
   *     response, as containers do for a thrown exception
   */
  void write(HttpServletRequest request, HttpServletResponse response, Resolution resolution, boolean keepHeaders)
      throws IOException {
    if (keepHeaders) {
      response.resetBuffer();
    } else {
      response.reset();
    }
    int code = resolution.status().code();
    response.setStatus(code);
    HeaderFields headers = resolution.headers();
    if (!headers.isEmpty()) {
      for (String name : headers.names()) { // each name once, its values together
        List<String> values = headers.all(name);
        response.setHeader(name, values.get(0));
        for (int i = 1; i < values.size(); i++) {
          response.addHeader(name, values.get(i));
        }
      }
    }
    Negotiated negotiated = ContentNegotiation.negotiate(Requests.accept(request));
    if (negotiated.dependsOnAccept()) {
      addVaryAccept(response);
    }
    response.setContentType(negotiated.mediaType().contentType());
    // Rendered in full first: a member that cannot be written is left out, never half a document.
    byte[] body = writer.toBytesLeavingOutUnwritable(resolution.problem(), negotiated.mediaType());
    if (!ProblemWriter.hasBody(Requests.method(request), code)) {
      // HEAD: the header section a GET would get, Content-Length included (RFC 9110 §9.3.2, §8.6).
      if ("HEAD".equals(Requests.method(request))) {
        response.setContentLength(body.length);
      }
      return;
    }
    ServletOutputStream out;
    try {
      out = response.getOutputStream();
    } catch (IllegalStateException usingWriter) {
      // The application took the writer before failing; it survives resetBuffer(), and so does its
      // charset (often ISO-8859-1), so everything beyond ASCII is escaped.
      String text = ascii(new String(body, StandardCharsets.UTF_8), negotiated.mediaType());
      if (text.chars().allMatch(c -> c < 0x80)) {
        response.setContentLength(text.length());
      }
      response.getWriter().write(text);
      return;
    }
    response.setContentLength(body.length);
    // Not flushed: the container commits at the end, so a later exception can still replace it.
    out.write(body);
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

  private static void addVaryAccept(HttpServletResponse response) {
    for (String value : response.getHeaders("Vary")) {
      if (ContentNegotiation.varyCoversAccept(value)) {
        return;
      }
    }
    response.addHeader("Vary", "Accept");
  }
}
