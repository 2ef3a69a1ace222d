package dev.statuskit.jaxrs.it;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.jaxrs.StatusKitFeature;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The main application. It registers a StatusKitFeature with a global mapping explicitly, on top of
 * the automatic registration (Jersey, RESTEasy) or the harness's explicit one (CXF): registering
 * twice must be harmless, and the explicit configuration must win.
 */
public class ScenarioApp extends Application {

  private final Map<String, Object> properties;

  public ScenarioApp() {
    this(Map.of());
  }

  public ScenarioApp(Map<String, Object> properties) {
    this.properties = properties;
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ScenarioResource.class, EndpointResource.class, WireResource.class, AsyncResource.class, ThrottleFilter.class,
        PreMatchingFilter.class, MarkerResponseFilter.class);
  }

  @Override
  @SuppressWarnings("deprecation") // deprecated in REST 4.0, still the portable way to pass an instance
  public Set<Object> getSingletons() {
    return Set.of(new StatusKitFeature(ProblemEngine.builder()
        .map(UnsupportedOperationException.class, 501)
        .build()));
  }

  @Override
  public Map<String, Object> getProperties() {
    return properties;
  }
}
