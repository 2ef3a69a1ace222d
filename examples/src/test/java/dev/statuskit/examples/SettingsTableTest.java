package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.engine.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The settings table of {@code README.md} is the keys' own table: one row per key that core and the
 * adapters declare, with the key's values, default and description, in the order they declare them.
 */
class SettingsTableTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String HEADING = "## Settings";
  private static final String HEADER = "| key | values | default | meaning |";

  /** The table as the keys write it; the failure message shows it whole, ready to paste. */
  static String expected() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n').append("|---|---|---|---|\n");
    for (Map.Entry<String, Settings.Key<?>> e : Settings.knownKeys().entrySet()) {
      Settings.Key<?> k = e.getValue();
      sb.append("| `").append(k.name()).append("` | ").append(k.accepted()).append(" | `").append(k.defaultValue())
          .append("` | ").append(k.description()).append(" |\n");
    }
    return sb.toString();
  }

  static String documented() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADING);
    assertThat(start).as("README has a %s section", HEADING).isNotNegative();
    List<String> table = new ArrayList<>();
    boolean in = false;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.equals(HEADER)) {
        in = true;
      }
      if (in) {
        if (!line.startsWith("|")) {
          break;
        }
        table.add(line);
      }
    }
    return String.join("\n", table) + "\n";
  }

  @Test
  void readmeListsEveryKeyWithItsValuesDefaultAndMeaning() throws IOException {
    assertThat(documented()).as("README's settings table; the keys declare:%n%s", expected()).isEqualTo(expected());
  }

  @Test
  void everyModuleDeclaresItsKeys() {
    assertThat(Settings.knownKeys()).containsKeys("statuskit.expose-details", "statuskit.max-detail-length",
        "statuskit.validation-status", "statuskit.map-web-application-exceptions", "statuskit.replace-send-error");
  }
}
