package dev.statuskit.servlet;

import dev.statuskit.HttpStatus;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The response downstream code sees: {@code sendError(sc[, msg])} with a 4xx or 5xx becomes
 * {@code setStatus(sc)} plus a problem body, keeping every header field set before (a 401 keeps
 * its {@code WWW-Authenticate}, a 405 its {@code Allow}). With {@code
 * statuskit.replace-send-error=false} the call goes to the container instead, so the application's
 * error pages (or StatusKit's default one) render it.
 *
 * <p>After such a {@code sendError} the response behaves as the container's would: it reports
 * itself committed, further changes of status, header fields or body are ignored, {@code
 * reset()}, {@code resetBuffer()}, {@code setBufferSize()}, {@code sendRedirect()} and a second
 * {@code sendError()} throw {@link IllegalStateException}. Codes outside 400-599 go to the
 * container unchanged.
 */
final class ProblemResponse extends HttpServletResponseWrapper {

  private final HttpServletRequest request;
  private final ProblemResponder responder;
  private volatile boolean errorSent;
  /** StatusKit answers (an async time-out or error): the application's further output is dropped. */
  private volatile boolean takenOver;
  /** The application called {@code complete()} before StatusKit took over; under outputLock. */
  private boolean completedByApplication;
  private final Object outputLock = new Object();
  private ServletOutputStream guardedStream;
  private PrintWriter guardedWriter;

  ProblemResponse(HttpServletRequest request, HttpServletResponse response, ProblemResponder responder) {
    super(response);
    this.request = request;
    this.responder = responder;
  }

  /** The response StatusKit itself writes to. */
  HttpServletResponse target() {
    return (HttpServletResponse) getResponse();
  }

  /** Whether downstream code ended the response with {@code sendError}. */
  boolean errorSent() {
    return errorSent;
  }

  /**
   * StatusKit answers from now on (an async time-out or error that races with the application):
   * whatever the application writes or sets afterwards is dropped, so the client never gets a
   * mix of both answers. An application write already under way finishes first.
   *
   * @return false when the application completed the request first: its answer stands, and
   *     StatusKit must not write over a response the container is ending
   */
  boolean takeOver() {
    synchronized (outputLock) {
      if (completedByApplication) {
        return false;
      }
      takenOver = true;
      return true;
    }
  }

  /**
   * The application completes its async request: one of this and {@link #takeOver()} wins.
   *
   * @return whether the application's {@code complete()} goes to the container; false once
   *     StatusKit answers the request and completes it itself
   */
  boolean completeByApplication() {
    synchronized (outputLock) {
      if (takenOver) {
        return false;
      }
      completedByApplication = true;
      return true;
    }
  }

  private boolean discarding() {
    return errorSent || takenOver;
  }

  /** The container's response under any of our wrappers. */
  static HttpServletResponse unwrap(ServletResponse response) {
    ServletResponse r = response;
    while (r instanceof ProblemResponse p) {
      r = p.getResponse();
    }
    return (HttpServletResponse) r;
  }

  @Override
  public void sendError(int sc) throws IOException {
    sendError(sc, null);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    if (errorSent) {
      throw new IllegalStateException("sendError(" + sc + ") after sendError: the response is committed");
    }
    HttpServletResponse target = target();
    if (requiresAllow(sc) && !target.isCommitted() && !target.containsHeader("Allow")) {
      String allow = AllowedMethods.of(request);
      if (allow != null) {
        target.setHeader("Allow", allow);
      }
    }
    if (sc < 400 || sc > 599 || !responder.settings().get(ProblemFilter.REPLACE_SEND_ERROR)) {
      // The container's error handling, and so the application's error pages (or StatusKit's).
      super.sendError(sc, msg);
      return;
    }
    if (target.isCommitted()) {
      throw new IllegalStateException("sendError(" + sc + ") on a committed response");
    }
    errorSent = true;
    responder.answer(request, target, responder.forStatus(sc, msg, null, "sendError"), true);
  }

  /** Whether a status requires {@code Allow} (405, RFC 9110 §15.5.6), by the status table. */
  private static boolean requiresAllow(int sc) {
    return sc >= 100 && sc <= 599 && HttpStatus.valueOf(sc).requiredHeaders().contains("Allow");
  }

  @Override
  public boolean isCommitted() {
    return errorSent || super.isCommitted();
  }

  @Override
  public void reset() {
    checkOpen("reset()");
    super.reset();
  }

  @Override
  public void resetBuffer() {
    checkOpen("resetBuffer()");
    super.resetBuffer();
  }

  @Override
  public void setBufferSize(int size) {
    checkOpen("setBufferSize()");
    super.setBufferSize(size);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    checkOpen("sendRedirect()");
    super.sendRedirect(location);
  }

  private void checkOpen(String what) {
    if (errorSent) {
      throw new IllegalStateException(what + " after sendError: the response is committed");
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    // Checked and taken under the lock StatusKit takes the response over with: once it has, the
    // container's stream is not asked for, which would fix the response's mode under StatusKit.
    synchronized (outputLock) {
      if (discarding()) {
        return Discard.STREAM;
      }
      ServletOutputStream real = super.getOutputStream();
      if (guardedStream == null) {
        guardedStream = GatedOutput.stream(real, this::passUnlessDiscarding);
      }
      return guardedStream;
    }
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    // As getOutputStream: a writer asked for after the take-over would put the container's
    // response in writer mode, and StatusKit's answer through the stream would fail.
    synchronized (outputLock) {
      if (discarding()) {
        return new PrintWriter(Writer.nullWriter());
      }
      PrintWriter real = super.getWriter();
      if (guardedWriter == null) {
        guardedWriter = GatedOutput.writer(real, this::passUnlessDiscarding);
      }
      return guardedWriter;
    }
  }

  /** The gate of the application's output: it passes while StatusKit has not taken the response over. */
  private void passUnlessDiscarding(GatedOutput.Action action) throws IOException {
    synchronized (outputLock) {
      if (!discarding()) {
        action.run();
      }
    }
  }

  @Override
  public void setStatus(int sc) {
    if (!discarding()) {
      super.setStatus(sc);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!discarding()) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!discarding()) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!discarding()) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!discarding()) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (!discarding()) {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (!discarding()) {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (!discarding()) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void setContentType(String type) {
    if (!discarding()) {
      super.setContentType(type);
    }
  }

  @Override
  public void setCharacterEncoding(String charset) {
    if (!discarding()) {
      super.setCharacterEncoding(charset);
    }
  }

  @Override
  public void setContentLength(int len) {
    if (!discarding()) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!discarding()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setLocale(Locale loc) {
    if (!discarding()) {
      super.setLocale(loc);
    }
  }

  @Override
  public void setTrailerFields(Supplier<Map<String, String>> supplier) {
    if (!discarding()) {
      super.setTrailerFields(supplier);
    }
  }

  /** Swallows what downstream code writes after {@code sendError}, as the container does. */
  private static final class Discard extends ServletOutputStream {
    static final Discard STREAM = new Discard();

    private final OutputStream sink = OutputStream.nullOutputStream();

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      try {
        listener.onWritePossible();
      } catch (IOException e) {
        listener.onError(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      sink.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      sink.write(b, off, len);
    }
  }
}
