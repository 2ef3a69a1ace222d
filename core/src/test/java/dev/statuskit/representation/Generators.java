package dev.statuskit.representation;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators for random problems with random extension trees. */
final class Generators {

  private Generators() {}

  /** Strings mixing ASCII, control characters, markup characters, BMP, surrogate pairs and lone surrogates. */
  static Arbitrary<String> nastyStrings(int maxPieces) {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
        Tuple.of(3, Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf)),
        Tuple.of(2, Arbitraries.of("\"", "\\", "<", ">", "&", "'", "]]>", "</script>", "\u007f", "\u0085",
            "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\r\n", "_x0041_", "xml")),
        Tuple.of(3, Arbitraries.chars().all().map(String::valueOf)), // any UTF-16 unit, lone surrogates included
        Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)),
        Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf)));
    return piece.list().ofMaxSize(maxPieces).map(l -> String.join("", l));
  }

  static Arbitrary<Object> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(b -> (Object) b),
        Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)),
            Arbitraries.integers().between(-40, 40)).as((u, s) -> (Object) new BigDecimal(u, s)),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite).map(d -> (Object) d),
        Arbitraries.integers().map(Float::intBitsToFloat).filter(Float::isFinite).map(f -> (Object) f));
  }

  static Arbitrary<Object> leaves() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, nastyStrings(12).map(s -> (Object) s)),
        Tuple.of(4, numbers()),
        Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
        Tuple.of(1, Arbitraries.just(Trees.NullValue.NULL)));
  }

  /** A JSON-native tree; {@link Trees.NullValue#NULL} stands for null (jqwik does not generate nulls here). */
  static Arbitrary<Object> tree(int depth) {
    if (depth == 0) {
      return leaves();
    }
    Arbitrary<Object> child = tree(depth - 1);
    Arbitrary<Object> list = child.list().ofMaxSize(4).map(l -> (Object) l);
    Arbitrary<Object> map = Combinators.combine(nastyStrings(6), child).as(Map::entry).list().ofMaxSize(4)
        .uniqueElements(e -> Trees.scalars(e.getKey()))
        .map(entries -> {
          Map<String, Object> m = new LinkedHashMap<>();
          entries.forEach(e -> m.put(e.getKey(), e.getValue()));
          return (Object) m;
        });
    return Arbitraries.frequencyOf(Tuple.of(5, leaves()), Tuple.of(2, list), Tuple.of(2, map));
  }

  /** Replaces the null marker by real nulls, as an application would pass them. */
  static Object withNulls(Object v) {
    return v == Trees.NullValue.NULL ? null : Trees.children(v, k -> k, Generators::withNulls);
  }

  static Arbitrary<String> extensionNames() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars('_').ofMinLength(2).ofMaxLength(10);
    return Combinators.combine(first, rest).as((c, r) -> c + r).filter(Problem::isValidExtensionName);
  }

  /** A writer with the default settings that writes the longest generated detail whole. */
  static final ProblemWriter WHOLE = ProblemWriter.defaults().withMaxDetailLength(1048576);

  /** The problems of {@link #problems()}, for {@code @ForAll(supplier = Generators.Problems.class)}. */
  static final class Problems implements ArbitrarySupplier<Problem> {
    @Override
    public Arbitrary<Problem> get() {
      return problems();
    }
  }

  /** Problems with random standard members and up to five random extension trees. */
  static Arbitrary<Problem> problems() {
    Arbitrary<Integer> status = Arbitraries.of(HttpStatus.values()).map(HttpStatus::code)
        .injectNull(0.1);
    Arbitrary<String> title = nastyStrings(20).injectNull(0.2);
    Arbitrary<String> detail = nastyStrings(40).injectNull(0.2);
    Arbitrary<String> type = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
        .map(s -> "https://example.com/probs/" + s).injectNull(0.3);
    Arbitrary<String> instance = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8)
        .map(s -> "/orders/" + s + "?x=%20&y=<z>").injectNull(0.3);
    Arbitrary<List<Map.Entry<String, Object>>> ext = Combinators.combine(extensionNames(), tree(3)).as(Map::entry)
        .list().ofMaxSize(5).uniqueElements(Map.Entry::getKey);
    return Combinators.combine(status, title, detail, type, instance, ext).as((s, t, d, ty, in, ex) -> {
      Problem.Builder b = Problem.builder().title(t).detail(d);
      if (s != null) {
        b.status(s);
      }
      if (ty != null) {
        b.type(ty);
      }
      if (in != null) {
        b.instance(java.net.URI.create(in.replace("<", "%3C").replace(">", "%3E")));
      }
      ex.forEach(e -> b.extension(e.getKey(), withNulls(e.getValue())));
      return b.build();
    });
  }
}
