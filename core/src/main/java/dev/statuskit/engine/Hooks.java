package dev.statuskit.engine;

import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The hooks of one engine: customizers and listeners given to its builder, found by
 * {@link ServiceLoader} when it was built, and CDI beans looked up once, at the first error (a CDI
 * container may start after the adapter), in {@code @Priority} order.
 */
final class Hooks {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");
  private static final int DEFAULT_PRIORITY = 5000;
  private static final boolean CDI_API = isPresent("jakarta.enterprise.inject.spi.CDI");
  private static final Object NO_CDI = new Object();

  private final List<ProblemCustomizer> ownCustomizers;
  private final List<ProblemListener> ownListeners;
  private volatile @Nullable Object cdi; // a Cdi, or NO_CDI once looked up in vain
  private volatile List<ProblemCustomizer> customizers;
  private volatile List<ProblemListener> listeners;
  /** The builder's resolver, else the first of ServiceLoader's by priority, else (at the first error) CDI's. */
  private volatile @Nullable LocaleResolver localeResolver;
  private final boolean ownLocaleResolver;

  Hooks(List<ProblemCustomizer> customizers, List<ProblemListener> listeners, boolean serviceLoader,
      @Nullable ClassLoader loader, boolean cdi) {
    this(customizers, listeners, null, serviceLoader, loader, cdi);
  }

  Hooks(List<ProblemCustomizer> customizers, List<ProblemListener> listeners, @Nullable LocaleResolver resolver,
      boolean serviceLoader, @Nullable ClassLoader loader, boolean cdi) {
    List<ProblemCustomizer> cs = new ArrayList<>(customizers);
    List<ProblemListener> ls = new ArrayList<>(listeners);
    List<LocaleResolver> rs = new ArrayList<>();
    if (serviceLoader) {
      ServiceLoader.load(ProblemCustomizer.class, loader).forEach(cs::add);
      ServiceLoader.load(ProblemListener.class, loader).forEach(ls::add);
      if (resolver == null) {
        ServiceLoader.load(LocaleResolver.class, loader).forEach(rs::add);
      }
    }
    rs.sort(Comparator.comparingInt(Hooks::priority));
    this.localeResolver = resolver != null ? resolver : rs.isEmpty() ? null : rs.get(0);
    this.ownLocaleResolver = localeResolver != null;
    cs.sort(Comparator.comparingInt(Hooks::priority));
    ls.sort(Comparator.comparingInt(Hooks::priority));
    this.ownCustomizers = List.copyOf(cs);
    this.ownListeners = List.copyOf(ls);
    this.customizers = ownCustomizers;
    this.listeners = ownListeners;
    this.cdi = cdi && CDI_API ? null : NO_CDI;
  }

  List<ProblemCustomizer> customizers() {
    cdi();
    return customizers;
  }

  List<ProblemListener> listeners() {
    cdi();
    return listeners;
  }

  @Nullable LocaleResolver localeResolver() {
    cdi();
    return localeResolver;
  }

  /** The CDI support, looked up at the first call; {@code null} without a container. */
  @Nullable Cdi cdi() {
    Object c = cdi;
    if (c == null) {
      c = lookUpCdi();
    }
    return c instanceof Cdi found ? found : null;
  }

  private synchronized Object lookUpCdi() {
    Object c = cdi;
    if (c != null) {
      return c;
    }
    Cdi found = null;
    try {
      found = Cdi.current();
    } catch (RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "StatusKit could not look up CDI beans; going on without them", e);
    }
    if (found != null) {
      customizers = withBeans(ownCustomizers, found.customizers());
      listeners = withBeans(ownListeners, found.listeners());
      if (!ownLocaleResolver) {
        List<LocaleResolver> rs = new ArrayList<>(found.localeResolvers());
        rs.sort(Comparator.comparingInt(Hooks::priority));
        localeResolver = rs.isEmpty() ? null : rs.get(0);
      }
      cdi = found;
      return found;
    }
    cdi = NO_CDI;
    return NO_CDI;
  }

  /** The hooks given, plus the CDI beans of a class not among them, in {@code @Priority} order. */
  private static <T> List<T> withBeans(List<T> own, Iterable<? extends T> beans) {
    List<T> all = new ArrayList<>(own);
    for (T bean : beans) {
      if (all.stream().noneMatch(existing -> existing.getClass() == unproxied(bean.getClass()))) {
        all.add(bean);
      }
    }
    all.sort(Comparator.comparingInt(Hooks::priority));
    return List.copyOf(all);
  }

  /** CDI client proxies subclass the bean class; compare and read annotations on the bean class. */
  private static Class<?> unproxied(Class<?> c) {
    Class<?> k = c;
    while (k.getSuperclass() != null && k.getSuperclass() != Object.class && k.getName().contains("$")
        && k.getSimpleName().contains("Proxy")) {
      k = k.getSuperclass();
    }
    return k;
  }

  /** {@code jakarta.annotation.Priority}, read by name so that the annotation API is optional. */
  static int priority(Object hook) {
    for (Annotation a : unproxied(hook.getClass()).getAnnotations()) {
      if (a.annotationType().getName().equals("jakarta.annotation.Priority")) {
        try {
          Method value = a.annotationType().getMethod("value");
          return (Integer) value.invoke(a);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return DEFAULT_PRIORITY;
        }
      }
    }
    return DEFAULT_PRIORITY;
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, Hooks.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
