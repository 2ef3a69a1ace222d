package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.ClientErrorException;
import dev.statuskit.ExceptionCatalog;
import dev.statuskit.HttpException;
import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.NetworkAuthenticationRequiredException;
import dev.statuskit.Problem;
import dev.statuskit.RedirectionException;
import dev.statuskit.ServerErrorException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.UnavailableForLegalReasonsException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseExceptionsTest {

  static List<ExceptionCatalog.Entry> catalog() {
    return ExceptionCatalog.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void everyTypedExceptionSurvivesTheRoundTrip(ExceptionCatalog.Entry entry) {
    HttpException sent = entry.factory().get().detail("Because.").extension("hint", "x");
    Map<String, List<String>> wire = new LinkedHashMap<>(sent.getHeaders().asMap());
    wire.put("Content-Type", List.of("application/problem+json"));
    wire.put("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT"));

    HttpException got = ResponseExceptions.of(entry.code(), wire, sent.toProblem());

    assertThat(got).isExactlyInstanceOf(entry.type());
    assertThat(got.getHeaders()).isEqualTo(sent.getHeaders());
    assertThat(got.toProblem()).isEqualTo(sent.toProblem());
  }

  @Test
  void typedHeaderValuesAreRestored() {
    HttpException got = ResponseExceptions.of(429, Map.of("Retry-After", List.of("120")), Problem.of(429));
    assertThat(got).isInstanceOf(TooManyRequestsException.class);
    assertThat(got.getRetryAfter()).hasValueSatisfying(r -> assertThat(r.delay()).hasValue(Duration.ofSeconds(120)));

    UnavailableForLegalReasonsException legal = (UnavailableForLegalReasonsException) ResponseExceptions.of(451,
        Map.of("Link", List.of("<https://isp.example/>; rel=\"blocked-by\"")), Problem.of(451));
    assertThat(legal.getBlockedBy()).hasValue(URI.create("https://isp.example/"));

    UnauthorizedException auth = (UnauthorizedException) ResponseExceptions.of(401,
        Map.of("WWW-Authenticate", List.of("Basic realm=\"a\", Bearer realm=\"b\"")), Problem.of(401));
    assertThat(auth.getHeaders().all("WWW-Authenticate")).containsExactly("Basic realm=\"a\"", "Bearer realm=\"b\"");

    MethodNotAllowedException m = (MethodNotAllowedException) ResponseExceptions.of(405,
        Map.of("allow", List.of("GET,HEAD", "OPTIONS")), Problem.of(405));
    assertThat(m.getAllowed()).containsExactly("GET", "HEAD", "OPTIONS");
  }

  @Test
  void responsesThatBreakTheRulesStillYieldAnExceptionOfTheRightClass() {
    HttpException noChallenge = ResponseExceptions.of(401, Map.of(), Problem.of(401));
    assertThat(noChallenge).isExactlyInstanceOf(ClientErrorException.class);
    assertThat(noChallenge.getStatus().code()).isEqualTo(401);

    HttpException challenged = ResponseExceptions.of(511,
        Map.of("WWW-Authenticate", List.of("Basic realm=\"x\"")), Problem.of(511));
    assertThat(challenged).isInstanceOf(NetworkAuthenticationRequiredException.class);
    assertThat(challenged.getHeaders().contains("WWW-Authenticate")).isFalse();

    HttpException noLocation = ResponseExceptions.of(301, Map.of(), Problem.of(301));
    assertThat(noLocation).isExactlyInstanceOf(RedirectionException.class);

    HttpException unregistered = ResponseExceptions.of(599, Map.of("X-Trace", List.of("abc")), Problem.of(599));
    assertThat(unregistered).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(unregistered.getHeaders().all("X-Trace")).containsExactly("abc");
  }

  @Test
  void invalidHeaderValuesAreLeftOut() {
    Map<String, List<String>> wire = new LinkedHashMap<>();
    wire.put("X-Evil", List.of("a\r\nSet-Cookie: x"));
    wire.put("X-Fine", List.of("ok"));
    wire.put("Bad Name", List.of("1"));
    HttpException got = ResponseExceptions.of(404, wire, Problem.of(404));
    assertThat(got.getHeaders().names()).containsExactly("X-Fine");
  }

  @Test
  void successStatusesAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ResponseExceptions.of(200, Map.of(), Problem.of(200)))
        .withMessageContaining("200");
  }
}
