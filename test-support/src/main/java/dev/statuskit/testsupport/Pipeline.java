package dev.statuskit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Several HTTP/1.1 requests written at once on one connection, and the responses read back by
 * their own framing ({@code Content-Length}, chunked, or the end of the connection): what a
 * keep-alive client sees after an error. A response that is neither framed nor followed by the end
 * of the connection makes the read time out, which fails the test.
 */
public final class Pipeline {

  /** One response read from the connection. */
  public static final class Response {
    /** The status code. */
    public final int status;
    /** The header lines, as sent. */
    public final List<String> headerLines;
    /** The body, de-chunked. */
    public final String body;
    /** How the body was delimited: {@code length}, {@code chunked}, {@code none} or {@code close}. */
    public final String framing;

    Response(int status, List<String> headerLines, String body, String framing) {
      this.status = status;
      this.headerLines = List.copyOf(headerLines);
      this.body = body;
      this.framing = framing;
    }

    /**
     * Every value of a header field, one per field line.
     *
     * @param name the field name, in any case
     * @return the values in order
     */
    public List<String> all(String name) {
      List<String> values = new ArrayList<>();
      for (String l : headerLines) {
        int colon = l.indexOf(':');
        if (colon > 0 && l.substring(0, colon).strip().equalsIgnoreCase(name)) {
          values.add(l.substring(colon + 1).strip());
        }
      }
      return values;
    }

    /**
     * Whether the server said it closes the connection after this response.
     *
     * @return {@code true} for {@code Connection: close}
     */
    public boolean closes() {
      return all("Connection").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("close"));
    }

    /**
     * Asserts the response is framed: exactly one {@code Content-Length} that matches the body, or
     * chunked; a body delimited by the end of the connection only after {@code Connection: close}.
     * And exactly one {@code Date}, an IMF-fixdate (RFC 9110 §6.6.1, §5.6.7).
     *
     * @param context what the assertion messages name
     */
    public void assertFramedWithOneDate(String context) {
      assertThat(framing).as("framing of %s: %s", context, this).isIn("length", "chunked", "none");
      if (framing.equals("length")) {
        assertThat(all("Content-Length")).as("Content-Length of %s: %s", context, this)
            .containsExactly(Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
      }
      List<String> dates = all("Date");
      assertThat(dates).as("Date of %s: %s", context, this).hasSize(1);
      assertThat(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC)
          .parse(dates.get(0), Instant::from)).as("Date of %s", context).isNotNull();
    }

    @Override
    public String toString() {
      return status + " " + headerLines + " [" + framing + "] " + body;
    }
  }

  private Pipeline() {}

  /**
   * The answer to a request the connector refused, sent first on a connection with a second
   * request behind it: one response of the status, {@code Connection: close}, framed by
   * {@code Content-Length}, and nothing after it, as the connection is closed.
   *
   * @param got what {@link #send} read
   * @param status the status it must have
   * @return that response
   */
  public static Response refused(List<Response> got, int status) {
    assertThat(got).as("the error, then nothing: the connection is closed").hasSize(1);
    Response r = got.get(0);
    assertThat(r.status).as("%s", r).isEqualTo(status);
    assertThat(r.closes()).as("Connection: close in %s", r).isTrue();
    assertThat(r.framing).as("%s", r).isEqualTo("length");
    return r;
  }

  /**
   * A request without content.
   *
   * @param method the method
   * @param uri the target
   * @param fields header field names and values, alternating
   * @return the request's text
   */
  public static String request(String method, URI uri, String... fields) {
    return withBody(method, uri, null, fields);
  }

  /**
   * A request with content, framed by {@code Content-Length} unless {@code fields} name another
   * framing or length (then the body is sent as given).
   *
   * @param method the method
   * @param uri the target
   * @param body the content, or {@code null}
   * @param fields header field names and values, alternating
   * @return the request's text
   */
  public static String withBody(String method, URI uri, String body, String... fields) {
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    StringBuilder sb = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ")
        .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
    boolean framed = false;
    for (int i = 0; i < fields.length; i += 2) {
      sb.append(fields[i]).append(": ").append(fields[i + 1]).append("\r\n");
      framed |= fields[i].equalsIgnoreCase("Content-Length") || fields[i].equalsIgnoreCase("Transfer-Encoding");
    }
    if (body != null && !framed) {
      sb.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
    }
    return sb.append("\r\n").append(body == null ? "" : body).toString();
  }

  /**
   * Writes the requests at once, then reads responses until one per request is read or the server
   * closes the connection; after a response with {@code Connection: close} the connection must
   * end.
   *
   * @param uri any URI of the server (host and port are used)
   * @param headRequests for each request, whether it is a HEAD (its response has no body)
   * @param requests the requests, from {@link #request}
   * @return the responses read, in order; fewer than the requests if the server closed
   * @throws IOException if the connection fails otherwise, or a read times out
   */
  public static List<Response> send(URI uri, boolean[] headRequests, String... requests) throws IOException {
    List<Response> responses = new ArrayList<>();
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(String.join("", requests).getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      for (int i = 0; i < requests.length; i++) {
        Response r;
        try {
          r = read(in, headRequests != null && headRequests[i]);
        } catch (EOFException | SocketException closed) {
          break; // the server closed (or reset) the connection before another response
        }
        responses.add(r);
        if (r.framing.equals("close")) {
          break;
        }
        if (r.closes()) {
          int next;
          try {
            next = in.read();
          } catch (SocketException reset) {
            next = -1;
          }
          assertThat(next).as("the connection after %s", r).isEqualTo(-1);
          break;
        }
      }
      return responses;
    }
  }

  private static Response read(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    while (statusLine.isEmpty()) {
      statusLine = line(in);
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not a status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    List<String> headerLines = new ArrayList<>();
    for (String l = line(in); !l.isEmpty(); l = line(in)) {
      headerLines.add(l);
    }
    Response bare = new Response(status, headerLines, "", "none");
    if (head || status / 100 == 1 || status == 204 || status == 304) {
      return bare;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String framing;
    if (bare.all("Transfer-Encoding").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
      framing = "chunked";
      for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
          size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
        body.write(exactly(in, size));
        line(in);
      }
      for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
        // trailer fields are not looked at
      }
    } else if (!bare.all("Content-Length").isEmpty()) {
      framing = "length";
      body.write(exactly(in, Integer.parseInt(bare.all("Content-Length").get(0))));
    } else {
      framing = "close";
      try {
        in.transferTo(body);
      } catch (SocketException reset) {
        // the end of the connection ends the body too
      } catch (java.net.SocketTimeoutException open) {
        throw new AssertionError("a response neither framed nor followed by the end of the connection: "
            + new Response(status, headerLines, body.toString(StandardCharsets.UTF_8), "none"), open);
      }
    }
    return new Response(status, headerLines, body.toString(StandardCharsets.UTF_8), framing);
  }

  private static byte[] exactly(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new EOFException("body cut after " + b.length + " of " + n + " bytes");
    }
    return b;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); ; c = in.read()) {
      if (c == -1) {
        throw new EOFException("connection closed");
      }
      if (c == '\n') {
        int len = sb.length();
        return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
      }
      sb.append((char) c);
    }
  }
}
