package dev.statuskit.quarkus;

import dev.statuskit.jaxrs.ProblemResponses;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * The REST stack's feature context, which hands StatusKit's {@code ProblemResponses} to
 * {@link StatusKitResponsesResolver} and, on Quarkus REST, fills the {@code @Context} fields of the provider
 * instances StatusKit registers with Quarkus REST's request-scoped context beans. Quarkus REST
 * injects {@code @Context} fields of the provider classes it finds at build time only; an instance
 * a {@code Feature} registers would keep them empty, and StatusKit's mappers would not know the
 * request's endpoint (its {@code @MapException}, {@code @DefaultRetryAfter}, ... annotations), path or
 * {@code Accept}. The beans are client proxies: each call reads the current request's value.
 */
final class ContextInjectingFeatureContext implements FeatureContext {

  private final FeatureContext delegate;
  private final boolean inject;

  ContextInjectingFeatureContext(FeatureContext delegate, boolean inject) {
    this.delegate = delegate;
    this.inject = inject;
  }

  /** Whether the application runs Quarkus REST, whose request-scoped beans hold the context. */
  static boolean quarkusRest() {
    try {
      Class.forName("org.jboss.resteasy.reactive.server.injection.ContextProducers", false,
          ContextInjectingFeatureContext.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Fills the component's empty {@code @Context} fields (on Quarkus REST), and hands StatusKit's
   * {@code ProblemResponses} to {@link StatusKitResponsesResolver}.
   */
  Object inject(Object component) {
    if (component instanceof ContextResolver<?> resolver
        && resolver.getContext(ProblemResponses.class) instanceof ProblemResponses responses) {
      StatusKitResponsesResolver.use(responses);
    }
    ArcContainer container = Arc.container();
    if (!inject || container == null) {
      return component;
    }
    for (Class<?> c = component.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(Context.class) && !Modifier.isStatic(f.getModifiers())) {
          set(component, f, container);
        }
      }
    }
    return component;
  }

  private static void set(Object component, Field f, ArcContainer container) {
    InstanceHandle<?> bean = container.instance(f.getType());
    if (!bean.isAvailable()) {
      return;
    }
    try {
      f.setAccessible(true);
      if (f.get(component) == null) {
        f.set(component, bean.get());
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("StatusKit cannot set the @Context field " + f + " of " + component.getClass(), e);
    }
  }

  @Override
  public Configuration getConfiguration() {
    return delegate.getConfiguration();
  }

  @Override
  public FeatureContext property(String name, Object value) {
    delegate.property(name, value);
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass) {
    delegate.register(componentClass);
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass, int priority) {
    delegate.register(componentClass, priority);
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
    delegate.register(componentClass, contracts);
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
    delegate.register(componentClass, contracts);
    return this;
  }

  @Override
  public FeatureContext register(Object component) {
    delegate.register(inject(component));
    return this;
  }

  @Override
  public FeatureContext register(Object component, int priority) {
    delegate.register(inject(component), priority);
    return this;
  }

  @Override
  public FeatureContext register(Object component, Class<?>... contracts) {
    delegate.register(inject(component), contracts);
    return this;
  }

  @Override
  public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
    delegate.register(inject(component), contracts);
    return this;
  }
}
