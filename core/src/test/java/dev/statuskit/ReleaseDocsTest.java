package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users read beside the code: each API type's {@code @since}, checked against CHANGES.md, and
 * docs/status-reference.md, checked against {@link HttpStatus}.
 */
class ReleaseDocsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path CHANGES = Path.of("../CHANGES.md");
  private static final Path STATUS_REFERENCE = Path.of("../docs/status-reference.md");
  private static final List<String> EXPORTED = List.of(
      "dev/statuskit", "dev/statuskit/header", "dev/statuskit/representation", "dev/statuskit/spi",
      "dev/statuskit/engine");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
      Pattern.MULTILINE);
  private static final Pattern SINCE = Pattern.compile("@since\\s+(\\S+)");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern UNRELEASED = Pattern.compile("^## (\\d+\\.\\d+\\.\\d+) \\(unreleased\\)", Pattern.MULTILINE);

  @Test
  void everyPublicTypeOfAnExportedPackageNamesTheReleaseThatAddedIt() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (Path source : exportedSources()) {
      String text = Files.readString(source);
      Matcher type = PUBLIC_TYPE.matcher(text);
      if (!type.find()) {
        continue;
      }
      Matcher since = SINCE.matcher(text.substring(0, type.start()));
      String last = null;
      while (since.find()) {
        last = since.group(1);
      }
      if (last == null || !VERSION.matcher(last).matches()) {
        unmarked.add(source + ": " + last);
      }
    }
    assertThat(unmarked).as("public types without an @since major.minor.patch").isEmpty();
  }

  @Test
  void noSinceNamesAReleaseAfterTheUnreleasedOneInChanges() throws IOException {
    Matcher unreleased = UNRELEASED.matcher(Files.readString(CHANGES));
    assertThat(unreleased.find()).as("CHANGES.md opens with an \"## x.y.z (unreleased)\" section").isTrue();
    String next = unreleased.group(1);
    List<String> later = new ArrayList<>();
    try (Stream<Path> all = Files.walk(SOURCES)) {
      for (Path source : all.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher since = SINCE.matcher(Files.readString(source));
        while (since.find()) {
          if (compare(since.group(1), next) > 0) {
            later.add(source + ": " + since.group(1));
          }
        }
      }
    }
    assertThat(later).as("@since later than " + next).isEmpty();
  }

  @Test
  void statusReferenceHasARowForEveryConstantWithItsPhraseAndSection() throws Exception {
    List<String> rows = Files.readAllLines(STATUS_REFERENCE).stream().filter(l -> l.matches("\\| \\d{3} .*")).toList();
    List<String> constants = new ArrayList<>();
    for (Field f : HttpStatus.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == HttpStatus.class) {
        HttpStatus status = (HttpStatus) f.get(null);
        constants.add(f.getName());
        String start = "| " + status.code() + " " + status.reasonPhrase() + " | `" + f.getName() + "` | "
            + status.reference().orElseThrow() + " | ";
        assertThat(rows).as(f.getName()).filteredOn(r -> r.startsWith(start)).hasSize(1);
      }
    }
    assertThat(constants).hasSameSizeAs(HttpStatus.values());
    assertThat(rows).hasSameSizeAs(constants);
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(compare("0.10.0", "0.9.0")).isPositive();
    assertThat(compare("0.3.0", "0.3.0")).isZero();
    assertThat(compare("0.2.0", "0.3.0")).isNegative();
  }

  private static List<Path> exportedSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String pkg : EXPORTED) {
      try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
        files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
            .sorted().forEach(sources::add);
      }
    }
    assertThat(sources).hasSizeGreaterThan(60);
    return sources;
  }

  /** Compares two dotted versions part by part; a part that is not a number compares as a later release. */
  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? part(x[i]) : 0;
      int q = i < y.length ? part(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static int part(String s) {
    return s.chars().allMatch(Character::isDigit) && !s.isEmpty() ? Integer.parseInt(s) : Integer.MAX_VALUE;
  }
}
