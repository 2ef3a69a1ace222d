package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.statuskit.BadGatewayException;
import dev.statuskit.HttpException;
import dev.statuskit.HttpProblem;
import dev.statuskit.HttpStatus;
import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.spi.ProblemEvent;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClassifyTest {

  @HttpProblem(status = 409, type = "https://api.example/problems/out-of-stock", title = "Out of stock")
  static class OutOfStockException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension final String sku;
    private final int left;

    OutOfStockException(String sku, int left) {
      super("Only " + left + " of " + sku + " left.");
      this.sku = sku;
      this.left = left;
    }

    @ProblemExtension
    int getLeft() {
      return left;
    }

    @ProblemExtension("retryable")
    boolean isRetryable() {
      return true;
    }
  }

  static class DiscontinuedException extends OutOfStockException {
    private static final long serialVersionUID = 1L;

    DiscontinuedException() {
      super("A-1", 0);
    }
  }

  @HttpProblem(status = 503)
  static class BackendDownException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BackendDownException() {
      super("jdbc:postgresql://db.internal:5432 refused");
    }
  }

  @HttpProblem(status = 400, messageAsDetail = false)
  static class QuietException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QuietException() {
      super("internal words");
    }
  }

  @HttpProblem(status = 405)
  static class MisannotatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @HttpProblem(status = 400)
  static class BadExtensionNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension("x") final int value = 1;
  }

  @HttpProblem(status = 422)
  static class ThrowingGetterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @ProblemExtension
    String getBroken() {
      throw new IllegalStateException("boom");
    }

    @ProblemExtension
    String getFine() {
      return "ok";
    }
  }

  static class OptimisticLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class SpecialLockException extends OptimisticLockException {
    private static final long serialVersionUID = 1L;
  }

  private final AtomicInteger ids = new AtomicInteger();
  private final ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false)
      .occurrenceIds(() -> URI.create("urn:uuid:00000000-0000-0000-0000-00000000000" + ids.incrementAndGet()))
      .map(OptimisticLockException.class, 409, URI.create("https://api.example/problems/stale"), "Stale")
      .build();

  private ProblemEvent resolve(Throwable t) {
    return engine.handle(t, ProblemEngine.Request.of("GET", "/"));
  }

  @Test
  void httpExceptionsAnswerForThemselves() {
    HttpException e = new MethodNotAllowedException("GET").detail("Read only.");
    ProblemEvent r = resolve(e);
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.HTTP_EXCEPTION);
    assertThat(r.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(r.headers().all("Allow")).containsExactly("GET");
    assertThat(r.problem()).isEqualTo(e.toProblem());
    assertThat(r.source()).containsSame(e);
    assertThat(r.status().series()).isEqualTo(HttpStatus.Series.CLIENT_ERROR);
  }

  @Test
  void annotatedExceptionsTakeStatusTypeTitleAndExtensions() {
    ProblemEvent r = resolve(new OutOfStockException("B-7", 2));
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.ANNOTATED);
    assertThat(r.status().code()).isEqualTo(409);
    Problem p = r.problem();
    assertThat(p.type()).hasToString("https://api.example/problems/out-of-stock");
    assertThat(p.title()).hasValue("Out of stock");
    assertThat(p.status()).hasValue(409);
    assertThat(p.detail()).hasValue("Only 2 of B-7 left.");
    assertThat(p.instance()).isEmpty();
    assertThat(p.extensions()).containsOnly(entry("sku", "B-7"), entry("left", 2), entry("retryable", true));
  }

  @Test
  void annotationIsInherited() {
    assertThat(resolve(new DiscontinuedException()).problem().extensions()).containsEntry("sku", "A-1");
  }

  @Test
  void annotatedServerErrorsNeverCarryTheMessage() {
    ProblemEvent r = resolve(new BackendDownException());
    assertThat(r.status().code()).isEqualTo(503);
    assertThat(r.problem().detail()).isEmpty();
    assertThat(r.problem().title()).hasValue("Service Unavailable");
    assertThat(r.problem().instance()).hasValue(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"));
  }

  @Test
  void messageAsDetailCanBeTurnedOff() {
    assertThat(resolve(new QuietException()).problem().detail()).isEmpty();
  }

  @Test
  void misannotatedClassesFallBackToASafe500() {
    ProblemEvent r = resolve(new MisannotatedException());
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
    assertThat(r.status().code()).isEqualTo(500);
    assertThat(resolve(new BadExtensionNameException()).origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
  }

  @Test
  void aThrowingExtensionGetterIsLeftOut() {
    assertThat(resolve(new ThrowingGetterException()).problem().extensions()).containsOnly(entry("fine", "ok"));
  }

  @Test
  void configuredMappingsMatchTheNearestSuperclass() {
    ProblemEvent r = resolve(new SpecialLockException());
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.MAPPED);
    assertThat(r.status().code()).isEqualTo(409);
    assertThat(r.problem().type()).hasToString("https://api.example/problems/stale");
    assertThat(r.problem().title()).hasValue("Stale");
  }

  @Test
  void theCauseChainIsWalkedUntilSomethingMatches() {
    NotFoundException inner = new NotFoundException("No order 42.");
    Throwable wrapped = new CompletionException(new RuntimeException("wrapper", inner));
    ProblemEvent r = resolve(wrapped);
    assertThat(r.status().code()).isEqualTo(404);
    assertThat(r.source()).containsSame(inner);
    assertThat(r.exception()).containsSame(wrapped);
    assertThat(r.problem().detail()).hasValue("No order 42.");
  }

  @Test
  void unknownExceptionsGetA500WithoutDetailButWithAnOccurrenceId() {
    ProblemEvent r = resolve(new IllegalStateException("SELECT * FROM secrets at /srv/app/Secret.java:42"));
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
    assertThat(r.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(r.headers().names()).containsExactly("Vary", "Content-Type");
    Problem p = r.problem();
    assertThat(p.title()).hasValue("Internal Server Error");
    assertThat(p.detail()).isEmpty();
    assertThat(p.extensions()).isEmpty();
    assertThat(p.instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
  }

  @Test
  void defaultOccurrenceIdsAreRandomUuidUrns() {
    ProblemEvent a = ProblemEngine.create(Settings.defaults()).handle(new RuntimeException(), ProblemEngine.Request.of("GET", "/"));
    ProblemEvent b = ProblemEngine.create(Settings.defaults()).handle(new RuntimeException(), ProblemEngine.Request.of("GET", "/"));
    assertThat(a.problem().instance()).hasValueSatisfying(u -> assertThat(u.toString())
        .matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertThat(a.problem().instance()).isNotEqualTo(b.problem().instance());
  }

  @Test
  void typedServerErrorsKeepTheirExplicitDetailAndGetAnOccurrenceId() {
    ProblemEvent r = resolve(new ServiceUnavailableException("Down for maintenance until 10:00 UTC."));
    assertThat(r.problem().detail()).hasValue("Down for maintenance until 10:00 UTC.");
    assertThat(r.problem().instance()).isPresent();
    ProblemEvent own = resolve(new BadGatewayException().instance(URI.create("/incidents/9")));
    assertThat(own.problem().instance()).hasValue(URI.create("/incidents/9"));
  }

  @Test
  void exposeDetailsIsAnExplicitDevelopmentSetting() {
    ProblemEngine dev = ProblemEngine.builder().settings(Settings.builder().exposeDetails(true).build()).build();
    assertThat(dev.handle(new IllegalStateException("boom"), ProblemEngine.Request.of("GET", "/")).problem().detail())
        .hasValue("java.lang.IllegalStateException: boom");
    assertThat(dev.handle(new BackendDownException(), ProblemEngine.Request.of("GET", "/")).problem().detail()).isPresent();
  }

  @Test
  void cyclicCauseChainsTerminate() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(resolve(a).origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
  }

  @Test
  void veryDeepChainsStopAtTheDepthLimit() {
    Throwable t = new NotFoundException();
    for (int i = 0; i < 10_000; i++) {
      t = new RuntimeException("wrap", t);
    }
    assertThat(resolve(t).origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
    Throwable shallow = new NotFoundException();
    for (int i = 0; i < ProblemEngine.MAX_CAUSE_DEPTH - 1; i++) {
      shallow = new RuntimeException("wrap", shallow);
    }
    assertThat(resolve(shallow).status().code()).isEqualTo(404);
  }

  @Test
  void mappingsRefuseNonErrorsAndStatusesThatNeedHeaders() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ProblemEngine.builder().map(OptimisticLockException.class, 302))
        .withMessageContaining("not an error status");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ProblemEngine.builder().map(OptimisticLockException.class, 401))
        .withMessageContaining("WWW-Authenticate").withMessageContaining("UnauthorizedException");
  }
}
