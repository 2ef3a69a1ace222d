package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** HeaderFields at the edges: the first field, the middle one, growth, and what a built instance shares. */
class HeaderFieldsEdgesTest {

  private static HeaderFields allowVary() {
    return HeaderFields.builder().add("Allow", "GET").add("Vary", "Accept").build();
  }

  @Test
  void theFirstFieldIsFoundLikeAnyOther() {
    HeaderFields h = allowVary();
    assertThat(h.first("ALLOW")).hasValue("GET");
    assertThat(h.contains("allow")).isTrue();
    assertThat(h.isEmpty()).isFalse();
    assertThat(h.first("Location")).isEmpty();
    assertThat(h.contains("Location")).isFalse();
  }

  @Test
  void namesOutsideAsciiFindNothing() {
    HeaderFields h = allowVary();
    assertThat(h.first("\u00c4llow")).isEmpty();
    assertThat(h.contains("V\u00e4ry")).isFalse();
    assertThat(h.all("Vary\u00e9")).isEmpty();
  }

  @Test
  void withTwoSetsTheFieldsOfBothAsTwoCallsDoInOneCopy() {
    HeaderFields cacheControl = HeaderFields.builder().add("Cache-Control", "no-store").build();
    HeaderFields varyAndType = HeaderFields.builder().add("Vary", "Accept").add("Content-Type", "text/plain").build();
    HeaderFields allowVary = allowVary();
    HeaderFields empty = HeaderFields.empty();
    HeaderFields[] all = {empty, cacheControl, varyAndType, allowVary,
        HeaderFields.builder().add("vary", "Origin").add("Vary", "Accept-Language").add("Allow", "PUT").build()};
    for (HeaderFields base : all) {
      for (HeaderFields first : all) {
        for (HeaderFields second : all) {
          HeaderFields both = base.with(first, second);
          HeaderFields expected = base.with(first).with(second);
          assertThat(both.names()).isEqualTo(expected.names());
          assertThat(both.asMap()).isEqualTo(expected.asMap());
          assertThat(both).isEqualTo(expected);
        }
      }
    }
    // The fields set last win where they stand; new ones follow in order.
    assertThat(allowVary.with(cacheControl, varyAndType).asMap()).containsExactly(
        java.util.Map.entry("Allow", java.util.List.of("GET")), java.util.Map.entry("Vary", java.util.List.of("Accept")),
        java.util.Map.entry("Cache-Control", java.util.List.of("no-store")),
        java.util.Map.entry("Content-Type", java.util.List.of("text/plain")));
    // Nothing to set: the same instance; nothing there yet: the fields given.
    assertThat(allowVary.with(empty, empty)).isSameAs(allowVary);
    assertThat(empty.with(cacheControl, empty)).isSameAs(cacheControl);
    assertThat(empty.with(empty, varyAndType)).isSameAs(varyAndType);
  }

  @Test
  void namesAreFoundInAnyCaseAsLowerCasingThemFindsThem() {
    HeaderFields h = HeaderFields.builder().add("Link", "<a>").add("Vary", "Accept").add("x-custom", "1")
        .add("Cache-Control", "no-store").build();
    for (String name : new String[] {"Link", "link", "LINK", "lInK", "Lin\u212a", "X-Custom", "CACHE-control"}) {
      assertThat(h.contains(name)).as(name).isTrue();
    }
    assertThat(h.all("lin\u212a")).containsExactly("<a>");
    // Found neither by a name of another length nor by one that lower-cases to something else.
    for (String name : new String[] {"Lin", "Links", "L\u0130nk", "L\u0131nk", "Vary ", "x_custom", "Cache-Contro1"}) {
      assertThat(h.contains(name)).as(name).isFalse();
    }
    // The replaced field keeps its place whatever the spelling of its name.
    assertThat(h.with("LINK", "<b>").names()).containsExactly("LINK", "Vary", "x-custom", "Cache-Control");
    assertThat(h.with("cache-CONTROL", "private").all("Cache-Control")).containsExactly("private");
  }

  @Test
  void withReplacesTheFirstFieldWhereItStands() {
    HeaderFields h = allowVary().with("allow", "PUT");
    assertThat(h.names()).hasSize(2).last().isEqualTo("Vary");
    assertThat(h.all("Allow")).containsExactly("PUT");
  }

  @Test
  void withFieldsReplacesTheFirstFieldAndAddsTheRest() {
    HeaderFields more = HeaderFields.builder().add("ALLOW", "POST").add("Retry-After", "5").build();
    HeaderFields h = allowVary().with(more);
    assertThat(h.names()).hasSize(3).endsWith("Retry-After");
    assertThat(h.all("Allow")).containsExactly("POST");
    assertThat(h.first("Vary")).hasValue("Accept");
    assertThat(h.with(HeaderFields.empty())).isSameAs(h);
    assertThat(HeaderFields.empty().with(more)).isSameAs(more);
  }

  @Test
  void aBuilderGrowsPastItsFirstCapacityInOrder() {
    HeaderFields.Builder b = HeaderFields.builder();
    for (String name : new String[] {"A", "B", "C", "D", "E", "F", "G", "H", "I"}) {
      b.add(name, name.toLowerCase(java.util.Locale.ROOT));
    }
    HeaderFields h = b.build();
    assertThat(h.names()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I");
    assertThat(h.first("i")).hasValue("i");
  }

  @Test
  void removingTheFirstOrAMiddleFieldKeepsTheOthersInOrder() {
    HeaderFields.Builder b = HeaderFields.builder().add("A", "1").add("B", "2").add("C", "3");
    assertThat(b.contains("b")).isTrue();
    b.remove("b");
    assertThat(b.contains("B")).isFalse();
    assertThat(b.build().names()).containsExactly("A", "C");
    b.remove("A");
    assertThat(b.build().names()).containsExactly("C");
    assertThat(b.build().first("C")).hasValue("3");
  }

  @Test
  void setChecksTheNameLikeAdd() {
    assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.builder().set("X Bad", "1"))
        .withMessageContaining("header field name").withMessageContaining("not a token");
  }

  @Test
  void aBuiltInstanceDoesNotChangeWhenItsBuilderGoesOn() {
    HeaderFields.Builder b = HeaderFields.builder().add("Link", "<a>; rel=\"x\"").add("Link", "<b>; rel=\"x\"");
    HeaderFields built = b.build();
    b.add("Link", "<c>; rel=\"x\"");
    assertThat(built.all("Link")).containsExactly("<a>; rel=\"x\"", "<b>; rel=\"x\"");
    assertThatThrownBy(() -> built.all("Link").add("<d>")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(b.build().all("Link")).hasSize(3);
  }

  @Test
  void equalityIsByLowerCaseNameAndValues() {
    HeaderFields h = allowVary();
    assertThat(h).isEqualTo(HeaderFields.builder().add("allow", "GET").add("VARY", "Accept").build())
        .hasSameHashCodeAs(HeaderFields.builder().add("allow", "GET").add("VARY", "Accept").build())
        .isNotEqualTo(HeaderFields.builder().add("Allow", "GET").add("Vary", "Origin").build())
        .isNotEqualTo(HeaderFields.builder().add("Allow", "GET").build())
        .hasToString("Allow: GET\nVary: Accept\n");
  }
}
