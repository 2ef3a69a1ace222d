package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class JsonFailuresTest {

  /** Stands for a MessageBodyReader: the failure happens inside readFrom. */
  private static <T extends Throwable> T thrownInReadFrom(T t) {
    StackTraceElement[] trace = t.getStackTrace();
    StackTraceElement[] withReader = new StackTraceElement[trace.length + 1];
    withReader[0] = new StackTraceElement("example.JsonReader", "readFrom", "JsonReader.java", 1);
    System.arraycopy(trace, 0, withReader, 1, trace.length);
    t.setStackTrace(withReader);
    return t;
  }

  @Test
  void jacksonParseFailureWhileReadingTheRequestIsTheClients() {
    Exception parse = null;
    try {
      new ObjectMapper().readTree("{\"sku\": nope");
    } catch (Exception e) {
      parse = e;
    }
    assertThat(parse).isInstanceOf(JsonParseException.class);
    assertThat(JsonFailures.isRequestContentFailure(parse)).isFalse(); // not inside a reader
    assertThat(JsonFailures.isRequestContentFailure(thrownInReadFrom(parse))).isTrue();
  }

  @Test
  void wrappedJsonbFailureIsFoundThroughTheCauses() {
    ProcessingException wrapper = thrownInReadFrom(new ProcessingException("deserialization failed",
        new JsonbException("Unexpected char 110 at (line no=1, column no=9, offset=8)")));
    assertThat(JsonFailures.isRequestContentFailure(wrapper)).isTrue();
  }

  @Test
  void definitionProblemsAreNeverTheClients() {
    InvalidDefinitionException e = thrownInReadFrom(InvalidDefinitionException.from((com.fasterxml.jackson.core.JsonParser) null,
        "no creator", (com.fasterxml.jackson.databind.JavaType) null));
    assertThat(JsonFailures.isRequestContentFailure(e)).isFalse();
  }

  @Test
  void otherExceptionsAreNotJsonFailures() {
    assertThat(JsonFailures.isRequestContentFailure(thrownInReadFrom(new IllegalStateException()))).isFalse();
  }
}
