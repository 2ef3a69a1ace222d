package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ConflictException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ConcurrentModificationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class EndpointRulesTest {

  @MapException(exception = IllegalStateException.class, status = 422, type = "state")
  @MapException(exception = RuntimeException.class, status = 400)
  @DefaultRetryAfter(seconds = 60)
  @DefaultChallenge(scheme = "Basic", realm = "class")
  @ProblemTypeBase("https://api.example.test/problems/")
  static class Resource {
    @MapException(exception = IllegalStateException.class, status = 409, title = "Stale")
    @DefaultRetryAfter(seconds = 5)
    @DefaultChallenge(scheme = "Bearer", realm = "api")
    public void annotated() {}

    public void plain() {}

    @MapException(exception = IllegalStateException.class, status = 405)
    @MapException(exception = ConcurrentModificationException.class, status = 200)
    @MapException(exception = ArithmeticException.class, status = 503, type = "not a uri")
    @DefaultRetryAfter(seconds = -1)
    public void misdeclared() {}
  }

  interface Api {
    @MapException(exception = IllegalStateException.class, status = 409)
    @DefaultRetryAfter(seconds = 7)
    void declared();
  }

  static class Implementation implements Api {
    @Override
    public void declared() {}
  }

  /** Stands for a CDI subclass proxy of the resource. */
  static class Proxied extends Resource {}

  static class Bare {
    public void plain() {}
  }

  private static Method method(Class<?> c, String name) throws Exception {
    return c.getMethod(name);
  }

  @Test
  void methodRuleBeatsClassRule() throws Exception {
    EndpointRules rules = EndpointRules.of(Resource.class, method(Resource.class, "annotated"));
    EndpointRules.Rule m = rules.rule(IllegalStateException.class);
    assertThat(m).isNotNull();
    assertThat(m.status().code()).isEqualTo(409);
    assertThat(m.title()).isEqualTo("Stale");
    assertThat(m.type()).isEqualTo(URI.create("about:blank"));
  }

  @Test
  void classRuleAppliesByNearestSuperclass() throws Exception {
    EndpointRules rules = EndpointRules.of(Resource.class, method(Resource.class, "plain"));
    assertThat(rules.rule(IllegalStateException.class).status().code()).isEqualTo(422);
    assertThat(rules.rule(IllegalArgumentException.class).status().code()).isEqualTo(400);
    assertThat(rules.rule(Exception.class)).isNull();
  }

  /** The engine walks the cause chain: each element is offered to the endpoint's rules in turn. */
  @Test
  void causesAreSearchedButATypedExceptionStopsTheSearch() throws Exception {
    Method plain = method(Resource.class, "plain");
    ProblemResponder responder = new ProblemResponder(StatusKitFeature.withClassifiers(
        ProblemEngine.builder().serviceLoader(false).cdi(false).build()), true);
    RequestView view = new RequestView(null, null, null, new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return plain;
      }

      @Override
      public Class<?> getResourceClass() {
        return Resource.class;
      }
    }, responder);
    ProblemEngine engine = responder.engine();
    // CompletionException is a RuntimeException itself: the class's RuntimeException rule matches it first.
    assertThat(engine.handle(new CompletionException(new IllegalStateException()), view).status().code())
        .isEqualTo(400);
    assertThat(engine.handle(new Exception(new IllegalStateException()), view).status().code()).isEqualTo(422);
    assertThat(engine.handle(new Exception(new ConflictException()), view).status().code()).isEqualTo(409);
    assertThat(engine.handle(new ConflictException(), view).origin()).isEqualTo(ProblemEvent.Origin.HTTP_EXCEPTION);
  }

  @Test
  void methodDefaultsBeatClassDefaults() throws Exception {
    EndpointRules method = EndpointRules.of(Resource.class, method(Resource.class, "annotated"));
    assertThat(method.retryAfter()).isEqualTo("5");
    assertThat(method.challenge()).isEqualTo("Bearer realm=\"api\"");
    EndpointRules plain = EndpointRules.of(Resource.class, method(Resource.class, "plain"));
    assertThat(plain.retryAfter()).isEqualTo("60");
    assertThat(plain.challenge()).isEqualTo("Basic realm=\"class\"");
  }

  @Test
  void relativeTypesResolveAgainstTheBaseAndAbsoluteOnesStay() throws Exception {
    EndpointRules rules = EndpointRules.of(Resource.class, method(Resource.class, "plain"));
    assertThat(rules.type(URI.create("out-of-stock")))
        .isEqualTo(URI.create("https://api.example.test/problems/out-of-stock"));
    assertThat(rules.type(URI.create("about:blank"))).isEqualTo(URI.create("about:blank"));
    assertThat(rules.rule(IllegalStateException.class).type()).isEqualTo(URI.create("state"));
  }

  @Test
  void misdeclaredAnnotationsAreIgnored() throws Exception {
    EndpointRules rules = EndpointRules.of(Resource.class, method(Resource.class, "misdeclared"));
    // 405 needs Allow, 200 is no error, "not a uri" is no URI: the class-level rules apply instead.
    assertThat(rules.rule(IllegalStateException.class).status().code()).isEqualTo(422);
    assertThat(rules.rule(ConcurrentModificationException.class).status().code()).isEqualTo(400);
    assertThat(rules.rule(ArithmeticException.class).status().code()).isEqualTo(400);
    assertThat(rules.retryAfter()).isEqualTo("60");
  }

  @Test
  void annotationsOfTheImplementedInterfaceMethodApply() throws Exception {
    EndpointRules rules = EndpointRules.of(Implementation.class, method(Implementation.class, "declared"));
    assertThat(rules.rule(IllegalStateException.class).status().code()).isEqualTo(409);
    assertThat(rules.retryAfter()).isEqualTo("7");
  }

  @Test
  void classAnnotationsAreInheritedBySubclassProxies() throws Exception {
    EndpointRules rules = EndpointRules.of(Proxied.class, method(Proxied.class, "plain"));
    assertThat(rules.rule(IllegalStateException.class).status().code()).isEqualTo(422);
    assertThat(rules.retryAfter()).isEqualTo("60");
  }

  @Test
  void unannotatedEndpointHasNoRules() throws Exception {
    EndpointRules rules = EndpointRules.of(Bare.class, method(Bare.class, "plain"));
    assertThat(rules).isSameAs(EndpointRules.NONE);
    assertThat(rules.rule(IllegalStateException.class)).isNull();
  }
}
