package dev.statuskit.representation;

import dev.statuskit.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes problems in each {@link ProblemMediaType}.
 *
 * <p>PROVISIONAL: a minimal implementation to be completed by the representations issue (streaming,
 * all extension value types, depth and cycle limits, XML Appendix B, HTML page, SPI).
 *
 * @since 0.1
 */
public final class ProblemWriter {

  private static final ProblemWriter DEFAULT = new ProblemWriter();

  private ProblemWriter() {}

  /**
   * The writer with default settings.
   *
   * @return the shared instance
   */
  public static ProblemWriter defaults() {
    return DEFAULT;
  }

  /**
   * Whether a response may have a body: not for HEAD, 1xx, 204, 205 or 304 (RFC 9110 §6.4.1,
   * §9.3.2, §15.3.6). The one place where StatusKit decides this.
   *
   * @param method the request method
   * @param status the response status code
   * @return {@code true} if a body may be written
   */
  public static boolean hasBody(String method, int status) {
    return !"HEAD".equals(method) && status >= 200 && status != 204 && status != 205 && status != 304;
  }

  /**
   * Writes a problem.
   *
   * @param problem the problem
   * @param type the representation
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public void write(Problem problem, ProblemMediaType type, OutputStream out) throws IOException {
    out.write(toBytes(problem, type));
  }

  /**
   * Writes a problem to bytes.
   *
   * @param problem the problem
   * @param type the representation
   * @return the UTF-8 bytes
   */
  public byte[] toBytes(Problem problem, ProblemMediaType type) {
    StringBuilder sb = new StringBuilder();
    switch (type) {
      case JSON -> json(problem, sb);
      case XML -> xml(problem, sb);
      case HTML -> sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
          .append(html(problem.title().orElse(""))).append("</title></head><body><h1>")
          .append(problem.status().isPresent() ? problem.status().getAsInt() + " " : "")
          .append(html(problem.title().orElse(""))).append("</h1>")
          .append(problem.detail().map(d -> "<p>" + html(d) + "</p>").orElse("")).append("</body></html>\n");
      case TEXT -> sb.append(problem.status().isPresent() ? problem.status().getAsInt() + " " : "")
          .append(problem.title().orElse("")).append('\n')
          .append(problem.detail().map(d -> d + "\n").orElse(""));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes to a new stream; for callers that cannot throw {@link IOException}.
   *
   * @param problem the problem
   * @param type the representation
   * @return the bytes
   */
  public ByteArrayOutputStream toStream(Problem problem, ProblemMediaType type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(problem, type, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void json(Problem p, StringBuilder sb) {
    sb.append("{\"type\":");
    str(p.type().toString(), sb);
    p.title().ifPresent(t -> str(t, sb.append(",\"title\":")));
    p.status().ifPresent(s -> sb.append(",\"status\":").append(s));
    p.detail().ifPresent(t -> str(t, sb.append(",\"detail\":")));
    p.instance().ifPresent(t -> str(t.toString(), sb.append(",\"instance\":")));
    for (Map.Entry<String, ?> e : p.extensions().entrySet()) {
      sb.append(',');
      str(e.getKey(), sb);
      sb.append(':');
      value(e.getValue(), sb, 0);
    }
    sb.append('}');
  }

  // Lists and maps as JSON arrays and objects (the jaxrs adapter's "violations"); depth-limited.
  private static void value(Object v, StringBuilder sb, int depth) {
    if (v == null || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      sb.append(v);
    } else if (depth < 16 && v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        str(String.valueOf(e.getKey()), sb);
        sb.append(':');
        value(e.getValue(), sb, depth + 1);
      }
      sb.append('}');
    } else if (depth < 16 && v instanceof Iterable<?> list) {
      sb.append('[');
      boolean first = true;
      for (Object o : list) {
        sb.append(first ? "" : ",");
        first = false;
        value(o, sb, depth + 1);
      }
      sb.append(']');
    } else {
      str(v.toString(), sb);
    }
  }

  private static void str(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  private static void xml(Problem p, StringBuilder sb) {
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><problem xmlns=\"urn:ietf:rfc:7807\"><type>")
        .append(html(p.type().toString())).append("</type>");
    p.title().ifPresent(t -> sb.append("<title>").append(html(t)).append("</title>"));
    p.status().ifPresent(s -> sb.append("<status>").append(s).append("</status>"));
    p.detail().ifPresent(t -> sb.append("<detail>").append(html(t)).append("</detail>"));
    p.instance().ifPresent(t -> sb.append("<instance>").append(html(t.toString())).append("</instance>"));
    sb.append("</problem>");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
