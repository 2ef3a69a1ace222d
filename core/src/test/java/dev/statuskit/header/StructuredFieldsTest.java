package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.OrderedMaps;
import dev.statuskit.header.StructuredFields.Bytes;
import dev.statuskit.header.StructuredFields.Date;
import dev.statuskit.header.StructuredFields.DisplayString;
import dev.statuskit.header.StructuredFields.InnerList;
import dev.statuskit.header.StructuredFields.Item;
import dev.statuskit.header.StructuredFields.Token;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.greenbytes.http.sfv.BooleanItem;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.DecimalItem;
import org.greenbytes.http.sfv.IntegerItem;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.OuterList;
import org.greenbytes.http.sfv.Parameters;
import org.greenbytes.http.sfv.Parametrizable;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;
import org.greenbytes.http.sfv.TokenItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructuredFieldsTest {

  private static Map<String, Object> params(Object... kv) {
    return OrderedMaps.of(kv);
  }

  @Test
  void serializesEveryBareItemType() {
    List<Object> list = List.of(
        new Item(42L, params("a", true, "b", false)),
        new Item(new BigDecimal("-1.5"), params("d", new BigDecimal("2.0"))),
        new Item("say \"hi\" \\", params()),
        new Item(new Token("*foo:bar/baz"), params("x", new Token("y"))),
        new Item(new Bytes(new byte[] {1, 2, 3}), params("pk", new Bytes(new byte[0]))),
        new InnerList(List.of(new Item(1L), new Item("two", params("k", 3L))), params("l", true)),
        new InnerList(List.of(), params()),
        new Item(new Date(1_659_578_233L)),
        new Item(new DisplayString("füü \"%\""), params()));
    String text = StructuredFields.serializeList(list);
    assertThat(text).isEqualTo("42;a;b=?0, -1.5;d=2.0, \"say \\\"hi\\\" \\\\\", *foo:bar/baz;x=y, :AQID:;pk=::,"
        + " (1 \"two\";k=3);l, (), @1659578233, %\"f%c3%bc%c3%bc %22%25%22\"");
    assertThat(StructuredFields.parseList(List.of(text))).isEqualTo(list);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.0004|1.0",
      "1.0005|1.0",
      "1.0015|1.002",
      "-0.0001|0.0",
      "0.001|0.001",
      "2.09|2.09",
      "123.4560|123.456",
      "999999999999.999|999999999999.999"})
  void decimalsAreRoundedHalfEvenToThreeDigits(String in, String out) {
    assertThat(StructuredFields.serializeItem(new Item(new BigDecimal(in)))).isEqualTo(out);
  }

  @Test
  void outOfRangeValuesAreRefusedNamingTheRule() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StructuredFields.serializeItem(new Item(1_000_000_000_000_000L)))
        .withMessageContaining("1000000000000000").withMessageContaining("RFC 9651 §3.3.1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StructuredFields.serializeItem(new Item(new BigDecimal("1000000000000.0"))))
        .withMessageContaining("§3.3.2");
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.serializeItem(new Item("tab\there")))
        .withMessageContaining("\\u0009").withMessageContaining("§3.3.3");
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.serializeItem(new Item(1L, params("Q", 1L))))
        .withMessageContaining("\"Q\"").withMessageContaining("§3.1.2");
    assertThatIllegalArgumentException().isThrownBy(() -> new Token("1abc"))
        .withMessageContaining("\"1abc\"").withMessageContaining("§3.3.4");
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.serializeList(List.of()))
        .withMessageContaining("empty List");
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.serializeItem(new Item(1.5d)))
        .withMessageContaining("java.lang.Double");
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.serializeList(List.of("bare")))
        .withMessageContaining("§3.1");
  }

  @Test
  void parsingJoinsFieldLinesAndIgnoresSurroundingSpaces() {
    assertThat(StructuredFields.parseList(List.of("  \"a\";q=1", "\"b\";q=2  ")))
        .containsExactly(new Item("a", params("q", 1L)), new Item("b", params("q", 2L)));
    assertThat(StructuredFields.parseList(List.of("a ,\tb"))).containsExactly(new Item(new Token("a")), new Item(new Token("b")));
    assertThat(StructuredFields.parseList(List.of())).isEmpty();
    // A repeated parameter keeps its place and takes the last value (§4.2.3.2).
    assertThat(StructuredFields.parseItem("1;a=1;b=2;a=3")).isEqualTo(new Item(1L, params("a", 3L, "b", 2L)));
    // Byte Sequences without padding are accepted (§4.2.7).
    assertThat(StructuredFields.parseItem(":AQ:")).isEqualTo(new Item(new Bytes(new byte[] {1})));
    assertThat(StructuredFields.parseItem("-0")).isEqualTo(new Item(0L));
    assertThat(StructuredFields.parseItem("@-1")).isEqualTo(new Item(new Date(-1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "a,", "a,,b", "a b", "\"unterminated", "\"bad \\n escape\"", "\"tab\there\"", "1234567890123456",
      "1234567890123.1", "1.1234", "1.", "-", "-a", "?2", "?", ":AQ==", ":A*==:", ":A:", "(1 2", "(1,2)", "1;A=1",
      "1;=1", "1;a=", "\u00e9", "#", "%\"%zz\"", "%\"%c3\"", "%x", "%\"unterminated", "%\"\u0001\"", "@1.5", "@", "a;b=@x",
      "1.2.3"})
  void malformedValuesFailNamingTheIndex(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> {
      List<Object> parsed = StructuredFields.parseList(List.of(value));
      if (value.isEmpty()) {
        StructuredFields.parseItem(value); // an empty List is valid; an empty Item is not
      }
      assertThat(parsed).as("parsed %s", value).isNull();
    }).withMessageContaining("RFC 9651 §4.2");
  }

  @Test
  void parseItemRefusesTrailingText() {
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.parseItem("1, 2"))
        .withMessageContaining("index 1");
  }

  // ---------------------------------------------------------------- differential tests

  @Property(tries = 400)
  void independentImplementationParsesWhatWeSerialize(@ForAll("lists") List<Object> list) {
    String ours = StructuredFields.serializeList(list);
    OuterList theirs = Parser.parseList(ours);
    assertThat(theirs.serialize()).isEqualTo(ours);
    assertThat(fromTheirs(theirs)).isEqualTo(list);
  }

  @Property(tries = 400)
  void weParseWhatTheIndependentImplementationSerializes(@ForAll("lists") List<Object> list) {
    String theirs = toTheirs(list).serialize();
    assertThat(StructuredFields.parseList(List.of(theirs))).isEqualTo(list);
    assertThat(StructuredFields.serializeList(list)).isEqualTo(theirs);
  }

  @Property(tries = 300)
  void bothImplementationsAgreeOnWhichTextIsValid(@ForAll("fieldTexts") String text) {
    Object theirs;
    try {
      // An HTTP stack hands a parser the value without surrounding whitespace (RFC 9110 §5.5);
      // structured-fields 0.4 expects that, where RFC 9651 §4.2 discards leading and trailing SP itself.
      theirs = fromTheirs(Parser.parseList(text.strip()));
    } catch (IllegalArgumentException e) {
      theirs = "invalid";
    }
    Object ours;
    try {
      ours = StructuredFields.parseList(List.of(text));
    } catch (IllegalArgumentException e) {
      ours = "invalid";
    }
    // Compare the canonical forms: both sides keep a Decimal's scale as written.
    if (ours instanceof List<?> l && !l.isEmpty()) {
      ours = StructuredFields.serializeList(l);
    }
    if (theirs instanceof List<?> l && !l.isEmpty()) {
      theirs = StructuredFields.serializeList(l);
    }
    assertThat(ours).as("parsing %s", text).isEqualTo(theirs);
  }

  @Provide
  Arbitrary<String> fieldTexts() {
    // Text near the grammar: pieces of valid fields, glued at random, so both valid and invalid occur.
    // Not generated, where the independent implementation follows RFC 8941 rather than RFC 9651:
    // Dates and Display Strings (new in RFC 9651), and a blank value (RFC 9651 §4.2 parses it as
    // an empty List; structured-fields 0.4 refuses it).
    return Arbitraries.of("\"a\"", "tok", "*t", "1", "-12", "1.5", "1.2345", "?1", "?0", ":AQID:", ":A=:", ";q=1",
        ";k", ";K=1", ", ", ",", " ", "(", ")", "\"", "\\", "=", "12345678901234567", "x/y:z")
        .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<List<Object>> lists() {
    Arbitrary<Object> member = Arbitraries.oneOf(item(), innerList());
    return member.list().ofMinSize(1).ofMaxSize(5);
  }

  private static Arbitrary<Object> innerList() {
    return Combinators.combine(item().list().ofMaxSize(3), parameters())
        .as((items, params) -> new InnerList(items, params));
  }

  private static Arbitrary<Item> item() {
    return Combinators.combine(bareItem(), parameters()).as(Item::new);
  }

  private static Arbitrary<Map<String, Object>> parameters() {
    Arbitrary<String> key = Combinators.combine(
            Arbitraries.strings().withChars("abcxyz*").ofLength(1),
            Arbitraries.strings().withChars("abz09_-.*").ofMaxLength(4))
        .as(String::concat);
    return Arbitraries.maps(key, bareItem()).ofMaxSize(3).map(LinkedHashMap::new);
  }

  private static Arbitrary<Object> bareItem() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L).map(l -> (Object) l),
        // structured-fields 0.4 writes a fraction with a leading zero wrongly (0.001 as "0.1"); such
        // decimals are left out here and pinned in decimalsAreRoundedHalfEvenToThreeDigits.
        Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
            .filter(l -> Math.abs(l % 1000) == 0 || Math.abs(l % 1000) >= 100)
            .map(l -> (Object) BigDecimal.valueOf(l, 3).stripTrailingZeros().setScale(
                Math.max(1, BigDecimal.valueOf(l, 3).stripTrailingZeros().scale()))),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12).map(s -> (Object) s),
        Combinators.combine(Arbitraries.strings().withChars("abcXYZ*").ofLength(1),
            Arbitraries.strings().withChars("az09!#$%&'*+-.^_`|~:/").ofMaxLength(6)).as((a, b) -> (Object) new Token(a + b)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(9).map(b -> (Object) new Bytes(b)),
        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b));
  }

  /** Our model in the independent implementation's model. */
  private static OuterList toTheirs(List<Object> list) {
    List<ListElement<? extends Object>> members = new ArrayList<>();
    for (Object m : list) {
      if (m instanceof InnerList il) {
        List<org.greenbytes.http.sfv.Item<? extends Object>> items = new ArrayList<>();
        for (Item i : il.items()) {
          items.add(theirItem(i));
        }
        members.add(org.greenbytes.http.sfv.InnerList.valueOf(items).withParams(theirParams(il.params())));
      } else {
        members.add(theirItem((Item) m));
      }
    }
    return OuterList.valueOf(members);
  }

  private static org.greenbytes.http.sfv.Item<? extends Object> theirItem(Item i) {
    return theirBare(i.value()).withParams(theirParams(i.params()));
  }

  private static Parameters theirParams(Map<String, Object> params) {
    Map<String, Object> m = new LinkedHashMap<>();
    params.forEach((k, v) -> m.put(k, theirBare(v)));
    return Parameters.valueOf(m);
  }

  private static org.greenbytes.http.sfv.Item<? extends Object> theirBare(Object v) {
    if (v instanceof Long l) {
      return IntegerItem.valueOf(l);
    }
    if (v instanceof BigDecimal d) {
      return DecimalItem.valueOf(d);
    }
    if (v instanceof String s) {
      return StringItem.valueOf(s);
    }
    if (v instanceof Token t) {
      return TokenItem.valueOf(t.value());
    }
    if (v instanceof Bytes b) {
      return ByteSequenceItem.valueOf(b.value());
    }
    return BooleanItem.valueOf((Boolean) v);
  }

  /** The independent implementation's model in ours; its own failures become ours. */
  private static List<Object> fromTheirs(OuterList list) {
    List<Object> out = new ArrayList<>();
    for (ListElement<? extends Object> e : list.get()) {
      if (e instanceof org.greenbytes.http.sfv.InnerList il) {
        List<Item> items = new ArrayList<>();
        for (org.greenbytes.http.sfv.Item<? extends Object> i : il.get()) {
          items.add(ourItem(i));
        }
        out.add(new InnerList(items, ourParams(il.getParams())));
      } else {
        out.add(ourItem((org.greenbytes.http.sfv.Item<? extends Object>) e));
      }
    }
    return out;
  }

  private static Item ourItem(Parametrizable<? extends Object> i) {
    return new Item(ourBare(i), ourParams(i.getParams()));
  }

  private static Map<String, Object> ourParams(Parameters params) {
    Map<String, Object> m = new LinkedHashMap<>();
    params.forEach((k, v) -> m.put(k, ourBare(v)));
    return m;
  }

  private static Object ourBare(Object v) {
    if (v instanceof TokenItem t) {
      return new Token(t.get());
    }
    if (v instanceof ByteSequenceItem b) {
      ByteBuffer buf = b.get();
      byte[] bytes = new byte[buf.remaining()];
      buf.get(bytes);
      return new Bytes(bytes);
    }
    if (v instanceof DecimalItem d) {
      BigDecimal x = d.get().stripTrailingZeros();
      return x.setScale(Math.max(1, x.scale()));
    }
    return ((org.greenbytes.http.sfv.Type<?>) v).get();
  }
}
