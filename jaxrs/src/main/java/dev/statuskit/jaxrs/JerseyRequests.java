package dev.statuskit.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;
import org.glassfish.jersey.InjectionManagerProvider;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.ContainerRequest;
import org.jspecify.annotations.Nullable;

/**
 * Jersey only: the request being processed, read as Jersey's own stages hold it. A mapper's
 * context proxies ({@code HttpHeaders}, {@code UriInfo}) reach the same request, but the first
 * call through one in a request makes Jersey's injection build the request's factory anew (a
 * per-lookup supplier with its dependencies), about a tenth of a thrown error's cost in process.
 * Jersey keeps the request in a reference bound in its request scope, which its first stage fills
 * in; looking that reference up costs a fraction of it. The reference lives in a package Jersey's
 * module does not export, so it is found reflectively: on the module path, or on a Jersey without
 * it, there is none, and the mappers read their proxies as before.
 */
final class JerseyRequests implements Supplier<@Nullable ContainerRequestContext> {

  private static final String PACKAGE = "org.glassfish.jersey.server.internal.process.";

  private final InjectionManager injectionManager;
  private final Class<?> reference;
  private final MethodHandle get;
  private final MethodHandle request;

  private JerseyRequests(InjectionManager injectionManager, Class<?> reference, MethodHandle get,
      MethodHandle request) {
    this.injectionManager = injectionManager;
    this.reference = reference;
    this.get = get;
    this.request = request;
  }

  /**
   * The current request of the application {@code context} configures, or {@code null} when this
   * Jersey does not let it be read.
   */
  static @Nullable JerseyRequests of(FeatureContext context) {
    try {
      ClassLoader loader = ContainerRequest.class.getClassLoader();
      Class<?> reference = Class.forName(PACKAGE + "RequestProcessingContextReference", false, loader);
      Class<?> processing = Class.forName(PACKAGE + "RequestProcessingContext", false, loader);
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle get = lookup.findVirtual(reference, "get", MethodType.methodType(processing))
          .asType(MethodType.methodType(Object.class, Object.class));
      MethodHandle request = lookup.findVirtual(processing, "request", MethodType.methodType(ContainerRequest.class))
          .asType(MethodType.methodType(ContainerRequest.class, Object.class));
      return new JerseyRequests(InjectionManagerProvider.getInjectionManager(context), reference, get, request);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The request being processed on this thread, or {@code null} outside one. */
  @Override
  public @Nullable ContainerRequestContext get() {
    try {
      Object ref = injectionManager.getInstance(reference);
      Object context = ref == null ? null : (Object) get.invokeExact(ref);
      return context == null ? null : (ContainerRequest) request.invokeExact(context);
    } catch (RuntimeException e) {
      return null; // outside a request scope Jersey's injection throws: the proxies then
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      return null; // the two getters throw nothing checked
    }
  }
}
