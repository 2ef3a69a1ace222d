package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.header.RateLimitPolicy.QuotaUnit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.IntegerItem;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.OuterList;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RateLimit} and {@link RateLimitPolicy}: the draft's examples, validation, round trips. */
class RateLimitTest {

  @Test
  void writesTheDraftsExamples() {
    RateLimitPolicy burst = RateLimitPolicy.of("burst", 100).window(Duration.ofSeconds(60));
    RateLimitPolicy daily = RateLimitPolicy.of("daily", 1000).window(Duration.ofDays(1));
    assertThat(RateLimitPolicy.fieldValue(List.of(burst, daily))).isEqualTo("\"burst\";q=100;w=60, \"daily\";q=1000;w=86400");
    assertThat(RateLimit.fieldValue(List.of(RateLimit.of("default", 50).reset(Duration.ofSeconds(30)))))
        .isEqualTo("\"default\";r=50;t=30");
    assertThat(RateLimitPolicy.of("peruser", 65535).unit(QuotaUnit.CONTENT_BYTES).window(Duration.ofSeconds(10))
        .partitionKey(new byte[] {(byte) 0xb1, (byte) 0xd7, 0x63, 0x25, 0x0e, 0x54, 0x39, 0x4f}).item())
        .isEqualTo("\"peruser\";q=65535;qu=\"content-bytes\";w=10;pk=:sddjJQ5UOU8=:");
    assertThat(RateLimit.of("default", 999).partitionKey("trial121323".getBytes(StandardCharsets.US_ASCII)).item())
        .isEqualTo("\"default\";r=999;pk=:dHJpYWwxMjEzMjM=:");
    // The default unit is not sent.
    assertThat(RateLimitPolicy.of("p", 1).unit(QuotaUnit.REQUESTS).item()).isEqualTo("\"p\";q=1");
  }

  @Test
  void readsTheDraftsExamplesSplitOverFieldLines() {
    List<RateLimitPolicy> policies = RateLimitPolicy.parse(List.of("\"permin\";q=50;w=60", "\"perhr\";q=1000;w=3600"));
    assertThat(policies).extracting(RateLimitPolicy::name).containsExactly("permin", "perhr");
    assertThat(policies.get(1).quota()).isEqualTo(1000);
    assertThat(policies.get(1).window()).hasValue(Duration.ofHours(1));
    assertThat(policies.get(1).unit()).isEqualTo(QuotaUnit.REQUESTS);
    assertThat(policies.get(1).partitionKey()).isEmpty();

    RateLimitPolicy pk = RateLimitPolicy.parse(List.of("\"peruser\";q=65535;qu=\"content-bytes\";w=10;pk=:sdfjLJUOUH==:;acme-x=1")).get(0);
    assertThat(pk.unit()).isEqualTo(QuotaUnit.CONTENT_BYTES);
    assertThat(pk.partitionKey()).isPresent();

    List<RateLimit> limits = RateLimit.parse(List.of("\"default\";r=50;t=30, \"daily\";r=0"));
    assertThat(limits.get(0).remaining()).isEqualTo(50);
    assertThat(limits.get(0).reset()).hasValue(Duration.ofSeconds(30));
    assertThat(limits.get(0).exhausted()).isFalse();
    assertThat(limits.get(1).reset()).isEmpty();
    assertThat(limits.get(1).exhausted()).isTrue();
    assertThat(limits.get(1).partitionKey()).isEmpty();
    assertThat(RateLimit.parse(List.of())).isEmpty();
  }

  @Test
  void invalidValuesAreRefusedNamingTheValueAndTheRule() {
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.of("day", -1))
        .withMessageContaining("-1").withMessageContaining("non-negative").withMessageContaining(RateLimit.DRAFT);
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.of("day", 1_000_000_000_000_000L))
        .withMessageContaining("RFC 9651 §3.3.1");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.of("caf\u00e9", 1))
        .withMessageContaining("\"caf\\u00E9\"").withMessageContaining("RFC 9651 §3.3.3");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.of("a\r\nX-Injected: 1", 1))
        .withMessageContaining("\\u000D").withMessageContaining("printable ASCII");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.of("d", 1).window(Duration.ZERO))
        .withMessageContaining("PT0S").withMessageContaining("non-zero");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.of("d", 1).window(Duration.ofMillis(1500)))
        .withMessageContaining("PT1.5S").withMessageContaining("sub-second");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.of("d", -3))
        .withMessageContaining("remaining (r) -3");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.of("d", 1).reset(Duration.ofSeconds(-1)))
        .withMessageContaining("reset (t) PT-1S").withMessageContaining("non-negative");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.fieldValue(List.of()))
        .withMessageContaining("non-empty List");
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.fieldValue(List.of()))
        .withMessageContaining("give a limit");
  }

  @Test
  void resetRoundsUpSoThatAClientNeverComesBackEarly() {
    assertThat(RateLimit.of("d", 0).reset(Duration.ofMillis(1)).item()).isEqualTo("\"d\";r=0;t=1");
    assertThat(RateLimit.of("d", 0).reset(Duration.ZERO).item()).isEqualTo("\"d\";r=0;t=0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "default;r=1", "\"d\";t=1", "\"d\";r=-1", "\"d\";r=1.5", "\"d\";r=\"1\"", "(\"d\");r=1", "\"d\";r=1;t=1.0",
      "\"d\";r=1;t=-2", "\"d\";r=1;pk=\"x\"", "\"d\";r=1,"})
  void malformedRateLimitIsRefused(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parse(List.of(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "\"d\"", "\"d\";q=1;qu=\"bytes\"", "\"d\";q=1;qu=requests", "\"d\";q=1;w=0", "\"d\";q=1;w=\"60\"",
      "d;q=1", "\"d\";q=1;pk=1"})
  void malformedRateLimitPolicyIsRefused(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.parse(List.of(value)));
  }

  @Test
  void valuesCompareByWhatTheySend() {
    assertThat(RateLimit.of("a", 1).reset(Duration.ofMillis(300))).isEqualTo(RateLimit.of("a", 1).reset(Duration.ofSeconds(1)))
        .hasSameHashCodeAs(RateLimit.of("a", 1).reset(Duration.ofSeconds(1))).hasToString("\"a\";r=1;t=1");
    assertThat(RateLimitPolicy.of("a", 1)).isEqualTo(RateLimitPolicy.of("a", 1).unit(QuotaUnit.REQUESTS))
        .hasSameHashCodeAs(RateLimitPolicy.of("a", 1)).hasToString("\"a\";q=1").isNotEqualTo(RateLimitPolicy.of("a", 2));
    assertThat(QuotaUnit.CONCURRENT_REQUESTS.registeredName()).isEqualTo("concurrent-requests");
  }

  @Test
  void partitionKeysAreCopied() {
    byte[] key = {1, 2};
    RateLimit limit = RateLimit.of("a", 1).partitionKey(key);
    key[0] = 9;
    limit.partitionKey().orElseThrow()[1] = 9;
    assertThat(limit.partitionKey()).hasValueSatisfying(k -> assertThat(k).containsExactly(1, 2));
  }

  // ---------------------------------------------------------------- round trips and the differential test

  @Property(tries = 300)
  void policiesRoundTripAndAnIndependentParserReadsTheSameValues(@ForAll("policies") List<RateLimitPolicy> policies) {
    String value = RateLimitPolicy.fieldValue(policies);
    assertThat(RateLimitPolicy.parse(List.of(value))).isEqualTo(policies);
    OuterList theirs = Parser.parseList(value);
    assertThat(theirs.get()).hasSameSizeAs(policies);
    for (int i = 0; i < policies.size(); i++) {
      ListElement<?> e = theirs.get().get(i);
      RateLimitPolicy p = policies.get(i);
      assertThat(e).isInstanceOf(StringItem.class);
      assertThat(e.get()).isEqualTo(p.name());
      var params = ((StringItem) e).getParams();
      assertThat(((IntegerItem) params.get("q")).get()).isEqualTo(p.quota());
      assertThat(params.containsKey("w")).isEqualTo(p.window().isPresent());
      p.window().ifPresent(w -> assertThat(((IntegerItem) params.get("w")).get()).isEqualTo(w.getSeconds()));
      p.partitionKey().ifPresent(k -> assertThat(((ByteSequenceItem) params.get("pk")).get().array()).isEqualTo(k));
    }
  }

  @Property(tries = 300)
  void limitsRoundTripAndAnIndependentParserReadsTheSameValues(@ForAll("limits") List<RateLimit> limits) {
    String value = RateLimit.fieldValue(limits);
    assertThat(RateLimit.parse(List.of(value))).isEqualTo(limits);
    // Split over several field lines, as an intermediary may send them.
    List<String> lines = limits.stream().map(RateLimit::item).toList();
    assertThat(RateLimit.parse(lines)).isEqualTo(limits);
    OuterList theirs = Parser.parseList(value);
    for (int i = 0; i < limits.size(); i++) {
      StringItem e = (StringItem) theirs.get().get(i);
      RateLimit l = limits.get(i);
      assertThat(e.get()).isEqualTo(l.policy());
      assertThat(((IntegerItem) e.getParams().get("r")).get()).isEqualTo(l.remaining());
      l.reset().ifPresent(t -> assertThat(((IntegerItem) e.getParams().get("t")).get()).isEqualTo(t.getSeconds()));
    }
  }

  @Provide
  Arbitrary<List<RateLimitPolicy>> policies() {
    Arbitrary<RateLimitPolicy> policy = Combinators.combine(
        names(), Arbitraries.longs().between(0, 999_999_999_999_999L), Arbitraries.of(QuotaUnit.class),
        Arbitraries.longs().between(0, 999_999_999_999_999L), Arbitraries.bytes().array(byte[].class).ofMaxSize(12).injectNull(0.5))
        .as((name, q, unit, w, pk) -> {
          RateLimitPolicy p = RateLimitPolicy.of(name, q).unit(unit);
          if (w > 0) {
            p = p.window(Duration.ofSeconds(w));
          }
          return pk == null ? p : p.partitionKey(pk);
        });
    return policy.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<RateLimit>> limits() {
    Arbitrary<RateLimit> limit = Combinators.combine(
        names(), Arbitraries.longs().between(0, 999_999_999_999_999L), Arbitraries.longs().between(-1, 999_999_999_999_999L),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(12).injectNull(0.5))
        .as((name, r, t, pk) -> {
          RateLimit l = RateLimit.of(name, r);
          if (t >= 0) {
            l = l.reset(Duration.ofSeconds(t));
          }
          return pk == null ? l : l.partitionKey(pk);
        });
    return limit.list().ofMinSize(1).ofMaxSize(4);
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(16);
  }
}
