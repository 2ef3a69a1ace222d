package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.statuskit.Problem;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProblemMembersTest {

  @Test
  void readsTheMembersAsTheOptionalAccessorsGiveThem() {
    Problem full = Problem.builder().type("https://example.com/probs/out-of-credit").title("You do not have enough credit.")
        .status(403).detail("Your balance is 30, but that costs 50.").instance("/account/12345/msgs/abc").build();
    assertThat(ProblemMembers.title(full)).isEqualTo("You do not have enough credit.");
    assertThat(ProblemMembers.status(full)).isEqualTo(403);
    assertThat(ProblemMembers.detail(full)).isEqualTo("Your balance is 30, but that costs 50.");
    assertThat(ProblemMembers.instance(full)).isEqualTo(URI.create("/account/12345/msgs/abc"));

    Problem bare = Problem.builder().type("https://example.com/probs/x").build();
    assertThat(ProblemMembers.title(bare)).isNull();
    assertThat(ProblemMembers.status(bare)).isZero();
    assertThat(ProblemMembers.detail(bare)).isNull();
    assertThat(ProblemMembers.instance(bare)).isNull();

    // The default title of about:blank is the problem's title too.
    assertThat(ProblemMembers.title(Problem.of(429))).isEqualTo("Too Many Requests");
  }

  @Test
  void theAccessIsInstalledOnce() {
    assertThat(ProblemMembers.status(Problem.of(404))).isEqualTo(404); // Problem's class is initialized
    assertThatIllegalStateException().isThrownBy(() -> ProblemMembers.install(new ProblemMembers.Access() {
      @Override
      public String title(Problem p) {
        return "forged";
      }

      @Override
      public int status(Problem p) {
        return 0;
      }

      @Override
      public String detail(Problem p) {
        return "forged";
      }

      @Override
      public URI instance(Problem p) {
        return URI.create("/forged");
      }
    })).withMessageContaining("installed already");
    assertThat(ProblemMembers.title(Problem.of(404))).isEqualTo("Not Found");
  }
}
