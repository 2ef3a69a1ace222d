package dev.statuskit.servlet.it.tomcat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.servlet.ProblemFilter;
import dev.statuskit.servlet.it.Http;
import dev.statuskit.servlet.it.Scenarios;
import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.ServletScenarioSuite;
import dev.statuskit.servlet.it.TomcatHarness;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The servlet scenarios on Tomcat 11 (Servlet 6.1). */
class TomcatIT extends ServletScenarioSuite {

  TomcatIT() {
    super("11.0.");
  }

  @Override
  protected ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }

  @Test
  void filterTakesAnEngineBuiltInCode() throws Exception {
    ProblemEngine engine = ProblemEngine.builder().map(UnsupportedOperationException.class, 501).build();
    TomcatHarness other = new TomcatHarness(new ProblemFilter(engine));
    try {
      URI b = other.start(Map.of());
      Http.Reply r = Http.get(b.resolve("/throw/unsupported"));
      assertProblem(r, 501, WITH_INSTANCE);
      assertThat(r.body()).doesNotContain(Scenarios.SECRET);
      assertProblem(Http.get(b.resolve("/throw/429")), 429, WITH_DETAIL);
    } finally {
      other.stop();
    }
  }

  @Test
  void contextParamsConfigureTheLanguages() throws Exception {
    onAnother(Map.of("statuskit.languages", "fr, ja"), b -> {
      Http.Reply r = Http.get(b.resolve("/throw/429"), "Accept-Language", "de, ja;q=0.2, fr;q=0.1");
      assertProblem(r, 429, WITH_DETAIL);
      assertThat(r.all("Content-Language")).containsExactly("ja");
      assertThat(r.json().get("title").asText()).isEqualTo("リクエストが多すぎます");
      Http.Reply none = Http.get(b.resolve("/throw/429"), "Accept-Language", "de");
      assertThat(none.all("Content-Language")).isEmpty();
    });
  }
}
