package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Problem#withExtension} makes what the builder makes from the same problem and member. */
class ProblemWithExtensionTest {

  private static final Problem PROBLEM = Problem.builder().type("https://example.com/probs/out-of-credit")
      .title("Out of credit").status(403).detail("Your balance is 30.").instance(URI.create("/account/12345/msgs/abc"))
      .extension("balance", 30).extension("accounts", "/account/12345").build();

  @Test
  void anAddedMemberComesLastAndEverythingElseStays() {
    Problem added = PROBLEM.withExtension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");

    assertThat(added).isEqualTo(PROBLEM.toBuilder().extension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736").build());
    assertThat(added.extensions()).containsExactly(java.util.Map.entry("balance", 30),
        java.util.Map.entry("accounts", "/account/12345"), java.util.Map.entry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));
    assertThat(PROBLEM.extensions()).doesNotContainKey("traceId");
  }

  @Test
  void aReplacedMemberKeepsItsPlace() {
    Problem replaced = PROBLEM.withExtension("balance", null);

    assertThat(replaced).isEqualTo(PROBLEM.toBuilder().extension("balance", null).build());
    assertThat(replaced.extensions().keySet()).containsExactly("balance", "accounts");
    assertThat(replaced.extensions().get("balance")).isNull();
  }

  @Test
  void theNameRuleIsTheBuilders() {
    assertThatThrownBy(() -> PROBLEM.withExtension("detail", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("detail");
    assertThatThrownBy(() -> PROBLEM.withExtension("ab", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ab");
    assertThat(PROBLEM.withExtension("violated-policies", "p").extensions()).containsKey("violated-policies");
  }
}
