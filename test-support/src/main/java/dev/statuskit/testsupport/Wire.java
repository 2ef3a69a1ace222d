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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
  /** The bytes of the body, de-chunked: what a byte-exact comparison needs. */
  private final byte[] bodyBytes;

  private Wire(byte[] received) {
    this.raw = new String(received, StandardCharsets.UTF_8);
    int end = indexOfBlankLine(received);
    String head = new String(received, 0, end < 0 ? received.length : end, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    status = Integer.parseInt(lines[0].split(" ")[1]);
    headerLines.addAll(List.of(lines).subList(1, lines.length));
    byte[] rest = end < 0 ? new byte[0] : Arrays.copyOfRange(received, end + 4, received.length);
    bodyBytes = isChunked() ? dechunk(rest) : rest;
    body = new String(bodyBytes, StandardCharsets.UTF_8);
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
    return exchange("GET", uri, "Accept", accept);
  }

  /**
   * Sends a request without content, with the given header fields and {@code Connection: close},
   * and reads until the server closes.
   *
   * @param method the request method
   * @param uri the target
   * @param fields header field names and values, alternating
   * @return the exchange
   * @throws IOException if the connection fails
   */
  public static Wire exchange(String method, URI uri, String... fields) throws IOException {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ")
          .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
      for (int i = 0; i < fields.length; i += 2) {
        request.append(fields[i]).append(": ").append(fields[i + 1]).append("\r\n");
      }
      out.write(request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));
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
      return new Wire(all.toByteArray());
    }
  }

  /**
   * The header fields as received: each name (in any case) with the value of each of its field
   * lines, in the order of the lines.
   *
   * @return a map whose keys compare case-insensitively
   */
  public Map<String, List<String>> fields() {
    Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String l : headerLines) {
      int colon = l.indexOf(':');
      if (colon > 0) {
        fields.computeIfAbsent(l.substring(0, colon).strip(), k -> new ArrayList<>()).add(l.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  /**
   * The body as received, de-chunked.
   *
   * @return a copy of the bytes
   */
  public byte[] bodyBytes() {
    return bodyBytes.clone();
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

  private static int indexOfBlankLine(byte[] b) {
    for (int i = 0; i + 3 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] dechunk(byte[] s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length) {
      int eol = -1;
      for (int j = i; j + 1 < s.length; j++) {
        if (s[j] == '\r' && s[j + 1] == '\n') {
          eol = j;
          break;
        }
      }
      if (eol < 0) {
        break;
      }
      int size;
      try {
        size = Integer.parseInt(new String(s, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (size == 0) {
        break;
      }
      int from = eol + 2;
      int to = Math.min(s.length, from + size);
      out.write(s, from, to - from);
      i = to + 2;
    }
    return out.toByteArray();
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
