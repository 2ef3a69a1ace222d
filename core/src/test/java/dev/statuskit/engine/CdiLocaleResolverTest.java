package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.NotFoundException;
import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** A LocaleResolver bean replaces Accept-Language negotiation; the lowest priority wins; the builder's wins over beans. */
@EnableWeld
class CdiLocaleResolverTest {

  /** The user's language from a token claim, here a header the test sends. */
  @ApplicationScoped
  @Priority(10)
  public static class ClaimLocale implements LocaleResolver {
    @Override
    public Optional<Locale> resolve(ProblemEngine.Request request, List<Locale> supported) {
      return Optional.ofNullable(request.header("X-Claim-Lang")).map(Locale::forLanguageTag);
    }
  }

  @ApplicationScoped
  @Priority(20)
  public static class AlwaysFrench implements LocaleResolver {
    @Override
    public Optional<Locale> resolve(ProblemEngine.Request request, List<Locale> supported) {
      return Optional.of(Locale.FRENCH);
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(ClaimLocale.class, AlwaysFrench.class).build();

  @Test
  void theBeanOfLowestPriorityChoosesTheLanguage() {
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).build();
    ProblemEvent r = engine.handle(new NotFoundException(),
        ProblemEngine.Request.of("GET", "/x", Map.of("X-Claim-Lang", "ja", "Accept-Language", "de")));
    assertThat(r.problem().title()).contains("見つかりません");
    assertThat(r.headers().first("Content-Language")).contains("ja");
    ProblemEvent none = engine.handle(new NotFoundException(),
        ProblemEngine.Request.of("GET", "/x", Map.of("Accept-Language", "de")));
    assertThat(none.headers().contains("Content-Language")).isFalse();
  }

  @Test
  void theBuildersResolverWinsOverBeans() {
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false)
        .localeResolver((request, supported) -> Optional.of(Locale.GERMAN)).build();
    ProblemEvent r = engine.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/x", Map.of("X-Claim-Lang", "ja")));
    assertThat(r.headers().first("Content-Language")).contains("de");
  }
}
