package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.spi.ProblemEvent;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shape of the typed-exception API: covariant fluent setters, a cause, getters named get. */
class TypedExceptionApiTest {

  static Stream<Class<? extends HttpException>> concreteTypes() {
    return Stream.concat(Stream.of(RedirectionException.class, ClientErrorException.class, ServerErrorException.class),
        ExceptionCatalog.all().stream().map(ExceptionCatalog.Entry::type));
  }

  @Test
  void theBaseClassHasTheFluentMethodsTheSubclassesRedeclare() {
    assertThat(fluentMethodsDeclaredBy(HttpException.class)).extracting(Method::getName)
        .containsExactlyInAnyOrder("detail", "type", "title", "instance", "extension", "header", "withStackTrace",
            "cause", "portableExtension", "detailKey", "detailKey");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void everyFluentMethodIsRedeclaredWithTheClassItself(Class<? extends HttpException> type) {
    for (Class<?> c = type.getSuperclass(); c != RuntimeException.class; c = c.getSuperclass()) {
      for (Method inherited : fluentMethodsDeclaredBy(c)) {
        List<Method> own = Arrays.stream(type.getDeclaredMethods())
            .filter(m -> !m.isBridge() && m.getName().equals(inherited.getName())
                && Arrays.equals(m.getParameterTypes(), inherited.getParameterTypes()))
            .toList();
        assertThat(own).as("%s redeclares %s", type.getSimpleName(), inherited).hasSize(1);
        assertThat(own.get(0).getReturnType()).as("return type of %s", own.get(0)).isEqualTo(type);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void gettersStartWithGetAndEveryOtherMethodReturnsTheExceptionOrIsStatic(Class<? extends HttpException> type) {
    List<Method> methods = new ArrayList<>();
    for (Class<?> c = type; c != RuntimeException.class; c = c.getSuperclass()) {
      Arrays.stream(c.getDeclaredMethods())
          .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isBridge())
          .forEach(methods::add);
    }
    for (Method m : methods) {
      boolean fluent = m.getReturnType().isAssignableFrom(type) && m.getReturnType() != Throwable.class;
      boolean getter = m.getName().startsWith("get") && m.getParameterCount() == 0;
      boolean known = m.getName().equals("toProblem") || m.getName().equals("fillInStackTrace");
      assertThat(fluent || getter || known).as("%s is a fluent setter, a getter or toProblem", m).isTrue();
    }
  }

  static Stream<ExceptionCatalog.Entry> catalog() {
    return ExceptionCatalog.all().stream();
  }

  /** Each redeclared fluent method sets its member and returns the very exception it was called on. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void everyFluentMethodSetsItsMemberAndReturnsTheSameException(ExceptionCatalog.Entry entry) {
    HttpException e = entry.factory().get();
    URI type = URI.create("https://api.example/problems/x");
    URI instance = URI.create("/incidents/1");
    RuntimeException cause = new RuntimeException("cause");
    assertThat((Object) e.detail("a detail")).isSameAs(e);
    assertThat((Object) e.type(type)).isSameAs(e);
    assertThat((Object) e.title("A title")).isSameAs(e);
    assertThat((Object) e.instance(instance)).isSameAs(e);
    assertThat((Object) e.extension("member", 7)).isSameAs(e);
    assertThat((Object) e.header("X-Trace", "t1")).isSameAs(e);
    assertThat((Object) e.cause(cause)).isSameAs(e);
    assertThat((Object) e.withStackTrace()).isSameAs(e);
    Problem p = e.toProblem();
    assertThat(p.detail()).hasValue("a detail");
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.title()).hasValue("A title");
    assertThat(p.instance()).hasValue(instance);
    assertThat(p.extensions()).containsEntry("member", 7);
    assertThat(e.getHeaders().all("X-Trace")).containsExactly("t1");
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.getStackTrace()).isNotEmpty();
  }

  @Test
  void aFluentChainKeepsTheConcreteTypeUpToItsOwnSetters() {
    // Compiles only because detail(..) returns TooManyRequestsException, not HttpException.
    TooManyRequestsException e = new TooManyRequestsException().detail("x").retryAfter(Duration.ofSeconds(3));
    FoundException found = new FoundException(URI.create("/next")).title("Moved for now")
        .retryAfter(Duration.ofSeconds(1));
    UnavailableForLegalReasonsException legal = new UnavailableForLegalReasonsException().detail("Court order.")
        .blockedBy(URI.create("https://isp.example/"));

    assertThat(e.getDetail()).isEqualTo("x");
    assertThat(e.getRetryAfter()).hasValueSatisfying(r -> assertThat(r.delay()).hasValue(Duration.ofSeconds(3)));
    assertThat(found.getRetryAfter()).isPresent();
    assertThat(found.getLocation()).hasValue(URI.create("/next"));
    assertThat(legal.getBlockedBy()).hasValue(URI.create("https://isp.example/"));
  }

  @Test
  void aCauseCanBeGivenOnce() {
    IOException io = new IOException("connection reset");
    NotFoundException e = new NotFoundException().cause(io).detail("No order 42.");

    assertThat(e.getCause()).isSameAs(io);
    assertThatIllegalStateException().isThrownBy(() -> e.cause(new IOException("again")))
        .withMessageContaining("already set").withMessageContaining("once");
    assertThatIllegalStateException().isThrownBy(() -> e.initCause(new IOException("again")));
    assertThat(e.getCause()).isSameAs(io);
  }

  @Test
  void initCauseWorksOnAnExceptionWithoutCause() {
    IOException io = new IOException("disk full");
    HttpException e = new InsufficientStorageException();
    e.initCause(io);
    assertThat(e.getCause()).isSameAs(io);
    assertThatIllegalStateException().isThrownBy(() -> e.cause(io)).withMessageContaining("already set");
  }

  @Test
  void anExceptionCannotBeItsOwnCause() {
    BadRequestException e = new BadRequestException();
    assertThatIllegalArgumentException().isThrownBy(() -> e.cause(e));
  }

  @Test
  void theCauseNeverReachesTheProblem() {
    String secret = "jdbc:postgresql://db.internal/orders password=hunter2";
    ProblemEngine exposing = ProblemEngine.builder().serviceLoader(false).cdi(false)
        .settings(Settings.builder().exposeDetails(true).build()).build();
    ProblemEngine.Request request = ProblemEngine.Request.of("GET", "/");

    for (HttpException e : List.of(new NotFoundException().cause(new IOException(secret)),
        new InternalServerErrorException().cause(new IllegalStateException(secret)),
        new ConflictException("Version 3 is stale.").cause(new RuntimeException(secret)))) {
      assertThat(e.toProblem().toString()).doesNotContain("hunter2");
      ProblemEvent event = exposing.handle(e, request);
      Problem answered = event.problem();
      assertThat(answered.toString()).doesNotContain("hunter2");
      assertThat(new String(event.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("hunter2");
      assertThat(answered.detail()).isEqualTo(Optional.ofNullable(e.getDetail()));
    }
  }

  @Test
  void theTraceSwitchUsesTheSettingsKeyAndItsEnvironmentName() {
    assertThat(HttpException.TRACES_PROPERTY).isEqualTo(Settings.CLIENT_ERROR_STACK_TRACES.name());
    assertThat(HttpException.TRACES_VARIABLE).isEqualTo(Settings.CLIENT_ERROR_STACK_TRACES.envName());
  }

  @Test
  void clientErrorsSkipTheStackTraceUnlessAsked() {
    assertThat(new NotFoundException().getStackTrace()).isEmpty();
    assertThat(new SeeOtherException(URI.create("/x")).getStackTrace()).isEmpty();
    assertThat(new InternalServerErrorException().getStackTrace()).isNotEmpty();
    assertThat(new NotFoundException().withStackTrace().getStackTrace()).isNotEmpty();
  }

  /** Public instance methods that return the class that declares them: the fluent setters. */
  private static List<Method> fluentMethodsDeclaredBy(Class<?> c) {
    return Arrays.stream(c.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isBridge()
            && m.getReturnType() == c)
        .toList();
  }
}
