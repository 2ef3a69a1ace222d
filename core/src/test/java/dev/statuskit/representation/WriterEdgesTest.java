package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.LogRecords;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ExtensionValueWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** The writers at the edges of their rules: character ranges, name encoding, numbers, and failing streams. */
class WriterEdgesTest {

  private static final ProblemWriter WRITER = ProblemWriter.defaults();

  private static String write(Problem p, ProblemMediaType type) {
    return new String(WRITER.toBytes(p, type), StandardCharsets.UTF_8);
  }

  private static String member(Object value) {
    String json = write(Problem.builder().extension("value", value).build(), ProblemMediaType.JSON);
    return json.substring("{\"type\":\"about:blank\",\"value\":".length(), json.length() - 1);
  }

  @Test
  void textKeepsPrintableCharactersAndRemovesEachControlRangeAtItsEdges() {
    Problem p = Problem.builder().detail("[\u001f][ ][~][\u007f][\u0080][\u009f][\u00a0][\t][\n][\r]").build();

    assertThat(write(p, ProblemMediaType.TEXT)).isEqualTo("Problem\n\n[][ ][~][][][][\u00a0][\t][\n][]\n\n"
        + "type: about:blank\n");
  }

  @Test
  void textWritesTheHeadingOfAStatusWithoutTitle() throws IOException {
    Utf8Sink s = new Utf8Sink(16);
    TextFormat.write(new PreparedProblem("https://api.example/p", null, 429, null, "/i", Map.of(), null), s);

    assertThat(new String(s.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo("429\n\ntype: https://api.example/p\ninstance: /i\n");
  }

  @Test
  void xmlKeepsTheCharactersXml10AllowsAtTheEdgesOfEachRange() {
    Problem p = Problem.builder().detail("[\u0008][\t][\n][\u000b][\u000e][ ][\ud7ff][\ue000][\ufffd][\ufffe]").build();

    assertThat(write(p, ProblemMediaType.XML)).contains("<detail>[][\t][\n][][][ ][\ud7ff][\ue000][\ufffd][]</detail>");
  }

  @Test
  void namesAboveTheBasicPlaneTakeEightDigitsAndTheLastCharOfThePlaneFour() {
    assertThat(XmlNames.encode("a\uffff")).isEqualTo("a_xFFFF_");
    assertThat(XmlNames.encode("a\ud800\udc00")).isEqualTo("a_x00010000_");
    assertThat(XmlNames.encode("x")).isEqualTo("x");
    assertThat(XmlNames.encode("xm")).isEqualTo("xm");
    assertThat(XmlNames.encode("Xm1")).isEqualTo("Xm1");
    assertThat(XmlNames.encode("_a-9.")).isEqualTo("_a-9.");
    assertThat(XmlNames.encode("a_")).isEqualTo("a_");
    assertThat(XmlNames.encode("ab")).isEqualTo("ab");
    assertThat(XmlNames.encode("i1")).isEqualTo("i1");
    assertThat(XmlNames.encode("a/b_x")).isEqualTo("a_x002F_b_x005F_x");
    assertThat(XmlNames.encode("9")).isEqualTo("_x0039_");
    assertThat(XmlNames.encode("-")).isEqualTo("_x002D_");
    assertThat(XmlNames.encode("a\u00e9")).isEqualTo("a_x00E9_");
    assertThat(XmlNames.encode("a09/")).isEqualTo("a09_x002F_");
  }

  @Test
  void decodingLeavesWhatIsNotAWholeEscapeAsItIs() {
    assertThat(XmlNames.decode("a_x0041")).isEqualTo("a_x0041"); // no closing '_'
    assertThat(XmlNames.decode("_x0041_b")).isEqualTo("Ab");
    assertThat(XmlNames.decode("_x00010000_")).isEqualTo("\ud800\udc00");
    assertThat(XmlNames.decode("_x00110000_")).isEqualTo("_x00110000_"); // beyond U+10FFFF
    assertThat(XmlNames.decode("_x0001000_")).isEqualTo("_x0001000_"); // seven digits
    assertThat(XmlNames.decode("_x004G_")).isEqualTo("_x004G_");
    assertThat(XmlNames.decode("_x\uff10\uff10\uff14\uff11_")).isEqualTo("_x\uff10\uff10\uff14\uff11_"); // fullwidth
    assertThat(XmlNames.decode("_x_y")).isEqualTo("_x_y");
    assertThat(XmlNames.decode("a_x0041__x0042_")).isEqualTo("aAB");
    assertThat(XmlNames.decode("_x00000000_")).isEqualTo("\u0000"); // the lowest code point, in eight digits
  }

  @Test
  void aBlockedByLinkIsFoundAmongRelationsParametersAndQuotedCommas() {
    List<String> lines = List.of("<https://a.example/1>; rel=\"next blocked-by\"",
        "<https://a.example/2>; title=\"x, \\\"y\\\"\"; REL=BLOCKED-BY, <https://a.example/3>; rel=\"",
        "<https://a.example/4>; rel = \"blocked-by\" , <broken; rel=blocked-by", "no target; rel=blocked-by",
        "<https://a.example/5>;rel=\"blocked-byx\";x=\"a;rel=blocked-by\"", "<https://a.example/6>;=blocked-by");

    assertThat(HtmlFormat.linkTargets(lines, "blocked-by"))
        .containsExactly("https://a.example/1", "https://a.example/2", "https://a.example/4");
  }

  @Test
  void numbersOfTheConcurrentAndCustomKindsAreWrittenByValue() {
    LongAccumulator max = new LongAccumulator(Math::max, 0);
    max.accumulate(42);
    DoubleAdder half = new DoubleAdder();
    half.add(0.5);
    DoubleAccumulator infinite = new DoubleAccumulator(Double::sum, Double.POSITIVE_INFINITY);
    LongAdder adder = new LongAdder();
    adder.add(-3);

    assertThat(member(List.of(new AtomicInteger(5), adder, max, half, infinite)))
        .isEqualTo("[5,-3,42,0.5,\"Infinity\"]");
    assertThat(member(new Decimal("12.50"))).isEqualTo("12.50");
    assertThat(member(new Decimal("twelve"))).isEqualTo("12.5");
    assertThat(member(List.of(OptionalLong.of(9), OptionalLong.empty(), OptionalDouble.of(0.25),
        OptionalDouble.of(Double.NaN), OptionalDouble.empty()))).isEqualTo("[9,null,0.25,\"NaN\",null]");
    assertThat(member(List.of(Float.NaN, 2.5f))).isEqualTo("[\"NaN\",2.5]");
  }

  /** A number type StatusKit does not know: read by its string form, else by its double value. */
  static final class Decimal extends Number {
    private static final long serialVersionUID = 1L;
    private final String text;

    Decimal(String text) {
      this.text = text;
    }

    @Override
    public int intValue() {
      return 12;
    }

    @Override
    public long longValue() {
      return 12;
    }

    @Override
    public float floatValue() {
      return 12.5f;
    }

    @Override
    public double doubleValue() {
      return 12.5;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void anIterableThatIsNoCollectionIsAnArrayAndAMapKeyCanBeANumberOrUuid() {
    Iterable<String> letters = () -> List.of("a", "b").iterator();
    Map<Object, Object> keys = new java.util.LinkedHashMap<>();
    keys.put(new BigDecimal("1.50"), 1);
    keys.put(java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), 2);
    keys.put(java.net.URI.create("urn:a"), 3);
    keys.put(new StringBuilder("sb"), 4);

    assertThat(member(letters)).isEqualTo("[\"a\",\"b\"]");
    assertThat(member(keys)).isEqualTo("{\"1.50\":1,\"123e4567-e89b-12d3-a456-426614174000\":2,\"urn:a\":3,\"sb\":4}");
    Iterable<Object> failing = () -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < 2;
      }

      @Override
      public Object next() {
        return i++ == 0 ? "ok" : new Object();
      }
    };
    assertThatIllegalArgumentException().isThrownBy(() -> member(failing))
        .withMessageStartingWith("extension member \"value\"[1] cannot be written: no way to write a value of type"
            + " java.lang.Object");
  }

  @Test
  void theWholePathOfAnUnwritableValueIsNamed() {
    Object[] array = {"a", new Object[] {1, new Object()}};

    assertThatIllegalArgumentException().isThrownBy(() -> member(Map.of("k", array)))
        .withMessageStartingWith("extension member \"value\".k[1][1] cannot be written");
  }

  @Test
  void languageTagsOfUpToEightLettersAndDigitSubtagsAreSaidInXml() {
    for (String tag : List.of("de", "abcdefgh", "de-CH-1996", "de-12345678", "sr-Latn-RS", "x-a", "Az-zZ-09")) {
      assertThat(new String(WRITER.toBytes(Problem.of(404), ProblemMediaType.XML,
          HeaderFields.builder().add("Content-Language", tag).build()), StandardCharsets.UTF_8)).as(tag)
          .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\" xml:lang=\""
              + tag + "\"><type>about:blank</type><title>Not Found</title><status>404</status>");
    }
    for (String tag : List.of("de-123456789", "de-", "-de", "d1", "d@", "d[", "d`", "d{", "de-/", "de-:")) {
      assertThatIllegalArgumentException().as(tag).isThrownBy(() -> WRITER.toBytes(Problem.of(404),
          ProblemMediaType.XML, HeaderFields.builder().add("Content-Language", tag).build()))
          .withMessageContaining("is not one language tag");
    }
    assertThat(write(Problem.of(404), ProblemMediaType.XML)).doesNotContain("xml:lang");
  }

  /** A type only a value writer knows. */
  static final class Token {}

  /** Fails at the first and third conversion: the member passes the check alone, so the rest fails too. */
  private static final class Flaky implements ExtensionValueWriter {
    int calls;

    @Override
    public boolean accepts(Class<?> type) {
      return type == Token.class;
    }

    @Override
    public Object toJsonValue(Object value) {
      if (++calls % 2 == 1) {
        throw new IllegalStateException("call " + calls);
      }
      return "converted";
    }
  }

  @Test
  void whenEvenTheRestCannotBeWrittenTheMinimalProblemIs() {
    Problem p = Problem.builder().type("https://api.example/p").title("T").status(500).detail("secret")
        .instance("urn:x:1").extension("odd", new Token()).build();

    String json = new String(WRITER.withValueWriter(new Flaky()).toBytesLeavingOutUnwritable(p, ProblemMediaType.JSON),
        StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\"type\":\"https://api.example/p\",\"title\":\"T\",\"status\":500,"
        + "\"instance\":\"urn:x:1\"}");
  }

  @Test
  void aStreamThatFailsIsNotWrittenToAgain() {
    Problem p = Problem.builder().status(400).extension("aaa", "x".repeat(3000)).extension("bbb", "y".repeat(3000))
        .extension("ccc", List.of("z".repeat(3000))).build();
    int[] writes = {0};
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        writes[0]++;
        throw new IOException("reset");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        writes[0]++;
        throw new IOException("reset");
      }
    };

    assertThatThrownBy(() -> WRITER.write(p, ProblemMediaType.JSON, failing)).isInstanceOf(IOException.class)
        .hasMessage("reset");
    assertThat(writes[0]).isEqualTo(1);
  }

  @Test
  void jsonEscapesOnlyBelowU0020AndEncodesEverythingFromU0080AsUtf8() {
    byte[] json = WRITER.toBytes(Problem.builder().detail("\u001f\u007f\u0080\u07ff").build(), ProblemMediaType.JSON);

    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"detail\":\"\\u001f\u007f\u0080\u07ff\"}");
    assertThat(json).containsSequence((byte) 0x7F, (byte) 0xC2, (byte) 0x80, (byte) 0xDF, (byte) 0xBF);
  }

  @Test
  void namesOfTheFirstAndLastLettersArePlain() {
    assertThat(XmlNames.encode("zZA")).isEqualTo("zZA");
    assertThat(XmlNames.encode("Az_z")).isEqualTo("Az_z");
    assertThat(XmlNames.encode("a@[`{")).isEqualTo("a_x0040__x005B__x0060__x007B_");
  }

  @Test
  void aLabelOfOnlySeparatorsIsTheNameItself() {
    assertThat(HtmlFormat.words("_-_")).isEqualTo("_-_");
    assertThat(HtmlFormat.words("-a")).isEqualTo("A");
  }

  @Test
  void aTargetEndingInAQuoteDoesNotHideTheNextLink() {
    assertThat(HtmlFormat.linkTargets(List.of("<https://a.example/\">; rel=blocked-by, <https://b.example/>;"
        + " rel=blocked-by"), "blocked-by")).containsExactly("https://a.example/\"", "https://b.example/");
  }

  /** Nests {@code depth} containers of one kind around a string. */
  private static Object nest(int depth, java.util.function.UnaryOperator<Object> container) {
    Object v = "leaf";
    for (int i = 0; i < depth; i++) {
      v = container.apply(v);
    }
    return v;
  }

  public record Box(Object inside) {}

  /** A type only a value writer knows, converted to what it wraps. */
  static final class Wrapped {
    Object inside;

    Wrapped(Object inside) {
      this.inside = inside;
    }
  }

  private static final ExtensionValueWriter UNWRAP = new ExtensionValueWriter() {
    @Override
    public boolean accepts(Class<?> type) {
      return type == Wrapped.class;
    }

    @Override
    public Object toJsonValue(Object value) {
      return ((Wrapped) value).inside;
    }
  };

  @Test
  void everyKindOfContainerCountsTowardsTheNestingLimit() {
    List<java.util.function.UnaryOperator<Object>> kinds = List.of(v -> Map.of("k", v), v -> new Object[] {v},
        Box::new, Wrapped::new);
    ProblemWriter w = WRITER.withValueWriter(UNWRAP);
    for (java.util.function.UnaryOperator<Object> kind : kinds) {
      Problem fits = Problem.builder().extension("value", nest(ExtensionValues.MAX_DEPTH, kind)).build();
      Problem deeper = Problem.builder().extension("value", nest(ExtensionValues.MAX_DEPTH + 1, kind)).build();

      assertThat(new String(w.toBytes(fits, ProblemMediaType.JSON), StandardCharsets.UTF_8)).contains("\"leaf\"");
      assertThatIllegalArgumentException().isThrownBy(() -> w.toBytes(deeper, ProblemMediaType.JSON))
          .withMessageContaining("values nest deeper than 32 levels");
    }
  }

  @Test
  void theSameContainerOfAnyKindTwiceIsNoCycle() {
    Map<String, Object> map = Map.of("k", 1);
    Object[] array = {2};
    Box box = new Box(3);
    Wrapped wrapped = new Wrapped(4);
    ProblemWriter w = WRITER.withValueWriter(UNWRAP);
    Problem p = Problem.builder().extension("value", List.of(map, map, array, array, box, box, wrapped, wrapped))
        .build();

    assertThat(new String(w.toBytes(p, ProblemMediaType.JSON), StandardCharsets.UTF_8)).isEqualTo(
        "{\"type\":\"about:blank\",\"value\":[{\"k\":1},{\"k\":1},[2],[2],{\"inside\":3},{\"inside\":3},4,4]}");
  }

  @Test
  void anArrayOrAConvertedValueThatContainsItselfIsRefused() {
    Object[] array = new Object[1];
    array[0] = array;
    Wrapped loop = new Wrapped(null);
    loop.inside = loop; // converted to itself
    ProblemWriter w = WRITER.withValueWriter(UNWRAP);

    assertThatIllegalArgumentException().isThrownBy(() -> member(array))
        .withMessageStartingWith("extension member \"value\"[0] cannot be written: it contains itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> w.toBytes(Problem.builder().extension("value", loop).build(), ProblemMediaType.JSON))
        .withMessageContaining("it contains itself");
  }

  @Test
  void aNullMapKeyIsNamedAsSuch() {
    Map<Object, Object> m = new java.util.HashMap<>();
    m.put(null, 1);

    assertThatIllegalArgumentException().isThrownBy(() -> member(m))
        .withMessageEndingWith("map keys must be strings (or characters, numbers, enums, UUIDs, URIs), not null");
  }

  @Test
  void leavingOutAMemberIsLoggedWithItsName() throws Exception {
    List<String> records = LogRecords.during(java.util.logging.Level.ALL, () -> WRITER.toBytesLeavingOutUnwritable(
        Problem.builder().status(409).extension("alien", new Object()).extension("fine", 1).build(),
        ProblemMediaType.JSON));

    assertThat(records).containsExactly("WARNING StatusKit left out extension members [alien] of a problem with"
        + " status OptionalInt[409]: they cannot be written");
  }

  /** Only the default type with the status's own phrase is written from the bytes encoded once. */
  @Test
  void xmlWritesAProblemTypeWithThePhraseAsTitleMemberByMember() {
    Problem p = Problem.builder().type("https://api.example/slow").title("Too Many Requests").status(429).build();

    assertThat(write(p, ProblemMediaType.XML)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<problem xmlns=\"urn:ietf:rfc:7807\"><type>https://api.example/slow</type><title>Too Many Requests</title>"
        + "<status>429</status></problem>\n");
  }
}
