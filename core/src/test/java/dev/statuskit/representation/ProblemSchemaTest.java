package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON body StatusKit writes validates against the RFC 9457 Appendix A schema (in test
 * resources), with format assertions on (RFC 9457 §3.1).
 */
class ProblemSchemaTest {

  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = ProblemSchemaTest.class.getResourceAsStream("/problem.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Set<ValidationMessage> validate(byte[] json) throws Exception {
    JsonNode node = Trees.JACKSON.readTree(json);
    return SCHEMA.validate(node);
  }

  static Stream<HttpStatus> statuses() {
    return HttpStatus.values().stream();
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void everyRegisteredStatusIsAValidProblemDocument(HttpStatus status) throws Exception {
    Problem problem = Problem.builder().status(status).detail("Line 1\nline \"2\" \u0000 </script>")
        .instance("/orders/42").extension("occurrence", java.util.UUID.randomUUID()).build();
    byte[] json = ProblemWriter.defaults().toBytes(problem, ProblemMediaType.JSON);

    assertThat(validate(json)).isEmpty();
    assertThat(Trees.jackson(json)).containsEntry("status", status.code())
        .containsEntry("title", status.reasonPhrase().isEmpty() ? null : status.reasonPhrase());
  }

  static List<HttpException> exceptions() {
    return TypedExceptions.all();
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void everyTypedExceptionsProblemIsAValidProblemDocument(HttpException exception) throws Exception {
    byte[] json = ProblemWriter.defaults().toBytes(exception.toProblem(), ProblemMediaType.JSON);

    assertThat(validate(json)).isEmpty();
    assertThat(Trees.jackson(json)).containsEntry("status", exception.getStatus().code());
  }

  @Test
  void theValidatorRejectsAStatusWrittenAsAString() throws Exception {
    // Guards the tests above against a validator that accepts everything.
    assertThat(validate("{\"type\":\"about:blank\",\"status\":\"429\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isNotEmpty();
    assertThat(validate("{\"type\":\"a b:\",\"status\":700}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .hasSizeGreaterThanOrEqualTo(2);
  }
}
