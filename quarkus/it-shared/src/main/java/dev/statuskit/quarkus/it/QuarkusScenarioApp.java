package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.ScenarioApp;
import java.util.HashSet;
import java.util.Set;

/**
 * The scenario suite's application, plus the rate-limited search: Quarkus builds one application,
 * and an {@code Application} that lists its classes deploys only those.
 */
public class QuarkusScenarioApp extends ScenarioApp {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(super.getClasses());
    classes.add(SearchResource.class);
    classes.add(RateLimitFilter.class);
    return classes;
  }
}
