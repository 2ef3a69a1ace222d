package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpException;
import dev.statuskit.NotModifiedException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.EntityTag;
import dev.statuskit.spi.ProblemEvent;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glassfish.jersey.message.internal.OutboundJaxrsResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On Jersey, an answer is Jersey's own response filled in directly; it carries exactly what the
 * JAX-RS builder gives every other runtime: status, each header field in order, entity and media
 * type.
 */
class JerseyResponsesTest {

  private static final ProblemEngine ENGINE = ProblemEngine.builder().serviceLoader(false).cdi(false).build();

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("a 429 in JSON with Retry-After", new TooManyRequestsException("slow down")
            .retryAfter(Duration.ofSeconds(30)).extension("limit", 100),
            Map.of("Accept", "application/problem+json")),
        Arguments.of("a 401 with two challenges (one field, two values), in XML",
            new UnauthorizedException(Challenge.bearer("api"), Challenge.basic("api")),
            Map.of("Accept", "application/problem+xml")),
        Arguments.of("a 429 in German (Content-Language, Vary)", new TooManyRequestsException("langsam"),
            Map.of("Accept", "application/json", "Accept-Language", "de")),
        Arguments.of("a 304: no body", new NotModifiedException(EntityTag.strong("v1")), Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void carriesWhatTheBuilderCarries(String name, HttpException thrown, Map<String, String> headers) {
    ProblemEvent event = ENGINE.handle(thrown, ProblemEngine.Request.of("GET", "/orders/1", headers));

    Response direct = JerseyResponses.of(event);
    Response built = ProblemResponder.built(event);

    assertThat(direct).isInstanceOf(OutboundJaxrsResponse.class);
    assertThat(direct.getStatus()).isEqualTo(event.status().code()).isEqualTo(built.getStatus());
    assertThat(direct.getStatusInfo().getReasonPhrase()).isEqualTo(built.getStatusInfo().getReasonPhrase());
    assertThat(fields(direct)).containsExactlyElementsOf(fields(built));
    assertThat(direct.getMediaType()).isEqualTo(built.getMediaType());
    assertThat(direct.getEntity()).isEqualTo(built.getEntity());
    if (event.mediaType().isPresent()) {
      assertThat(direct.getEntity()).isEqualTo(event.body());
      assertThat(direct.getHeaderString("Content-Length")).isEqualTo(Integer.toString(event.bodyLength()));
      assertThat(direct.getHeaderString("Content-Type")).isEqualTo(event.headers().first("Content-Type").orElseThrow());
    } else {
      assertThat(direct.hasEntity()).isFalse();
      assertThat(direct.getHeaderString("Content-Length")).isNull();
    }
    assertThat(direct.getHeaderString("Date")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
  }

  /** Each field as name and values, in order; the date only as present (two clocks, a second apart at worst). */
  private static List<String> fields(Response response) {
    List<String> fields = new ArrayList<>();
    response.getStringHeaders().forEach((name, values) ->
        fields.add(name + ": " + (name.equals("Date") ? "(a date)" : String.join(" | ", values))));
    return fields;
  }
}
