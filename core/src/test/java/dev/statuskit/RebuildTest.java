package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RebuildTest {

  static List<ExceptionCatalog.Entry> catalog() {
    return ExceptionCatalog.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void everyTypedExceptionSurvivesTheRoundTrip(ExceptionCatalog.Entry entry) {
    HttpException sent = entry.factory().get().detail("Because.").extension("hint", "x");
    Map<String, List<String>> wire = new LinkedHashMap<>(sent.headers().asMap());
    wire.put("Content-Type", List.of("application/problem+json"));
    wire.put("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT"));

    HttpException got = HttpException.fromResponse(entry.code(), wire, sent.toProblem());

    assertThat(got).isExactlyInstanceOf(entry.type());
    assertThat(got.headers()).isEqualTo(sent.headers());
    assertThat(got.toProblem()).isEqualTo(sent.toProblem());
  }

  @Test
  void typedHeaderValuesAreRestored() {
    HttpException got = HttpException.fromResponse(429, Map.of("Retry-After", List.of("120")), Problem.of(429));
    assertThat(got).isInstanceOf(TooManyRequestsException.class);
    assertThat(got.retryAfter()).hasValueSatisfying(r -> assertThat(r.delay()).hasValue(Duration.ofSeconds(120)));

    UnavailableForLegalReasonsException legal = (UnavailableForLegalReasonsException) HttpException.fromResponse(451,
        Map.of("Link", List.of("<https://isp.example/>; rel=\"blocked-by\"")), Problem.of(451));
    assertThat(legal.blockedBy()).hasValueSatisfying(l -> assertThat(l.target()).isEqualTo(URI.create("https://isp.example/")));

    UnauthorizedException auth = (UnauthorizedException) HttpException.fromResponse(401,
        Map.of("WWW-Authenticate", List.of("Basic realm=\"a\", Bearer realm=\"b\"")), Problem.of(401));
    assertThat(auth.headers().all("WWW-Authenticate")).containsExactly("Basic realm=\"a\"", "Bearer realm=\"b\"");

    MethodNotAllowedException m = (MethodNotAllowedException) HttpException.fromResponse(405,
        Map.of("allow", List.of("GET,HEAD", "OPTIONS")), Problem.of(405));
    assertThat(m.allowed()).containsExactly("GET", "HEAD", "OPTIONS");
  }

  @Test
  void responsesThatBreakTheRulesStillYieldAnExceptionOfTheRightClass() {
    HttpException noChallenge = HttpException.fromResponse(401, Map.of(), Problem.of(401));
    assertThat(noChallenge).isExactlyInstanceOf(ClientErrorException.class);
    assertThat(noChallenge.status().code()).isEqualTo(401);

    HttpException challenged = HttpException.fromResponse(511,
        Map.of("WWW-Authenticate", List.of("Basic realm=\"x\"")), Problem.of(511));
    assertThat(challenged).isInstanceOf(NetworkAuthenticationRequiredException.class);
    assertThat(challenged.headers().contains("WWW-Authenticate")).isFalse();

    HttpException noLocation = HttpException.fromResponse(301, Map.of(), Problem.of(301));
    assertThat(noLocation).isExactlyInstanceOf(RedirectionException.class);

    HttpException unregistered = HttpException.fromResponse(599, Map.of("X-Trace", List.of("abc")), Problem.of(599));
    assertThat(unregistered).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(unregistered.headers().all("X-Trace")).containsExactly("abc");
  }

  @Test
  void invalidHeaderValuesAreLeftOut() {
    Map<String, List<String>> wire = new LinkedHashMap<>();
    wire.put("X-Evil", List.of("a\r\nSet-Cookie: x"));
    wire.put("X-Fine", List.of("ok"));
    wire.put("Bad Name", List.of("1"));
    HttpException got = HttpException.fromResponse(404, wire, Problem.of(404));
    assertThat(got.headers().names()).containsExactly("X-Fine");
  }

  @Test
  void successStatusesAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> HttpException.fromResponse(200, Map.of(), Problem.of(200)))
        .withMessageContaining("200");
  }

  @Test
  void clientErrorsSkipTheStackTraceUnlessAsked() {
    assertThat(new NotFoundException().getStackTrace()).isEmpty();
    assertThat(new SeeOtherException(URI.create("/x")).getStackTrace()).isEmpty();
    assertThat(new InternalServerErrorException().getStackTrace()).isNotEmpty();
    assertThat(new NotFoundException().withStackTrace().getStackTrace()).isNotEmpty();
  }
}
