package dev.statuskit.jaxrs.it;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The hostile application; StatusKitFeature comes from the runtime or the harness. */
public class HostileApp extends Application {

  private final Map<String, Object> properties;

  public HostileApp(Map<String, Object> properties) {
    this.properties = properties;
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(HostileResource.class, AsyncResource.class, HostileHooks.FailingFilter.class,
        HostileHooks.FragileWriter.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return properties;
  }
}
