package dev.statuskit.quarkus;

import dev.statuskit.jaxrs.StatusKitFeature;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs StatusKit's JAX-RS adapter ({@link StatusKitFeature}) in a Quarkus REST or Quarkus
 * RESTEasy classic application, with the {@code statuskit.*} settings of the Quarkus configuration
 * ({@code application.properties}, system properties, environment variables, profiles).
 *
 * <p>Nothing to register: the extension's build step indexes this class, and both REST stacks
 * install every {@code @Provider} feature of the index. A setting the application's own
 * {@code Application.getProperties()} gives wins over the Quarkus configuration; an unknown
 * {@code statuskit.*} key, or a bad value, fails the start with a message naming the key.
 *
 * <p>Both stacks configure this feature before the {@code Application}'s {@code getSingletons()}:
 * a {@code new StatusKitFeature(engine)} registered there comes second and is not applied.
 * Configure StatusKit with settings, {@code ProblemCustomizer} and {@code ProblemListener} beans
 * or services instead.
 *
 * @since 0.3.0
 */
@Provider
public final class StatusKitQuarkusFeature implements Feature {

  private static final String PREFIX = "statuskit.";

  /** Created by the REST stack. */
  public StatusKitQuarkusFeature() {
    // Nothing to set up: the work happens in configure.
  }

  /**
   * Copies the {@code statuskit.*} settings of the Quarkus configuration into the JAX-RS
   * configuration, where the application did not set them, then registers StatusKit's providers.
   *
   * @param context the REST stack's configuration
   * @return {@code true}: the feature is enabled
   * @throws IllegalArgumentException if a {@code statuskit.*} setting is unknown or has a bad value
   */
  @Override
  public boolean configure(FeatureContext context) {
    Configuration own = context.getConfiguration();
    Config config = ConfigProvider.getConfig();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(PREFIX) && own.getProperty(name) == null) {
        config.getOptionalValue(name, String.class).ifPresent(value -> context.property(name, value));
      }
    }
    // Quarkus REST leaves the @Context fields of instances a Feature registers empty; fill them, also
    // in those of a StatusKitFeature the application registered itself before this one.
    boolean quarkusRest = ContextInjectingFeatureContext.quarkusRest();
    ContextInjectingFeatureContext target = new ContextInjectingFeatureContext(context, quarkusRest);
    boolean enabled = new StatusKitFeature().configure(target);
    for (Object instance : context.getConfiguration().getInstances()) {
      if (instance.getClass().getName().startsWith("dev.statuskit.jaxrs.")) {
        target.inject(instance);
      }
    }
    return enabled;
  }
}
