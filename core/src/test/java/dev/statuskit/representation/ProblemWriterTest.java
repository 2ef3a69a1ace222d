package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.spi.ExtensionValueWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON writer's exact output and its rules for values (RFC 9457 §3, RFC 8259 §7). */
class ProblemWriterTest {

  private static final ProblemWriter WRITER = ProblemWriter.defaults();

  private static String json(Problem p) {
    return new String(WRITER.toBytes(p, ProblemMediaType.JSON), StandardCharsets.UTF_8);
  }

  private static String json(Object extension) {
    return json(Problem.builder().extension("value", extension).build());
  }

  private static String valueOf(Object extension) {
    String s = json(extension);
    return s.substring("{\"type\":\"about:blank\",\"value\":".length(), s.length() - 1);
  }

  enum Color { RED }

  public record Point(int x, int y) {}

  public record Line(Point from, Point to, List<String> tags) {}

  @Test
  void writesMembersInRfcOrderWithStatusAsAnInteger() {
    Problem p = Problem.builder().extension("limit", 100).instance("/orders/7").detail("Slow down.")
        .status(429).type("https://example.com/probs/rate").title("Rate limited").extension("window", "1m").build();

    assertThat(json(p)).isEqualTo("{\"type\":\"https://example.com/probs/rate\",\"title\":\"Rate limited\","
        + "\"status\":429,\"detail\":\"Slow down.\",\"instance\":\"/orders/7\",\"limit\":100,\"window\":\"1m\"}");
  }

  @Test
  void omitsAbsentMembersButAlwaysWritesType() {
    assertThat(json(Problem.builder().build())).isEqualTo("{\"type\":\"about:blank\"}");
    assertThat(json(Problem.of(404))).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
  }

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    StringBuilder all = new StringBuilder("\"\\/");
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    all.append('\u007f').append("\u2028é€😀");

    assertThat(valueOf(all.toString())).isEqualTo("\"\\\"\\\\/\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006"
        + "\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017"
        + "\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\u007f\u2028é€😀\"");
  }

  @Test
  void replacesLoneSurrogatesWithTheReplacementCharacter() {
    assertThat(valueOf("a\uD800b\uDC00c\uD83D")).isEqualTo("\"a\uFFFDb\uFFFDc\uFFFD\"");
    assertThat(valueOf("\uDC00\uD800")).isEqualTo("\"\uFFFD\uFFFD\"");
    assertThat(valueOf("\uD83D\uDE00")).isEqualTo("\"😀\"");
    assertThat(WRITER.toBytes(Problem.builder().extension("value", "\uD800").build(), ProblemMediaType.JSON))
        .endsWith((byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) '"', (byte) '}');
  }

  @Test
  void writesNumbersExactly() {
    assertThat(valueOf(List.of((byte) 1, (short) -2, 3, 4L, Long.MIN_VALUE))).isEqualTo("[1,-2,3,4,-9223372036854775808]");
    assertThat(valueOf(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
    assertThat(valueOf(new BigDecimal("0.10000000000000000000000001"))).isEqualTo("0.10000000000000000000000001");
    assertThat(valueOf(new BigDecimal("1E+3"))).isEqualTo("1E+3");
    assertThat(valueOf(0.1)).isEqualTo("0.1");
    assertThat(valueOf(1.0E300)).isEqualTo("1.0E300");
    assertThat(valueOf(1.5f)).isEqualTo("1.5");
    assertThat(valueOf(new AtomicLong(7))).isEqualTo("7");
  }

  @Test
  void writesNanAndInfinitiesAsStrings() {
    assertThat(valueOf(List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)))
        .isEqualTo("[\"NaN\",\"Infinity\",\"-Infinity\"]");
  }

  @Test
  void writesCommonJdkValuesAsStrings() throws Exception {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(valueOf(new StringBuilder("sb"))).isEqualTo("\"sb\"");
    assertThat(valueOf('c')).isEqualTo("\"c\"");
    assertThat(valueOf(Color.RED)).isEqualTo("\"RED\"");
    assertThat(valueOf(URI.create("https://example.com/a?b=c"))).isEqualTo("\"https://example.com/a?b=c\"");
    assertThat(valueOf(new URL("https://example.com/x"))).isEqualTo("\"https://example.com/x\"");
    assertThat(valueOf(id)).isEqualTo("\"123e4567-e89b-12d3-a456-426614174000\"");
    assertThat(valueOf(Instant.parse("2026-11-26T06:00:00Z"))).isEqualTo("\"2026-11-26T06:00:00Z\"");
    assertThat(valueOf(LocalDate.of(2026, 1, 2))).isEqualTo("\"2026-01-02\"");
    assertThat(valueOf(Duration.ofSeconds(90))).isEqualTo("\"PT1M30S\"");
    assertThat(valueOf(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1))))
        .isEqualTo("\"2026-01-02T03:04:05+01:00\"");
    assertThat(valueOf(java.time.DayOfWeek.MONDAY)).isEqualTo("\"MONDAY\"");
  }

  @Test
  void writesOptionalsAsTheirValueOrNull() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", Optional.of("x"));
    m.put("b", Optional.empty());
    m.put("c", OptionalInt.of(3));
    m.put("d", OptionalInt.empty());
    m.put("e", null);
    assertThat(valueOf(m)).isEqualTo("{\"a\":\"x\",\"b\":null,\"c\":3,\"d\":null,\"e\":null}");
  }

  @Test
  void writesMapsIterablesArraysAndRecordsInOrder() {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("z", true);
    m.put(1, false);
    m.put(Color.RED, List.of());
    m.put('k', Map.of());
    assertThat(valueOf(m)).isEqualTo("{\"z\":true,\"1\":false,\"RED\":[],\"k\":{}}");
    assertThat(valueOf(new LinkedHashSet<>(List.of("b", "a")))).isEqualTo("[\"b\",\"a\"]");
    assertThat(valueOf(new int[] {1, 2})).isEqualTo("[1,2]");
    assertThat(valueOf(new double[] {0.5})).isEqualTo("[0.5]");
    assertThat(valueOf(new boolean[] {true})).isEqualTo("[true]");
    assertThat(valueOf(new char[] {'a'})).isEqualTo("[\"a\"]");
    assertThat(valueOf(new String[][] {{"a"}, {}})).isEqualTo("[[\"a\"],[]]");
    assertThat(valueOf(new Line(new Point(1, 2), new Point(3, 4), List.of("x"))))
        .isEqualTo("{\"from\":{\"x\":1,\"y\":2},\"to\":{\"x\":3,\"y\":4},\"tags\":[\"x\"]}");
  }

  @Test
  void rejectsAnUnknownTypeBeforeWritingAnything() {
    Problem p = Problem.builder().status(400).extension("first", "ok")
        .extension("bad", Map.of("inner", List.of(1, new Object()))).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> WRITER.write(p, ProblemMediaType.JSON, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extension member \"bad\".inner[1]")
        .hasMessageContaining("java.lang.Object")
        .hasMessageContaining("ExtensionValueWriter");
    assertThat(out.size()).isZero();
    for (ProblemMediaType type : ProblemMediaType.values()) {
      assertThatThrownBy(() -> WRITER.toBytes(p, type)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void rejectsAValueThatContainsItself() {
    Map<String, Object> loop = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>();
    list.add(loop);
    loop.put("items", list);

    assertThatThrownBy(() -> json(loop)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extension member \"value\".items[0]")
        .hasMessageContaining("contains itself");
  }

  @Test
  void refusesFilePaths() {
    assertThatThrownBy(() -> json(java.nio.file.Path.of("/etc/app/secret.properties")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file paths")
        .hasMessageNotContaining("secret");
  }

  @Test
  void theSameValueTwiceIsNotACycle() {
    List<Integer> shared = List.of(1);
    assertThat(valueOf(List.of(shared, shared, Map.of("k", shared)))).isEqualTo("[[1],[1],{\"k\":[1]}]");
  }

  @Test
  void limitsNestingTo32Levels() {
    Object v = "leaf";
    for (int i = 0; i < ExtensionValues.MAX_DEPTH; i++) {
      v = List.of(v);
    }
    assertThat(valueOf(v)).startsWith("[".repeat(32) + "\"leaf\"");
    Object deeper = List.of(v);
    assertThatThrownBy(() -> json(deeper)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deeper than 32");
  }

  @Test
  void rejectsMapKeysThatAreNotStringLike() {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put(List.of(), 1);
    assertThatThrownBy(() -> json(m)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("map keys");
  }

  static final class Money {
    final long cents = 250;
  }

  /** A value writer made of its two methods. */
  private static ExtensionValueWriter valueWriter(Predicate<Class<?>> accepts, Function<Object, Object> toJson) {
    return new ExtensionValueWriter() {
      @Override
      public boolean accepts(Class<?> type) {
        return accepts.test(type);
      }

      @Override
      public Object toJsonValue(Object value) {
        return toJson.apply(value);
      }
    };
  }

  @Test
  void asksValueWritersForTypesItDoesNotKnowFirstOneThatAcceptsWins() {
    ExtensionValueWriter money = valueWriter(type -> type == Money.class, v -> Map.of("cents", ((Money) v).cents));
    ExtensionValueWriter everything = valueWriter(type -> true, v -> "other");
    ProblemWriter w = WRITER.withValueWriter(everything).withValueWriter(money);
    Problem p = Problem.builder().extension("price", new Money()).extension("point", new Point(1, 2))
        .extension("text", "t").build();

    assertThat(new String(w.toBytes(p, ProblemMediaType.JSON), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"price\":{\"cents\":250},\"point\":\"other\",\"text\":\"t\"}");
    assertThat(w.valueWriters()).startsWith(money, everything);
  }

  @Test
  void reportsAFailingValueWriter() {
    ExtensionValueWriter broken = valueWriter(type -> type == Money.class, v -> {
      throw new IllegalStateException("boom");
    });
    Problem p = Problem.builder().extension("price", new Money()).build();
    assertThatThrownBy(() -> WRITER.withValueWriter(broken).toBytes(p, ProblemMediaType.JSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"price\"").hasMessageContaining("boom");
  }

  @Test
  void cutsALongDetailToTheConfiguredLengthWithAnEllipsis() {
    ProblemWriter w = WRITER.withMaxDetailLength(16);
    Problem exact = Problem.builder().detail("0123456789abcdef").build();
    Problem longer = Problem.builder().detail("0123456789abcdefg").build();
    Problem pair = Problem.builder().detail("0123456789abcd😀xyz").build();

    assertThat(Trees.jackson(w.toBytes(exact, ProblemMediaType.JSON))).containsEntry("detail", "0123456789abcdef");
    assertThat(Trees.jackson(w.toBytes(longer, ProblemMediaType.JSON))).containsEntry("detail", "0123456789abcde…");
    assertThat(Trees.jackson(w.toBytes(pair, ProblemMediaType.JSON))).containsEntry("detail", "0123456789abcd…");
    assertThat(Trees.jackson(WRITER.toBytes(Problem.builder().detail("x".repeat(5000)).build(), ProblemMediaType.JSON))
        .get("detail").toString()).hasSize(ProblemWriter.DEFAULT_MAX_DETAIL_LENGTH).endsWith("x…");
  }

  @Test
  void streamsLargeDocumentsInChunksAndLeavesTheStreamOpen() throws IOException {
    ProblemWriter w = WRITER.withMaxDetailLength(1048576);
    Problem p = Problem.builder().status(400).detail("é".repeat(100_000)).build();
    int[] writes = {0};
    boolean[] closed = {false};
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        sink.write(b);
        writes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        sink.write(b, off, len);
        writes[0]++;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };

    w.write(p, ProblemMediaType.JSON, out);

    assertThat(writes[0]).isGreaterThan(50);
    assertThat(closed[0]).isFalse();
    assertThat(Trees.jackson(sink.toByteArray())).containsEntry("detail", "é".repeat(100_000));
    for (ProblemMediaType type : ProblemMediaType.values()) {
      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      w.write(p, type, streamed);
      assertThat(w.toBytes(p, type)).isEqualTo(streamed.toByteArray()).isEqualTo(w.toStream(p, type).toByteArray());
    }
  }

  @ParameterizedTest
  @CsvSource({
      "GET, 200, true", "GET, 404, true", "POST, 500, true", "GET, 206, true", "GET, 599, true",
      "HEAD, 404, false", "HEAD, 200, false", "GET, 100, false", "GET, 103, false", "GET, 204, false",
      "GET, 205, false", "GET, 304, false", "DELETE, 204, false"})
  void decidesWhetherAResponseMayHaveABody(String method, int status, boolean body) {
    assertThat(ProblemWriter.hasBody(method, status)).isEqualTo(body);
  }

  @Test
  void defaultsIsOneSharedInstance() {
    assertThat(ProblemWriter.defaults()).isSameAs(ProblemWriter.defaults());
  }

  /** The default type and title of a status are written from bytes encoded once; anything else member by member. */
  @Test
  void theEncodedStartIsUsedOnlyForTheDefaultTypeAndTitle() {
    ProblemWriter w = ProblemWriter.defaults();
    assertThat(json(w, Problem.builder().status(429).build()))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429}");
    assertThat(json(w, Problem.builder().status(429).title("Slow down").build()))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Slow down\",\"status\":429}");
    assertThat(json(w, Problem.builder().type(URI.create("https://example.com/probs/rate")).status(429)
        .title("Too Many Requests").build()))
        .isEqualTo("{\"type\":\"https://example.com/probs/rate\",\"title\":\"Too Many Requests\",\"status\":429}");
    assertThat(json(w, Problem.builder().status(418).build()))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"I'm a teapot\",\"status\":418}");
    assertThat(json(w, Problem.builder().status(599).build())).isEqualTo("{\"type\":\"about:blank\",\"status\":599}");
    assertThat(json(w, Problem.builder().noStatus().title("Too Many Requests").build()))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\"}");
  }

  /** Runs longer than the stream buffer, and escapes at its edges, are cut and resumed correctly. */
  @Test
  void longPlainRunsCrossTheStreamBufferIntact() throws IOException {
    String detail = "a".repeat(5000) + "\"" + "b".repeat(3000) + "\u00e9" + "c".repeat(2047) + "\n";
    Problem p = Problem.builder().status(400).detail(detail).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProblemWriter.defaults().withMaxDetailLength(100000)
        .write(p, ProblemMediaType.JSON, out);
    String expected = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
        + "a".repeat(5000) + "\\\"" + "b".repeat(3000) + "\u00e9" + "c".repeat(2047) + "\\n\"}";
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  /** A stream that fails while an extension member is written: the write reports that very failure. */
  @Test
  void aStreamFailingInsideTheExtensionMembersIsReported() {
    Problem p = Problem.builder().status(400).extension("big", "x".repeat(10_000)).extension("after", 1).build();
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("connection reset");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> ProblemWriter.defaults().write(p, ProblemMediaType.JSON, failing))
        .isInstanceOf(IOException.class).hasMessage("connection reset");
  }

  private static String json(ProblemWriter w, Problem p) {
    return new String(w.toBytes(p, ProblemMediaType.JSON), StandardCharsets.UTF_8);
  }
}
