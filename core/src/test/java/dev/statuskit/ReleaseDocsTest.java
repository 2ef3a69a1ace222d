package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What users read beside the code: each API type's {@code @since}, checked against CHANGES.md,
 * docs/status-reference.md, checked against {@link HttpStatus}, and the BOM, checked against the
 * modules the build deploys.
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
  void everyPublicApiTypeOfAPublishedModuleNamesTheReleaseThatAddedIt() throws Exception {
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
  void noSinceNamesAReleaseAfterTheUnreleasedOneInChanges() throws Exception {
    Matcher unreleased = UNRELEASED.matcher(Files.readString(CHANGES));
    assertThat(unreleased.find()).as("CHANGES.md opens with an \"## x.y.z (unreleased)\" section").isTrue();
    String next = unreleased.group(1);
    List<String> later = new ArrayList<>();
    for (Path module : published().values()) {
      for (Path source : javaSources(module.resolve("src/main/java"))) {
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
  void bomListsExactlyTheModulesTheBuildDeploys() throws Exception {
    Set<String> deployed = published().keySet();
    Set<String> managed = new TreeSet<>();
    NodeList dependencies = parse(Path.of("../bom/pom.xml")).getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      managed.add(child((Element) dependencies.item(i), "artifactId"));
    }
    assertThat(deployed).contains("statuskit-core", "statuskit-jaxrs", "statuskit-servlet");
    assertThat(managed).as("statuskit-bom's dependencyManagement").isEqualTo(deployed);
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(compare("0.10.0", "0.9.0")).isPositive();
    assertThat(compare("0.3.0", "0.3.0")).isZero();
    assertThat(compare("0.2.0", "0.3.0")).isNegative();
  }

  /** The published modules by artifactId: the reactor's jar modules that do not set maven.deploy.skip. */
  private static Map<String, Path> published() throws Exception {
    Map<String, Path> deployed = new TreeMap<>();
    collectDeployed(Path.of(".."), deployed);
    return deployed;
  }

  private static void collectDeployed(Path dir, Map<String, Path> deployed) throws Exception {
    Element project = parse(dir.resolve("pom.xml")).getDocumentElement();
    String packaging = child(project, "packaging");
    boolean skipped = false;
    NodeList skip = project.getElementsByTagName("maven.deploy.skip");
    for (int i = 0; i < skip.getLength(); i++) {
      skipped |= skip.item(i).getParentNode().getParentNode() == project
          && "true".equals(skip.item(i).getTextContent().trim());
    }
    if (!skipped && (packaging == null || packaging.equals("jar"))) {
      deployed.put(Objects.requireNonNull(child(project, "artifactId")), dir.normalize());
    }
    NodeList modules = project.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      collectDeployed(dir.resolve(modules.item(i).getTextContent().trim()), deployed);
    }
  }

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of an element's direct child, or null. */
  private static @Nullable String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  /** Core's exported packages, and every other published module's main sources outside internal packages. */
  private static List<Path> exportedSources() throws Exception {
    List<Path> sources = new ArrayList<>();
    for (String pkg : EXPORTED) {
      try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
        files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
            .sorted().forEach(sources::add);
      }
    }
    assertThat(sources).hasSizeGreaterThan(60);
    for (Map.Entry<String, Path> module : published().entrySet()) {
      if (!module.getKey().equals("statuskit-core")) {
        javaSources(module.getValue().resolve("src/main/java")).stream()
            .filter(p -> !p.toString().contains("internal") && !p.endsWith("package-info.java")
                && !p.endsWith("module-info.java"))
            .forEach(sources::add);
      }
    }
    return sources;
  }

  private static List<Path> javaSources(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
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
