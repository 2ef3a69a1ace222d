package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code text/plain} representation. */
class TextFormatTest {

  private static String text(Problem p) {
    return new String(ProblemWriter.defaults().toBytes(p, ProblemMediaType.TEXT), StandardCharsets.UTF_8);
  }

  @Test
  void writesHeadingDetailAndOneLinePerMember() {
    Problem p = Problem.builder().status(429).detail("Slow down.").instance("/orders/7").extension("limit", 100)
        .extension("window", Map.of("unit", "minute")).extension("tags", List.of("a", "b")).extension("none", null)
        .build();

    assertThat(text(p)).isEqualTo("429 Too Many Requests\n\nSlow down.\n\ntype: about:blank\ninstance: /orders/7\n"
        + "limit: 100\nwindow: {\"unit\":\"minute\"}\ntags: [\"a\",\"b\"]\nnone: null\n");
  }

  @Test
  void removesControlCharactersThatCouldDriveATerminal() {
    Problem p = Problem.builder().detail("red\u001b[31m bell\u0007 cr\r tab\t nl\n c1\u009b del\u007f lone\uD800")
        .extension("nested", List.of("\u001b]0;title\u0007")).build();

    assertThat(text(p)).contains("red[31m bell cr tab\t nl\n c1 del lone\uFFFD")
        .contains("nested: [\"\\u001b]0;title\\u0007\"]")
        .doesNotContain("\u001b", "\u0007", "\r", "\u009b", "\u007f");
  }

  @Test
  void headsAProblemWithoutStatusOrTitle() {
    assertThat(text(Problem.builder().build())).isEqualTo("Problem\n\ntype: about:blank\n");
    assertThat(text(Problem.builder().title("Custom").build())).startsWith("Custom\n");
  }
}
