package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProblemResolverTest {

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
  private final ProblemResolver resolver = ProblemResolver.builder()
      .occurrenceIds(() -> URI.create("urn:uuid:00000000-0000-0000-0000-00000000000" + ids.incrementAndGet()))
      .map(OptimisticLockException.class, 409, URI.create("https://api.example/problems/stale"), "Stale")
      .build();

  @Test
  void httpExceptionsAnswerForThemselves() {
    HttpException e = new MethodNotAllowedException("GET").detail("Read only.");
    Resolution r = resolver.resolve(e);
    assertThat(r.kind()).isEqualTo(Resolution.Kind.HTTP_EXCEPTION);
    assertThat(r.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(r.headers().all("Allow")).containsExactly("GET");
    assertThat(r.problem()).isEqualTo(e.toProblem());
    assertThat(r.source()).isSameAs(e);
    assertThat(r.isServerError()).isFalse();
  }

  @Test
  void annotatedExceptionsTakeStatusTypeTitleAndExtensions() {
    Resolution r = resolver.resolve(new OutOfStockException("B-7", 2));
    assertThat(r.kind()).isEqualTo(Resolution.Kind.ANNOTATED);
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
    assertThat(resolver.resolve(new DiscontinuedException()).problem().extensions()).containsEntry("sku", "A-1");
  }

  @Test
  void annotatedServerErrorsNeverCarryTheMessage() {
    Resolution r = resolver.resolve(new BackendDownException());
    assertThat(r.status().code()).isEqualTo(503);
    assertThat(r.problem().detail()).isEmpty();
    assertThat(r.problem().title()).hasValue("Service Unavailable");
    assertThat(r.problem().instance()).hasValue(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"));
  }

  @Test
  void messageAsDetailCanBeTurnedOff() {
    assertThat(resolver.resolve(new QuietException()).problem().detail()).isEmpty();
  }

  @Test
  void misannotatedClassesFallBackToASafe500() {
    Resolution r = resolver.resolve(new MisannotatedException());
    assertThat(r.kind()).isEqualTo(Resolution.Kind.UNHANDLED);
    assertThat(r.status().code()).isEqualTo(500);
    assertThat(resolver.resolve(new BadExtensionNameException()).kind()).isEqualTo(Resolution.Kind.UNHANDLED);
  }

  @Test
  void aThrowingExtensionGetterIsLeftOut() {
    assertThat(resolver.resolve(new ThrowingGetterException()).problem().extensions()).containsOnly(entry("fine", "ok"));
  }

  @Test
  void configuredMappingsMatchTheNearestSuperclass() {
    Resolution r = resolver.resolve(new SpecialLockException());
    assertThat(r.kind()).isEqualTo(Resolution.Kind.MAPPED);
    assertThat(r.status().code()).isEqualTo(409);
    assertThat(r.problem().type()).hasToString("https://api.example/problems/stale");
    assertThat(r.problem().title()).hasValue("Stale");
  }

  @Test
  void theCauseChainIsWalkedUntilSomethingMatches() {
    NotFoundException inner = new NotFoundException("No order 42.");
    Throwable wrapped = new CompletionException(new RuntimeException("wrapper", inner));
    Resolution r = resolver.resolve(wrapped);
    assertThat(r.status().code()).isEqualTo(404);
    assertThat(r.source()).isSameAs(inner);
    assertThat(r.thrown()).isSameAs(wrapped);
    assertThat(r.problem().detail()).hasValue("No order 42.");
  }

  @Test
  void unknownExceptionsGetA500WithoutDetailButWithAnOccurrenceId() {
    Resolution r = resolver.resolve(new IllegalStateException("SELECT * FROM secrets at /srv/app/Secret.java:42"));
    assertThat(r.kind()).isEqualTo(Resolution.Kind.UNHANDLED);
    assertThat(r.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(r.headers().isEmpty()).isTrue();
    Problem p = r.problem();
    assertThat(p.title()).hasValue("Internal Server Error");
    assertThat(p.detail()).isEmpty();
    assertThat(p.extensions()).isEmpty();
    assertThat(p.instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
  }

  @Test
  void defaultOccurrenceIdsAreRandomUuidUrns() {
    Resolution a = ProblemResolver.defaults().resolve(new RuntimeException());
    Resolution b = ProblemResolver.defaults().resolve(new RuntimeException());
    assertThat(a.problem().instance()).hasValueSatisfying(u -> assertThat(u.toString())
        .matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertThat(a.problem().instance()).isNotEqualTo(b.problem().instance());
  }

  @Test
  void typedServerErrorsKeepTheirExplicitDetailAndGetAnOccurrenceId() {
    Resolution r = resolver.resolve(new ServiceUnavailableException("Down for maintenance until 10:00 UTC."));
    assertThat(r.problem().detail()).hasValue("Down for maintenance until 10:00 UTC.");
    assertThat(r.problem().instance()).isPresent();
    Resolution own = resolver.resolve(new BadGatewayException().instance(URI.create("/incidents/9")));
    assertThat(own.problem().instance()).hasValue(URI.create("/incidents/9"));
  }

  @Test
  void exposeDetailsIsAnExplicitDevelopmentSetting() {
    ProblemResolver dev = ProblemResolver.builder().settings(Settings.builder().exposeDetails(true).build()).build();
    assertThat(dev.resolve(new IllegalStateException("boom")).problem().detail())
        .hasValue("java.lang.IllegalStateException: boom");
    assertThat(dev.resolve(new BackendDownException()).problem().detail()).isPresent();
  }

  @Test
  void cyclicCauseChainsTerminate() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(resolver.resolve(a).kind()).isEqualTo(Resolution.Kind.UNHANDLED);
  }

  @Test
  void veryDeepChainsStopAtTheDepthLimit() {
    Throwable t = new NotFoundException();
    for (int i = 0; i < 10_000; i++) {
      t = new RuntimeException("wrap", t);
    }
    assertThat(resolver.resolve(t).kind()).isEqualTo(Resolution.Kind.UNHANDLED);
    Throwable shallow = new NotFoundException();
    for (int i = 0; i < ProblemResolver.MAX_CAUSE_DEPTH - 1; i++) {
      shallow = new RuntimeException("wrap", shallow);
    }
    assertThat(resolver.resolve(shallow).status().code()).isEqualTo(404);
  }

  @Test
  void mappingsRefuseNonErrorsAndStatusesThatNeedHeaders() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ProblemResolver.builder().map(OptimisticLockException.class, 302))
        .withMessageContaining("not an error status");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ProblemResolver.builder().map(OptimisticLockException.class, 401))
        .withMessageContaining("WWW-Authenticate").withMessageContaining("UnauthorizedException");
  }
}
