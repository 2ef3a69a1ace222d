package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemCatalogTest {

  private static ProblemCatalog.ProblemType type(String type, int status, String title, ProblemCatalog.Producer... by) {
    return new ProblemCatalog.ProblemType(type, status, title, null, "p.X", Map.of(), List.of(), List.of(by));
  }

  @Test
  void entriesOfTheSameExceptionStatusAndTypeBecomeOneWithTheMethodsOfBoth() {
    ProblemCatalog.Producer a = new ProblemCatalog.Producer("p.R#a", "GET", "/a");
    ProblemCatalog.Producer b = new ProblemCatalog.Producer("p.R#b", "PUT", "/b");

    ProblemCatalog c = ProblemCatalog.of(List.of(type("about:blank", 409, null, a), type("about:blank", 409, "Conflict", b, a),
        type("about:blank", 410, null, a)));

    assertThat(c.types()).containsExactly(
        new ProblemCatalog.ProblemType("about:blank", 409, "Conflict", null, "p.X", Map.of(), List.of(), List.of(a, b)),
        type("about:blank", 410, null, a));
  }

  @Test
  void jsonEscapesWhatItMustAndReadsBack() {
    ProblemCatalog c = ProblemCatalog.of(List.of(new ProblemCatalog.ProblemType("tag:x", 400, "a \"b\" \\ c\n\u0001",
        "lone \ud800 and pair \ud83d\ude00", "p.X", Map.of("m", "string"), List.of("Allow"), List.of())));

    assertThat(c.toJson()).isEqualTo("{\"version\":1,\"types\":[\n{\"type\":\"tag:x\",\"status\":400,"
        + "\"title\":\"a \\\"b\\\" \\\\ c\\n\\u0001\",\"description\":\"lone \\ud800 and pair \ud83d\ude00\","
        + "\"source\":\"p.X\",\"members\":{\"m\":\"string\"},\"headerFields\":[\"Allow\"],\"producedBy\":[]}\n]}\n");
    assertThat(ProblemCatalog.parse(c.toJson()).types().get(0).title()).isEqualTo("a \"b\" \\ c\n\u0001");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[]                                              | a problem catalog is an object with a \"types\" array",
      "{\"version\":2,\"types\":[]}                    | problem catalog version 2 is not 1",
      "{\"version\":1,\"types\":[1]}                   | a type must be a JSON object",
      "{\"version\":1,\"types\":[{\"type\":\"x\",\"status\":\"400\",\"source\":\"s\"}]} | a type's status must be an integer: 400",
      "{\"version\":1,\"types\":[{\"type\":\"x\",\"status\":400}]} | source must be a JSON string",
      "{\"version\":1,\"types\":[{\"type\":\"x\",\"status\":400,\"source\":\"s\",\"members\":[]}]} | members must be a JSON object",
      "{\"version\":1,\"types\":[{\"type\":\"x\",\"status\":400,\"source\":\"s\",\"producedBy\":{}}]} | producedBy must be a JSON array",
      "{\"version\":1,\"types\":[{\"type\":\"x\",\"status\":200,\"source\":\"s\"}]} | problem type x has status 200, not a 4xx or 5xx"})
  void aFileThatIsNoCatalogIsRefusedSayingWhy(String json, String message) {
    assertThatThrownBy(() -> ProblemCatalog.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aMinimalEntryReadsWithEmptyListsAndNoTitle() {
    ProblemCatalog c = ProblemCatalog.parse("{\"version\":1,\"types\":[{\"type\":\"x\",\"status\":404,\"source\":\"s\"}]}");

    assertThat(c.types()).containsExactly(new ProblemCatalog.ProblemType("x", 404, null, null, "s", Map.of(), List.of(),
        List.of()));
  }

  enum Colour { RED }

  record Point(int x, int y) {}

  @ParameterizedTest
  @CsvSource({"java.lang.String, string", "int, integer", "java.lang.Long, integer", "double, number",
      "java.math.BigDecimal, number", "boolean, boolean", "java.util.UUID, string", "java.time.Duration, string",
      "java.util.ArrayList, array", "java.util.HashMap, object", "int[], array", "char[], string",
      "java.lang.StringBuilder, string", "java.util.concurrent.atomic.DoubleAdder, number", "java.lang.Object, any"})
  void javaTypesHaveTheJsonTypeStatusKitWrites(String name, String json) throws Exception {
    Class<?> c = switch (name) {
      case "int" -> int.class;
      case "double" -> double.class;
      case "boolean" -> boolean.class;
      case "int[]" -> int[].class;
      case "char[]" -> char[].class;
      default -> Class.forName(name);
    };
    assertThat(CatalogReflection.jsonType(c)).isEqualTo(json);
    assertThat(CatalogReflection.jsonType(Colour.class)).isEqualTo("string");
    assertThat(CatalogReflection.jsonType(Point.class)).isEqualTo("object");
  }

  @Test
  void pathsJoinAsUriTemplates() {
    assertThat(CatalogReflection.join("", "")).isEqualTo("/");
    assertThat(CatalogReflection.join("/books/", "/{id}")).isEqualTo("/books/{id}");
    assertThat(CatalogReflection.join("", "x")).isEqualTo("/x");
    assertThat(CatalogReflection.join("books", "")).isEqualTo("/books");
  }
}
