package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.HttpException;
import dev.statuskit.engine.ProblemEngine;
import jakarta.ws.rs.core.Feature;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusKitFeatureTest {

  /** A FeatureContext that records registrations, built as a proxy of the interfaces of a given loader. */
  static final class Recorder {
    final Map<String, Object> properties = new HashMap<>();
    final Set<Object> instances = new LinkedHashSet<>();
    final Set<Class<?>> classes = new LinkedHashSet<>();
    final Object context;

    Recorder(ClassLoader loader) throws Exception {
      Class<?> featureContext = Class.forName("jakarta.ws.rs.core.FeatureContext", false, loader);
      Class<?> configuration = Class.forName("jakarta.ws.rs.core.Configuration", false, loader);
      Object config = Proxy.newProxyInstance(loader, new Class<?>[] {configuration}, (p, m, args) -> switch (m.getName()) {
        case "getProperty" -> properties.get((String) args[0]);
        case "getProperties" -> properties;
        case "getInstances" -> instances;
        case "getClasses" -> classes;
        case "isRegistered" -> args[0] instanceof Class<?> c
            ? instances.stream().anyMatch(i -> i.getClass() == c) : instances.contains(args[0]);
        default -> throw new UnsupportedOperationException(m.getName());
      });
      context = Proxy.newProxyInstance(loader, new Class<?>[] {featureContext}, (p, m, args) -> {
        switch (m.getName()) {
          case "getConfiguration" -> {
            return config;
          }
          case "property" -> properties.put((String) args[0], args[1]);
          case "register" -> instances.add(args[0]);
          default -> throw new UnsupportedOperationException(m.getName());
        }
        return p;
      });
    }

    List<String> registered() {
      List<String> names = new ArrayList<>();
      for (Object i : instances) {
        names.add(i.getClass().getSimpleName());
      }
      return names;
    }
  }

  @Test
  void registersEveryProviderWhenTheOptionalLibrariesArePresent() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    assertThat(new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) r.context)).isTrue();
    assertThat(r.registered()).containsExactly("ProblemBodyWriter", "HttpExceptionMapper", "ProblemResponsesResolver",
        "QuotaPolicies", "MalformedAcceptFilter", "WebApplicationExceptionMapper", "ThrowableMapper",
        "ConstraintViolationMapper", "JsonbExceptionMapper", "JacksonExceptionMapper");
  }

  @Test
  void aProblemDocsBaseAddsTheDocumentationFilterAndABadOneFailsAtStartUp() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    r.properties.put("statuskit.problem-docs", "/problems/");
    new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) r.context);
    assertThat(r.registered()).containsExactly("ProblemBodyWriter", "HttpExceptionMapper", "ProblemResponsesResolver",
        "QuotaPolicies", "MalformedAcceptFilter", "ProblemDocsFilter", "WebApplicationExceptionMapper",
        "ThrowableMapper", "ConstraintViolationMapper", "JsonbExceptionMapper", "JacksonExceptionMapper");

    Recorder bad = new Recorder(getClass().getClassLoader());
    bad.properties.put("statuskit.problem-docs", "problems");
    assertThatThrownBy(() -> new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) bad.context))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("StatusKit setting statuskit.problem-docs=\"problems\""
            + " (JAX-RS application property) is invalid: expected an absolute http(s) URI or an absolute path, without"
            + " query or fragment, or nothing");
  }

  @Test
  void theConformanceGuardIsRegisteredOnlyWhenTurnedOn() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    r.properties.put("statuskit.conformance-guard", "true");
    new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) r.context);
    assertThat(r.registered()).hasSize(12).contains("ConformanceGuardFilter", "Routes");
  }

  @Test
  void registeringTwiceInstallsOnceAndAnExplicitResolverWins() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    jakarta.ws.rs.core.FeatureContext context = (jakarta.ws.rs.core.FeatureContext) r.context;
    new StatusKitFeature().configure(context);
    ProblemEngine explicit = ProblemEngine.builder().map(UnsupportedOperationException.class, 501).build();
    new StatusKitFeature(explicit).configure(context);
    new StatusKitFeature().configure(context);
    assertThat(r.registered()).hasSize(10);
    ProblemResponder responder = ((ProblemMapperBase) r.instances.stream()
        .filter(HttpExceptionMapper.class::isInstance).findFirst().orElseThrow()).responder;
    assertThat(responder.engine().settings()).isSameAs(explicit.settings());
    assertThat(responder.engine()).isNotSameAs(explicit); // the same configuration, with the adapter's steps
    assertThat(responder.engine().classify(new UnsupportedOperationException(), new RequestView(null, null, null, null,
        responder)).status().code()).isEqualTo(501);
  }

  @Test
  void applicationPropertiesConfigureTheSettings() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    r.properties.put("statuskit.validation-status", "422");
    r.properties.put("statuskit.map-unhandled", "false");
    new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) r.context);
    assertThat(r.registered()).doesNotContain("ThrowableMapper");
    ProblemResponder responder = ((ProblemMapperBase) r.instances.stream()
        .filter(HttpExceptionMapper.class::isInstance).findFirst().orElseThrow()).responder;
    assertThat(responder.engine().settings().get(StatusKitFeature.VALIDATION_STATUS)).isEqualTo(422);
  }

  @Test
  void unknownSettingFailsAtStartUp() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    r.properties.put("statuskit.validaton-status", "422");
    assertThatThrownBy(() -> new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) r.context))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statuskit.validaton-status");
  }

  @Test
  void loadsAndConfiguresWithoutBeanValidationJsonbOrJackson() throws Exception {
    URL[] urls = {
        location(StatusKitFeature.class), location(HttpException.class), location(Feature.class),
        location(jakarta.annotation.Priority.class)};
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> Class.forName("jakarta.validation.ConstraintViolationException", false, loader))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> Class.forName("jakarta.json.bind.JsonbException", false, loader))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonProcessingException", false, loader))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> featureClass = Class.forName(StatusKitFeature.class.getName(), true, loader);
      Object feature = featureClass.getConstructor().newInstance();
      Recorder r = new Recorder(loader);
      Object enabled = featureClass.getMethod("configure", Class.forName("jakarta.ws.rs.core.FeatureContext", false, loader))
          .invoke(feature, r.context);
      assertThat(enabled).isEqualTo(true);
      assertThat(r.registered()).containsExactly("ProblemBodyWriter", "HttpExceptionMapper", "ProblemResponsesResolver",
          "QuotaPolicies", "MalformedAcceptFilter", "WebApplicationExceptionMapper", "ThrowableMapper");
    }
  }

  private static URL location(Class<?> c) {
    return c.getProtectionDomain().getCodeSource().getLocation();
  }

  /** A resource whose annotation cannot work: a 401 needs a challenge, and none is declared. */
  @jakarta.ws.rs.Path("bad")
  public static final class MisdeclaredResource {
    @jakarta.ws.rs.GET
    @MapException(exception = SecurityException.class, status = 401)
    public String get() {
      return "";
    }
  }

  /** Regression: a misdeclared @MapException was logged at the first request and its 4xx became a 500. */
  @Test
  void aMisdeclaredResourceFailsTheDeploymentNamingElementAndRule() throws Exception {
    Recorder r = new Recorder(getClass().getClassLoader());
    r.classes.add(MisdeclaredResource.class);
    assertThatThrownBy(() -> new StatusKitFeature().configure((jakarta.ws.rs.core.FeatureContext) r.context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("StatusKitFeature cannot start")
        .hasMessageContaining("@MapException")
        .hasMessageContaining(MisdeclaredResource.class.getName() + ".get()")
        .hasMessageContaining("no @DefaultChallenge");
    assertThat(r.instances).isEmpty();
  }
}
