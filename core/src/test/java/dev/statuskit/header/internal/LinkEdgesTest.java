package dev.statuskit.header.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Link relation types (RFC 8288 §3.3): registered names of lower-case letters, digits, "." and "-", or absolute URIs. */
class LinkEdgesTest {

  private static final URI TARGET = URI.create("/t");

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "a0.9-z", "zz", "next prev", "https://rel.example/t"})
  void relationTypesThatAreAccepted(String rel) {
    assertThat(Link.of(TARGET, rel).rel()).isEqualTo(rel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aZ", "a/", "a:", "a_b", "a  b", "\u00e9", "https://rel.example/\u00e9", "a%zz"})
  void relationTypesThatAreRejected(String rel) {
    assertThatIllegalArgumentException().isThrownBy(() -> Link.of(TARGET, rel))
        .withMessageContaining("is neither a registered name nor an absolute URI").withMessageContaining("RFC 8288 §3.3");
  }

  @Test
  void parametersOccurOnceCaseInsensitively() {
    Link l = Link.of(TARGET, "deprecation").param("type", "text/html");
    assertThat(l.params()).isEqualTo(Map.of("type", "text/html"));
    assertThatIllegalArgumentException().isThrownBy(() -> l.param("TYPE", "text/plain"))
        .withMessageContaining("\"TYPE\" is already present");
  }

  @Test
  void linksAreEqualByValue() {
    Link l = Link.of(TARGET, "sunset");
    assertThat(l).isEqualTo(Link.of(TARGET, "sunset")).hasSameHashCodeAs(Link.of(TARGET, "sunset"))
        .isNotEqualTo(Link.of(TARGET, "deprecation")).isNotEqualTo(Link.of(URI.create("/u"), "sunset"))
        .hasToString("</t>; rel=\"sunset\"");
  }
}
