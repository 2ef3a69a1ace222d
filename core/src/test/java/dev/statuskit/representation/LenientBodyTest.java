package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LenientBodyTest {

  private final ProblemWriter writer = ProblemWriter.defaults();

  @Test
  void anUnwritableMemberIsLeftOutAndTheRestIsWritten() {
    Map<String, Object> cyclic = new HashMap<>();
    cyclic.put("self", cyclic);
    Problem p = Problem.builder().status(409).detail("Stale.").extension("good", 1).extension("bad", cyclic)
        .extension("alien", new Object()).build();
    assertThatIllegalArgumentException().isThrownBy(() -> writer.toBytes(p, ProblemMediaType.JSON));

    String json = new String(writer.toBytesLeavingOutUnwritable(p, ProblemMediaType.JSON), StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"Stale.\",\"good\":1}");
  }

  @Test
  void aWritableProblemIsWrittenAsIs() {
    Problem p = Problem.builder().status(429).extension("limit", 100).build();
    assertThat(writer.toBytesLeavingOutUnwritable(p, ProblemMediaType.XML)).isEqualTo(writer.toBytes(p, ProblemMediaType.XML));
  }

  @Test
  void theMinimalProblemKeepsOnlyWhatStatusKitSets() {
    Problem p = Problem.builder().type("https://api.example/p").title("T").status(500).detail("d")
        .instance("urn:uuid:00000000-0000-4000-8000-000000000000").extension("abc", 1).build();
    Problem m = ProblemWriter.minimal(p);
    assertThat(m.type()).isEqualTo(p.type());
    assertThat(m.title()).hasValue("T");
    assertThat(m.status()).hasValue(500);
    assertThat(m.instance()).isEqualTo(p.instance());
    assertThat(m.detail()).isEmpty();
    assertThat(m.extensions()).isEmpty();
    assertThat(ProblemWriter.minimal(Problem.builder().build()).status()).isEmpty();
  }
}
