package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderValuesTest {

  private static final Instant DAY = Instant.parse("2026-01-01T00:00:00Z");

  /** A value, one built otherwise that is sent the same, one sent otherwise, and the wire form. */
  static Stream<Arguments> sentTheSame() {
    Deprecation deprecation = Deprecation.at(DAY);
    return Stream.of(
        arguments(RetryAfter.delay(Duration.ofSeconds(30)), RetryAfter.parse("30"), RetryAfter.parse("31"), "30"),
        arguments(ContentRange.bytes(0, 9, 10), ContentRange.bytes(0, 9, 10), ContentRange.unsatisfied(10),
            "bytes 0-9/10"),
        arguments(Protocol.parse("HTTP/2.0"), Protocol.of("HTTP", "2.0"), Protocol.of("HTTP", "3.0"), "HTTP/2.0"),
        arguments(Challenge.bearer("api"), Challenge.bearer("api"), Challenge.basic("api"), "Bearer realm=\"api\""),
        arguments(deprecation, Deprecation.at(DAY), Deprecation.at(DAY.plusSeconds(1)),
            deprecation.headerFields().toString()));
  }

  @ParameterizedTest
  @MethodSource("sentTheSame")
  void headerValuesAreEqualWhenSentTheSameAndPrintAsSent(Object value, Object same, Object other, String wire) {
    assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).hasToString(wire).isNotEqualTo(other);
    assertThat(same).isEqualTo(value);
    assertThat(value.equals(null)).isFalse();
  }

  @Test
  void headerValuesOfTwoClassesAreNeverEqualEvenWhenSentTheSame() {
    RetryAfter retryAfter = RetryAfter.parse("30");
    Protocol protocol = Protocol.parse("30");

    assertThat(retryAfter).hasToString("30");
    assertThat(protocol).hasToString("30");
    assertThat(retryAfter.equals(protocol)).isFalse();
    assertThat(protocol.equals(retryAfter)).isFalse();
  }

  @Test
  void unsatisfiedContentRangeStatesTheCompleteLength() {
    assertThat(ContentRange.unsatisfied(47022).value()).isEqualTo("bytes */47022").matches("^bytes \\*/[0-9]+$");
    assertThat(ContentRange.unsatisfied("items", 3).value()).isEqualTo("items */3");
    assertThat(ContentRange.unsatisfied(5).isUnsatisfied()).isTrue();
  }

  @Test
  void satisfiedContentRangeIsValidated() {
    assertThat(ContentRange.bytes(21010, 47021, 47022).value()).isEqualTo("bytes 21010-47021/47022");
    assertThat(ContentRange.bytes(0, 9, -1).value()).isEqualTo("bytes 0-9/*");
    assertThatIllegalArgumentException().isThrownBy(() -> ContentRange.bytes(10, 9, 100)).withMessageContaining("first-pos");
    assertThatIllegalArgumentException().isThrownBy(() -> ContentRange.bytes(0, 100, 100)).withMessageContaining("complete-length");
  }

  @Test
  void protocolsAreTokens() {
    assertThat(Protocol.of("HTTP", "3.0").value()).isEqualTo("HTTP/3.0");
    assertThat(Protocol.parse("websocket").version()).isEmpty();
    assertThat(Protocol.parse("HTTP/2.0")).isEqualTo(Protocol.of("HTTP", "2.0"));
    assertThatIllegalArgumentException().isThrownBy(() -> Protocol.of("HTTP 2")).withMessageContaining("protocol-name");
    assertThatIllegalArgumentException().isThrownBy(() -> Protocol.of("HTTP", "2/0")).withMessageContaining("protocol-version");
  }

  @Test
  void entityTagsAreQuotedAndChecked() {
    assertThat(EntityTag.strong("v1").value()).isEqualTo("\"v1\"");
    assertThat(EntityTag.weak("v1").value()).isEqualTo("W/\"v1\"");
    assertThat(EntityTag.parse("W/\"abc\"")).isEqualTo(EntityTag.weak("abc"));
    assertThatIllegalArgumentException().isThrownBy(() -> EntityTag.strong("a\"b")).withMessageContaining("RFC 9110 §8.8.3");
    assertThatIllegalArgumentException().isThrownBy(() -> EntityTag.strong("a b")).withMessageContaining("U+0020");
    assertThatIllegalArgumentException().isThrownBy(() -> EntityTag.parse("abc")).withMessageContaining("malformed");
  }

  @Test
  void headerFieldsCompareNamesCaseInsensitivelyAndKeepOrder() {
    HeaderFields h = HeaderFields.builder().add("WWW-Authenticate", "Basic realm=\"a\"").add("www-authenticate", "Bearer")
        .add("Allow", "GET").build();
    assertThat(h.names()).containsExactly("WWW-Authenticate", "Allow");
    assertThat(h.all("WWW-AUTHENTICATE")).containsExactly("Basic realm=\"a\"", "Bearer");
    assertThat(h.first("allow")).hasValue("GET");
    assertThat(h.toBuilder().set("ALLOW", "PUT").build().all("Allow")).containsExactly("PUT");
    assertThat(h.toBuilder().remove("allow").build().contains("Allow")).isFalse();
    assertThat(h).isEqualTo(HeaderFields.builder().add("www-authenticate", "Basic realm=\"a\"")
        .add("WWW-Authenticate", "Bearer").add("ALLOW", "GET").build());
    List<String> seen = new java.util.ArrayList<>();
    h.forEach((n, v) -> seen.add(n + ": " + v));
    assertThat(seen).containsExactly("WWW-Authenticate: Basic realm=\"a\"", "WWW-Authenticate: Bearer", "Allow: GET");
    assertThat(HeaderFields.empty().isEmpty()).isTrue();
  }

  @Test
  void headerFieldsValidateEveryNameAndValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.builder().add("Bad Name", "x"))
        .withMessageContaining("header field name");
    assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.builder().add("X", "a\nb"))
        .withMessageContaining("X value");
  }

  @Test
  void withSetsOneFieldInPlaceOrLastAndLeavesTheOriginalAlone() {
    HeaderFields h = HeaderFields.builder().add("Allow", "GET").add("Vary", "Accept").add("vary", "Origin").build();
    HeaderFields replaced = h.with("VARY", "Accept-Language");
    assertThat(replaced.names()).containsExactly("Allow", "VARY");
    assertThat(replaced.all("Vary")).containsExactly("Accept-Language");
    assertThat(h.all("Vary")).containsExactly("Accept", "Origin");
    HeaderFields added = h.with("Retry-After", "60");
    assertThat(added.names()).containsExactly("Allow", "Vary", "Retry-After");
    assertThat(added).isEqualTo(h.toBuilder().set("Retry-After", "60").build());
    assertThat(HeaderFields.empty().with("Cache-Control", "no-store").all("cache-control")).containsExactly("no-store");
  }

  @Test
  void withValidatesLikeTheBuilder() {
    HeaderFields h = HeaderFields.empty();
    assertThatIllegalArgumentException().isThrownBy(() -> h.with("Bad Name", "x"))
        .withMessageContaining("header field name");
    assertThatIllegalArgumentException().isThrownBy(() -> h.with("Retry-After", "60\r\nSet-Cookie: a=b"))
        .withMessageContaining("Retry-After value").withMessageContaining("CR, LF or NUL");
    assertThatIllegalArgumentException().isThrownBy(() -> h.with("Cache-Control", " no-store"))
        .withMessageContaining("Cache-Control value");
  }

  @Test
  void withFieldsSetsEachFieldOfTheOther() {
    HeaderFields h = HeaderFields.builder().add("Retry-After", "60").add("Cache-Control", "private").build();
    HeaderFields other = HeaderFields.builder().add("cache-control", "no-store").add("Vary", "Accept").build();
    HeaderFields both = h.with(other);
    assertThat(both.names()).containsExactly("Retry-After", "cache-control", "Vary");
    assertThat(both.all("Cache-Control")).containsExactly("no-store");
    assertThat(h.all("Cache-Control")).containsExactly("private");
    assertThat(h.with(HeaderFields.empty())).isSameAs(h);
    assertThat(HeaderFields.empty().with(other)).isSameAs(other);
  }
}
