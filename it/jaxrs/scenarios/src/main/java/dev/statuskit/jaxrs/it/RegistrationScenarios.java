package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statuskit.test.ConformanceChecked;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How StatusKit is registered and switched off, on every runtime: an explicit feature beside the
 * automatic one, an application's own mapper for the same type, {@code jakarta.ws.rs.loadServices}
 * and the {@code statuskit.map-*} properties.
 * Every problem response is checked for the whole wire contract through the test kit
 * ({@link RuntimeScenarios#assertProblem}); every response the suite's client receives is checked
 * against RFC 9110 and RFC 9457 ({@link ConformanceChecked}).
 */
@ConformanceChecked
public abstract class RegistrationScenarios extends RuntimeScenarios {

  @Test
  void globalMappingOfTheExplicitFeatureApplies() throws Exception {
    assumeTrue(harness().featureSeesApplicationConfiguration(),
        "a Bus-wide registration is configured on the Bus only");
    HttpResponse<String> r = get("s/global");
    assertProblem(r, 501, "type", "title", "status", "instance");
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET);
    assertThat(log().statuskit()).hasSize(1);
  }

  // ---------------------------------------------------------------- registration and precedence

  @Test
  // A response StatusKit leaves to the application or the runtime: Grizzly sends no Date on those.
  @ConformanceChecked(ignore = "date")
  void applicationMapperForTheSameTypeWins() throws Exception {
    try (Harness.Running other = harness().start(new PlainApp(Map.of(), ScenarioResource.class,
        UserHttpExceptionMapper.class, ThrottleFilter.class))) {
      HttpResponse<String> r = get(other, "s/typed/409");
      assertThat(r.statusCode()).isEqualTo(409);
      assertThat(r.body()).isEqualTo("mapped by the application");
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      // ProblemResponses is StatusKit's answer, whatever mapper the application adds for the type
      HttpResponse<String> aborted = send(HttpRequest.newBuilder(other.base().resolve("s/only-get"))
          .header("X-Throttle", "abort").GET());
      assertUnfilteredProblem(aborted, 429, "type", "title", "status", "detail", "limit");
      assertThat(aborted.headers().allValues("Retry-After")).containsExactly("7");
      // and the rest is still ours
      HttpResponse<String> missing = get(other, "nothing");
      assertUnfilteredProblem(missing, 404, "type", "title", "status");
    }
  }

  @Test
  void loadServicesFalseTurnsAutomaticRegistrationOff() throws Exception {
    assumeTrue(harness().loadsFeatureServices(), "this runtime never loads Feature services");
    try (Harness.Running other = startScenarioResources(Map.of("jakarta.ws.rs.loadServices", false))) {
      HttpResponse<String> r = get(other, "s/typed/409");
      // Without StatusKit's mappers the HttpException is just an unmapped exception: the runtime's 500.
      assertNotProblem(r, 500);
    }
  }

  @Test
  // A response StatusKit leaves to the application or the runtime: Grizzly sends no Date on those.
  @ConformanceChecked(ignore = "date")
  void webApplicationExceptionMappingCanBeTurnedOff() throws Exception {
    try (Harness.Running other =
        startConfiguredScenarioResources(Map.of("statuskit.map-web-application-exceptions", "false"))) {
      HttpResponse<String> missing = get(other, "nothing");
      assertNotProblem(missing, 404);
      HttpResponse<String> typed = get(other, "s/typed/409");
      assertUnfilteredProblem(typed, 409, "type", "title", "status");
    }
  }

  @Test
  void unhandledMappingCanBeTurnedOff() throws Exception {
    try (Harness.Running other = startConfiguredScenarioResources(Map.of("statuskit.map-unhandled", "false"))) {
      HttpResponse<String> r = get(other, "s/boom");
      assertNotProblem(r, 500);
    }
  }

  @Test
  void twoRegistrationsLogAndAnswerOnce() throws Exception {
    // ScenarioApp registers the feature itself on top of the runtime's (or harness's) registration.
    HttpResponse<String> r = get("s/typed/503");
    assertProblem(r, 503, "type", "title", "status", "instance");
    assertThat(log().statuskit()).hasSize(1);
  }
}
