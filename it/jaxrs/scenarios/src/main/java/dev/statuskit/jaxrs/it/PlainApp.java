package dev.statuskit.jaxrs.it;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** An application with only the automatic (or the harness's explicit) registration, and given properties. */
public class PlainApp extends Application {

  private final Set<Class<?>> classes;
  private final Map<String, Object> properties;

  public PlainApp(Map<String, Object> properties, Class<?>... classes) {
    this.properties = properties;
    this.classes = Set.of(classes);
  }

  @Override
  public Set<Class<?>> getClasses() {
    return classes;
  }

  @Override
  public Map<String, Object> getProperties() {
    return properties;
  }
}
