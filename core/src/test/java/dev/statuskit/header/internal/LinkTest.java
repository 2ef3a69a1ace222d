package dev.statuskit.header.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkTest {

  @Test
  void blockedByLinkHasQuotedRelOnce() {
    Link l = Link.blockedBy(URI.create("https://isp.example/legal"));
    assertThat(l.value()).isEqualTo("<https://isp.example/legal>; rel=\"blocked-by\"");
    assertThat(l.param("title", "Court order 12/3").value())
        .isEqualTo("<https://isp.example/legal>; rel=\"blocked-by\"; title=\"Court order 12/3\"");
    assertThatIllegalArgumentException().isThrownBy(() -> l.param("REL", "x")).withMessageContaining("rel MUST occur once");
  }

  @Test
  void linkTargetsArePercentEncodedAndRelationTypesChecked() {
    assertThat(Link.of(new java.io.File("/").toURI().resolve("b\u00fccher"), "alternate").value()).contains("b%C3%BCcher");
    assertThat(Link.of(URI.create("/x"), "https://rel.example/t").value()).isEqualTo("</x>; rel=\"https://rel.example/t\"");
    assertThatIllegalArgumentException().isThrownBy(() -> Link.of(URI.create("/x"), "Blocked By"))
        .withMessageContaining("RFC 8288 §3.3");
    assertThatIllegalArgumentException().isThrownBy(() -> Link.of(URI.create("/x"), ""))
        .withMessageContaining("rel MUST be present");
  }
}
