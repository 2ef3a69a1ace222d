package dev.statuskit.representation;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.internal.ProblemMembers;
import dev.statuskit.spi.ExtensionValueWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Writes a problem as {@code application/problem+json} (RFC 9457 §3), {@code application/problem+xml}
 * (RFC 9457 Appendix B), a {@code text/html} page or {@code text/plain}, streaming UTF-8 to an
 * {@link OutputStream}; and decides, in {@link #hasBody(String, int)}, when no body may be written.
 *
 * <p>Immutable and thread-safe. Writing happens in two steps: first every extension value is checked
 * and converted to a tree of JSON natives; only then is the first byte written. A value that cannot be
 * written therefore throws {@link IllegalArgumentException} (naming the member and the path inside it)
 * before anything reaches the stream, never leaving half a document.
 *
 * <p>The rules, the same in every representation:
 * <ul>
 * <li>Members in the order {@code type}, {@code title}, {@code status}, {@code detail},
 *     {@code instance}, then extensions in insertion order; absent members are omitted, {@code type}
 *     is always written ({@code about:blank} by default) and {@code status} is an integer.</li>
 * <li>{@code detail} longer than {@link #withMaxDetailLength the configured length} characters is cut and ends with
 *     "…" (U+2026), never inside a surrogate pair.</li>
 * <li>Extension values: {@code null}, {@link Boolean}; numbers ({@link java.math.BigDecimal} and
 *     {@link java.math.BigInteger} exactly, {@code double}/{@code float} in their shortest decimal
 *     form; NaN and the infinities are written as the strings {@code "NaN"}, {@code "Infinity"} and
 *     {@code "-Infinity"}, as a JSON number cannot hold them); {@link CharSequence} and
 *     {@link Character} as strings; enums by {@link Enum#name()}; {@link java.net.URI},
 *     {@link java.net.URL}, {@link java.util.UUID} and {@code java.time} values by their
 *     ({@code java.time}: ISO-8601) string form; {@link java.util.Optional} and its primitive forms as
 *     their value or {@code null}; {@link Map} as an object (keys: strings, characters, numbers, enums,
 *     UUIDs or URIs); {@link Iterable} and arrays, primitive ones included, as arrays; then the
 *     {@link ExtensionValueWriter}s; then records as objects of their components in declaration
 *     order. Anything else is rejected: StatusKit never writes an arbitrary {@code toString()}, which
 *     could leak internals (nor a {@link java.nio.file.Path}).</li>
 * <li>Containers nest at most 32 levels deep, and a container that contains itself is rejected.</li>
 * <li>Strings: a lone surrogate is written as U+FFFD. JSON escapes {@code "}, {@code \} and
 *     U+0000-U+001F (RFC 8259 §7); XML and HTML remove the characters XML 1.0 forbids
 *     (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF); text removes control
 *     characters other than tab and line feed.</li>
 * <li>XML: a string, number or boolean is the element's text; {@code null}, an empty list and an
 *     empty map are an empty element; list items are {@code <i>} elements. Element names are the
 *     member or key names when those are safe XML names (ASCII letters, digits, {@code _ - .},
 *     starting with a letter or {@code _}); otherwise each offending character is written as
 *     {@code _xHHHH_} (or {@code _xHHHHHHHH_} above U+FFFF), as .NET's {@code XmlConvert.EncodeName}
 *     does: so {@code "a b"} becomes {@code a_x0020_b}, {@code "xmlData"} (XML reserves the prefix)
 *     becomes {@code _x0078_mlData}, a key {@code "i"} becomes {@code _x0069_} (else it would read as
 *     an array item), the {@code _} of any {@code _x} becomes {@code _x005F_}, and the empty key
 *     {@code _x_}. {@link ProblemReader} decodes names by the same rule.</li>
 * </ul>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 §3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#appendix-B">RFC 9457 Appendix B</a>
 * @since 0.1.0
 */
public final class ProblemWriter {

  private static final int BUFFER = 2048;

  /** The default of {@link #withMaxDetailLength}. */
  public static final int DEFAULT_MAX_DETAIL_LENGTH = 4096;

  private final int maxDetailLength;
  private final List<ExtensionValueWriter> valueWriters;
  private final ExtensionValues values;
  /** What "now" is for the HTML page's "try again in 12 seconds"; fixed only in tests. */
  private final Clock clock;

  private ProblemWriter(int maxDetailLength, List<ExtensionValueWriter> valueWriters, Clock clock) {
    this.maxDetailLength = maxDetailLength;
    this.valueWriters = List.copyOf(valueWriters);
    this.values = new ExtensionValues(this.valueWriters);
    this.clock = clock;
  }

  /** Loaded once, on first use. */
  private static final class Default {
    static final ProblemWriter INSTANCE = new ProblemWriter(DEFAULT_MAX_DETAIL_LENGTH, loadValueWriters(), Clock.systemUTC());
  }

  /**
   * The writer with default settings and the {@link ExtensionValueWriter}s that
   * {@link ServiceLoader} finds (through the thread's context class loader on first use, else
   * StatusKit's); a provider that fails to load is skipped and logged.
   *
   * @return the shared instance
   */
  public static ProblemWriter defaults() {
    return Default.INSTANCE;
  }

  /**
   * A writer like this one that cuts {@code detail} at another length (the setting
   * {@code statuskit.max-detail-length}).
   *
   * @param maxDetailLength the longest {@code detail} written, at least 16
   * @return a new writer
   * @throws IllegalArgumentException if the length is below 16
   * @since 0.3.0
   */
  public ProblemWriter withMaxDetailLength(int maxDetailLength) {
    if (maxDetailLength < 16) {
      throw new IllegalArgumentException("maxDetailLength " + maxDetailLength + " is below 16");
    }
    return new ProblemWriter(maxDetailLength, valueWriters, clock);
  }

  /**
   * A writer like this one that asks {@code writer} before its other value writers.
   *
   * @param writer converts extension values of types StatusKit does not know
   * @return a new writer
   */
  public ProblemWriter withValueWriter(ExtensionValueWriter writer) {
    List<ExtensionValueWriter> all = new ArrayList<>();
    all.add(Objects.requireNonNull(writer, "writer"));
    all.addAll(valueWriters);
    return new ProblemWriter(maxDetailLength, all, clock);
  }

  /** A writer like this one whose HTML page counts "try again in .." from {@code clock}; for tests. */
  ProblemWriter withClock(Clock clock) {
    return new ProblemWriter(maxDetailLength, valueWriters, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The value writers this writer asks, in order.
   *
   * @return an unmodifiable list
   */
  public List<ExtensionValueWriter> valueWriters() {
    return valueWriters;
  }

  /**
   * Whether a response may have a body: not for HEAD, nor for a status whose content
   * {@link HttpStatus#isContentAllowed() is not allowed} (1xx, 204, 205, 304; RFC 9110 §6.4.1,
   * §9.3.2, §15.3.6).
   *
   * @param method the request method (compared case-sensitively, as RFC 9110 §9.1 says)
   * @param status the response status code
   * @return {@code true} if a body may be written
   */
  public static boolean hasBody(String method, int status) {
    return !"HEAD".equals(method) && HttpStatus.valueOf(status).isContentAllowed();
  }

  /**
   * Writes a problem, streaming UTF-8 to {@code out}; the stream is neither flushed nor closed.
   *
   * @param problem the problem
   * @param type the representation
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if an extension value cannot be written; then nothing was
   *     written
   */
  public void write(Problem problem, ProblemMediaType type, OutputStream out) throws IOException {
    write(problem, type, out, BUFFER);
  }

  private void write(Problem problem, ProblemMediaType type, OutputStream out, int bufferSize) throws IOException {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(out, "out");
    PreparedProblem p = prepare(problem, null);
    Utf8Sink sink = Utf8Sink.borrow(out, bufferSize);
    try {
      write(p, type, HeaderFields.empty(), sink);
    } finally {
      sink.release();
    }
  }

  private void write(PreparedProblem p, ProblemMediaType type, HeaderFields headers, Utf8Sink sink)
      throws IOException {
    switch (type) {
      case JSON -> JsonFormat.write(p, sink);
      case XML -> XmlFormat.write(p, sink);
      case HTML -> HtmlFormat.write(p, headers, clock, sink);
      case TEXT -> TextFormat.write(p, sink);
    }
    sink.drain();
  }

  /**
   * Writes the body of an error response, which must not fail on its own body: an extension member
   * that cannot be written (a type no writer takes, a cycle, nesting beyond 32 levels, an
   * {@link ExtensionValueWriter} that throws) is left out and logged once at WARNING; should the rest
   * still fail, the minimal problem (type, title, status, instance) is written. Both adapters write
   * their bodies through this method.
   *
   * @param problem the problem
   * @param type the representation
   * @return the UTF-8 bytes of a whole document
   */
  public byte[] toBytesLeavingOutUnwritable(Problem problem, ProblemMediaType type) {
    return toBytesLeavingOutUnwritable(problem, type, HeaderFields.empty());
  }

  /**
   * Writes the body of an error response as {@link #toBytesLeavingOutUnwritable(Problem,
   * ProblemMediaType)} does, for a response that carries {@code headers}: the {@code text/html}
   * page says in words what they mean to a person ({@code Retry-After} as "try again in 12 seconds"
   * and as a time, {@code Location} and a {@code blocked-by} {@code Link} as links, {@code Allow});
   * the other representations do not repeat header fields. A {@code Content-Language} among them
   * (a localized title and detail) is said in the HTML page's {@code <html lang>} and in the XML
   * document's {@code xml:lang}; one that is not a single language tag is left unsaid here.
   *
   * @param problem the problem
   * @param type the representation
   * @param headers the header fields of the response
   * @return the UTF-8 bytes of a whole document
   * @since 0.3.0
   */
  public byte[] toBytesLeavingOutUnwritable(Problem problem, ProblemMediaType type, HeaderFields headers) {
    Objects.requireNonNull(headers, "headers");
    String language = isOneLanguageTag(headers) ? headers.all("Content-Language").get(0) : null;
    try {
      return bytes(problem, type, headers, language);
    } catch (RuntimeException | StackOverflowError e) {
      Problem.Builder rest = problem.toBuilder();
      List<String> dropped = new ArrayList<>();
      for (Map.Entry<String, @Nullable Object> m : problem.extensions().entrySet()) {
        try {
          values.normalizeValue(m.getValue()); // the one step that can fail; writing a converted value cannot
        } catch (RuntimeException | StackOverflowError bad) {
          rest.removeExtension(m.getKey());
          dropped.add(m.getKey());
        }
      }
      System.getLogger("dev.statuskit").log(System.Logger.Level.WARNING, "StatusKit left out extension members "
          + dropped + " of a problem with status " + problem.status() + ": they cannot be written", e);
      try {
        return bytes(rest.build(), type, headers, language);
      } catch (RuntimeException | StackOverflowError again) {
        return bytes(minimal(problem), type, headers, language);
      }
    }
  }

  /** The language tag of a response's {@code Content-Language}, or {@code null} when it has none. */
  private static @Nullable String language(HeaderFields headers) {
    List<String> values = headers.all("Content-Language");
    if (values.isEmpty()) {
      return null;
    }
    if (!isOneLanguageTag(headers)) {
      throw new IllegalArgumentException("Content-Language " + values.toString().replaceAll("\\p{Cntrl}", "?")
          + " is not one language tag (RFC 5646: letters, digits and '-')");
    }
    return values.get(0);
  }

  private static boolean isOneLanguageTag(HeaderFields headers) {
    List<String> values = headers.all("Content-Language");
    return values.size() == 1 && isLanguageTag(values.get(0));
  }

  /** {@code 1*8ALPHA *("-" 1*8alphanum)}, the syntax of a language tag as RFC 5646 and RFC 4647 share it. */
  private static boolean isLanguageTag(String tag) {
    int run = 0;
    boolean first = true;
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (c == '-') {
        if (run == 0) {
          return false;
        }
        run = 0;
        first = false;
      } else if ((c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9') && ++run <= 8) {
        continue;
      } else {
        return false;
      }
    }
    return run > 0;
  }

  /** Only the members StatusKit itself sets, which are always writable. */
  static Problem minimal(Problem problem) {
    Problem.Builder b = Problem.builder().type(problem.type()).title(problem.title().orElse(null));
    if (problem.status().isPresent()) {
      b.status(problem.status().getAsInt());
    } else {
      b.noStatus();
    }
    return b.instance(problem.instance().orElse(null)).build();
  }

  /**
   * Writes a problem to bytes.
   *
   * @param problem the problem
   * @param type the representation
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if an extension value cannot be written
   */
  public byte[] toBytes(Problem problem, ProblemMediaType type) {
    return toBytes(problem, type, HeaderFields.empty());
  }

  /**
   * Writes a problem to bytes, for a response that carries {@code headers}, which the
   * {@code text/html} page puts in words (see {@link #toBytesLeavingOutUnwritable(Problem,
   * ProblemMediaType, HeaderFields)}).
   *
   * @param problem the problem
   * @param type the representation
   * @param headers the header fields of the response
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if an extension value cannot be written, or a
   *     {@code Content-Language} is not one language tag
   * @since 0.3.0
   */
  public byte[] toBytes(Problem problem, ProblemMediaType type, HeaderFields headers) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(headers, "headers");
    return bytes(problem, type, headers, language(headers));
  }

  private byte[] bytes(Problem problem, ProblemMediaType type, HeaderFields headers, @Nullable String language) {
    PreparedProblem p = prepare(problem, language);
    Utf8Sink sink = Utf8Sink.borrow(null, 256 + 64 * p.extensions().size()); // grows; no stream in between
    try {
      write(p, type, headers, sink);
      return sink.toByteArray(); // the one array that leaves: exactly the document's length
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a growing sink has no stream to fail
    } finally {
      sink.release();
    }
  }

  /**
   * Writes to a new stream; for callers that cannot throw {@link IOException}.
   *
   * @param problem the problem
   * @param type the representation
   * @return the bytes
   * @throws IllegalArgumentException if an extension value cannot be written
   */
  public ByteArrayOutputStream toStream(Problem problem, ProblemMediaType type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 64 * problem.extensions().size());
    try {
      write(problem, type, out, 512); // the stream buffers anyway: a small sink buffer is enough
    } catch (IOException e) {
      throw new UncheckedIOException(e); // ByteArrayOutputStream does not throw
    }
    return out;
  }

  private PreparedProblem prepare(Problem problem, @Nullable String language) {
    Objects.requireNonNull(problem, "problem");
    Map<String, @Nullable Object> ext = values.normalize(problem.extensions());
    // The members as the problem holds them: an Optional each would be three objects per response.
    String detail = ProblemMembers.detail(problem);
    URI instance = ProblemMembers.instance(problem);
    return new PreparedProblem(problem.type().toString(), ProblemMembers.title(problem),
        ProblemMembers.status(problem), detail == null ? null : cut(detail),
        instance == null ? null : instance.toString(), ext, language);
  }

  private String cut(String detail) {
    int max = maxDetailLength;
    if (detail.length() <= max) {
      return detail;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(detail.charAt(end - 1)) && Character.isLowSurrogate(detail.charAt(end))) {
      end--;
    }
    return detail.substring(0, end) + "\u2026";
  }

  private static List<ExtensionValueWriter> loadValueWriters() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    ServiceLoader<ExtensionValueWriter> loader = ServiceLoader.load(ExtensionValueWriter.class,
        cl != null ? cl : ProblemWriter.class.getClassLoader());
    List<ExtensionValueWriter> found = new ArrayList<>();
    Iterator<ExtensionValueWriter> it = loader.iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        System.getLogger("dev.statuskit").log(System.Logger.Level.WARNING,
            "skipping an ExtensionValueWriter that failed to load", e);
      }
    }
    return found;
  }
}
