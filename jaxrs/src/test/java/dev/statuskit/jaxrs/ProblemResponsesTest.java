package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.engine.ProblemEngine;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.junit.jupiter.api.Test;

/**
 * {@link ProblemResponses#of} on a runtime whose injected {@code Providers} is not Jersey's: such an
 * object may be a proxy that stands for another application on the next call, so every call asks it.
 */
class ProblemResponsesTest {

  /** A {@code Providers} whose context resolver answers what it is set to at the time of the call. */
  static final class Switching implements Providers {
    ProblemResponses current;

    @Override
    @SuppressWarnings("unchecked")
    public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
      ProblemResponses answer = current;
      return answer == null ? null : (ContextResolver<T>) new ProblemResponsesResolver(answer);
    }

    @Override
    public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
        MediaType mediaType) {
      return null;
    }

    @Override
    public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
        MediaType mediaType) {
      return null;
    }

    @Override
    public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
      return null;
    }
  }

  private static ProblemResponses responses() {
    return new ProblemResponses(new ProblemResponder(ProblemEngine.builder().build(), true));
  }

  @Test
  void anotherRuntimesProvidersIsAskedOnEveryCall() {
    Switching providers = new Switching();
    ProblemResponses first = responses();
    ProblemResponses second = responses();

    providers.current = first;
    assertThat(ProblemResponses.of(providers)).isSameAs(first);
    providers.current = second;
    assertThat(ProblemResponses.of(providers)).isSameAs(second);
  }

  @Test
  void withoutStatusKitRegisteredTheCallFailsNamingTheCause() {
    Switching providers = new Switching();

    assertThatThrownBy(() -> ProblemResponses.of(providers)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("StatusKitFeature is not registered in this application");
    assertThatThrownBy(() -> ProblemResponses.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("providers");
  }
}
