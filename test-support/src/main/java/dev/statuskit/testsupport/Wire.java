package dev.statuskit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a raw socket, read to the end of the connection: what the client
 * really got, so that tests can count status lines and see every header line (an injected one
 * included), which an HTTP client library would hide.
 */
public final class Wire {
  /** The whole exchange as received. */
  public final String raw;
  /** The status code of the (first) status line. */
  public final int status;
  /** The header lines, as sent. */
  public final List<String> headerLines = new ArrayList<>();
  /** The body, de-chunked. */
  public final String body;

  private Wire(String raw) {
    this.raw = raw;
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String[] lines = head.split("\r\n");
    status = Integer.parseInt(lines[0].split(" ")[1]);
    headerLines.addAll(List.of(lines).subList(1, lines.length));
    String rest = end < 0 ? "" : raw.substring(end + 4);
    body = isChunked() ? dechunk(rest) : rest;
  }

  /**
   * Sends {@code GET} with {@code Connection: close} and reads until the server closes.
   *
   * @param uri the target
   * @param accept the {@code Accept} value
   * @return the exchange
   * @throws IOException if the connection fails
   */
  public static Wire get(URI uri, String accept) throws IOException {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      out.write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAccept: "
          + accept + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) != -1; ) {
          all.write(buf, 0, n);
        }
      } catch (IOException reset) {
        // An aborted connection ends the response too.
      }
      return new Wire(all.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * The first value of a header field.
   *
   * @param name the field name, in any case
   * @return the value, or {@code null}
   */
  public String header(String name) {
    for (String l : headerLines) {
      int colon = l.indexOf(':');
      if (colon > 0 && l.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return l.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private boolean isChunked() {
    String te = header("Transfer-Encoding");
    return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
  }

  private static String dechunk(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int eol = s.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size;
      try {
        size = Integer.parseInt(s.substring(i, eol).split(";")[0].strip(), 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (size == 0) {
        break;
      }
      int from = eol + 2;
      int to = Math.min(s.length(), from + size);
      out.append(s, from, to); // chunk sizes count bytes; the bodies checked here are ASCII
      i = to + 2;
    }
    return out.toString();
  }

  /** Exactly one status line and no header line that an injection would have produced. */
  public void assertSingleResponse() {
    long statusLines = raw.lines().filter(l -> l.startsWith("HTTP/1.")).count();
    assertThat(statusLines).as("status lines in\n" + raw).isEqualTo(1);
    assertThat(raw.lines()).as("injected header lines").noneMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("injected"));
    assertThat(headerLines).allMatch(l -> l.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t'),
        "header lines are visible ASCII");
  }
}
