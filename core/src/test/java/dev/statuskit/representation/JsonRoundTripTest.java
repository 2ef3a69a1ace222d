package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Differential tests of the hand-written JSON writer: every random problem it writes is parsed by two
 * independent parsers (Jackson and Eclipse Parsson) into exactly the members and values written
 * (RFC 8259 §7, §8.1; RFC 9457 §3).
 */
class JsonRoundTripTest {

  @Property(tries = 3000)
  void jacksonAndParssonReadBackEveryMemberAndValue(
      @ForAll(supplier = Generators.Problems.class) Problem problem) throws Exception {
    byte[] json = Generators.WHOLE.toBytes(problem, ProblemMediaType.JSON);

    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)); // strict UTF-8

    Object expected = Trees.canonical(expected(problem));
    Object byJackson = Trees.canonical(Trees.jackson(json));
    Object byParsson = Trees.canonical(Trees.parsson(json));
    assertThat(byJackson).isEqualTo(expected);
    assertThat(byParsson).isEqualTo(expected);
    // Same order of members at every level, not only the same members.
    assertThat(byJackson).hasToString(expected.toString());
    assertThat(byParsson).hasToString(expected.toString());
  }

  @Property(tries = 500)
  void problemReaderRebuildsTheProblemFromTheParsedObject(
      @ForAll(supplier = Generators.Problems.class) Problem problem) {
    Problem read = ProblemReader.fromJson(Trees.jackson(Generators.WHOLE.toBytes(problem, ProblemMediaType.JSON)));

    assertThat(read.type()).isEqualTo(problem.type());
    assertThat(read.status()).isEqualTo(problem.status());
    assertThat(read.title()).isEqualTo(problem.title().map(Trees::scalars));
    assertThat(read.detail()).isEqualTo(problem.detail().map(Trees::scalars));
    assertThat(read.instance()).isEqualTo(problem.instance());
    assertThat(Trees.canonical(read.extensions())).hasToString(Trees.canonical(expectedExtensions(problem)).toString());
  }

  static Map<String, Object> expected(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", p.type().toString());
    p.title().ifPresent(t -> m.put("title", Trees.scalars(t)));
    p.status().ifPresent(s -> m.put("status", s));
    p.detail().ifPresent(d -> m.put("detail", Trees.scalars(d)));
    p.instance().ifPresent(i -> m.put("instance", i.toString()));
    m.putAll(expectedExtensions(p));
    return m;
  }

  static Map<String, Object> expectedExtensions(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    p.extensions().forEach((k, v) -> m.put(k, Trees.expectedJson(v)));
    return m;
  }
}
