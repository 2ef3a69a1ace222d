package dev.statuskit.jaxrs;

import dev.statuskit.HttpException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.Serial;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.glassfish.jersey.InjectionManagerProvider;
import org.glassfish.jersey.internal.inject.Binding;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.internal.inject.Providers;
import org.glassfish.jersey.internal.inject.ServiceHolder;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider;
import org.glassfish.jersey.spi.ExceptionMappers;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.jspecify.annotations.Nullable;

/**
 * Jersey only: a StatusKit exception thrown by a resource method reaches StatusKit's answer without
 * the two exceptions Jersey's exception path builds around it. Jersey invokes a resource method by
 * reflection, which wraps what the method throws in an {@code InvocationTargetException}, and its
 * dispatcher wraps that cause again in a {@code MappableException} (anything but a
 * {@code WebApplicationException}); both fill a stack trace as deep as the server's, which costs
 * more than StatusKit's whole answer.
 *
 * <p>Through Jersey's {@link ResourceMethodInvocationHandlerProvider}, this invokes the method
 * through a method handle (no wrapping), and when the method throws a StatusKit exception that
 * StatusKit's own mapper would answer (no application mapper claims its type), answers it as that
 * mapper does and hands the response to Jersey as a {@code WebApplicationException} with that
 * status, which Jersey maps (with a mapper of this class's own) to StatusKit's response, through the
 * response filters and writer interceptors of any mapped exception. Neither wrapper fills a stack
 * trace. Anything else the method throws (or a StatusKit exception an application's mapper claims)
 * is wrapped as reflection would, and takes Jersey's usual path; only the reflection wrapper's stack
 * trace is left out, which Jersey drops unread (it keeps the cause), so that an application's own
 * exceptions and the JAX-RS ones cost one stack trace less too. Bean Validation of the parameters runs before the handler and of the return
 * value only after a normal return; CDI interceptors run inside the method call: neither changes.
 *
 * <p>What Jersey's monitoring sees changes in one way: a {@code RequestEventListener}'s
 * {@code ON_EXCEPTION} event carries this wrapper instead of Jersey's {@code MappableException},
 * in both cases with the thrown exception as its cause, and the mapper is this class's own. Off with
 * {@code statuskit.fast-thrown-exceptions=false}.
 */
final class JerseyThrownExceptions implements ResourceMethodInvocationHandlerProvider {

  private static final MethodType GENERIC = MethodType.methodType(Object.class, Object.class, Object[].class);
  private static final int KEPT_TYPES = 64;

  private final ProblemResponder responder;
  private final HttpExceptionMapper mapper;
  private final InjectionManager injectionManager;
  /** Jersey's choice of mapper for an exception, as its exception path makes it; read on first use. */
  private volatile @Nullable ExceptionMappers mappers;
  /**
   * Per exception class, whether Jersey hands it to StatusKit's mapper: Jersey's choice depends on
   * the class alone unless an application mapper decides per exception (an
   * {@code ExtendedExceptionMapper}), and the mappers of an application do not change once it runs.
   * Bounded: past {@value #KEPT_TYPES} classes Jersey is asked every time.
   */
  private final Map<Class<?>, Boolean> answeredTypes = new ConcurrentHashMap<>();
  /** Whether any of the application's mappers decides per exception; found out with {@link #mappers}. */
  private volatile boolean perException = true;

  private JerseyThrownExceptions(ProblemResponder responder, HttpExceptionMapper mapper,
      InjectionManager injectionManager) {
    this.responder = responder;
    this.mapper = mapper;
    this.injectionManager = injectionManager;
  }

  /**
   * Registers the handler provider; called only when the runtime is Jersey (whose server classes
   * this class's SPI needs on the class path).
   *
   * @return whether it was registered
   */
  static boolean register(FeatureContext context, ProblemResponder responder, HttpExceptionMapper mapper) {
    // Jersey takes this SPI from its injection manager only (not as a provider contract), so it is
    // bound there. Jersey 4 moved the binding factory (Bindings) to another package than Jersey 3.1's,
    // and Jersey 3.1 accepts only its own AbstractBinder (gone in 4) as a registered binder.
    try {
      InjectionManager injectionManager = InjectionManagerProvider.getInjectionManager(context);
      injectionManager.register(instanceBinding(new JerseyThrownExceptions(responder, mapper, injectionManager)));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false; // a Jersey this does not know: its own exception path
    }
    context.register(new AnsweredMapper(), StatusKitFeature.PRIORITY);
    return true;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Binding<?, ?> instanceBinding(JerseyThrownExceptions provider) throws ReflectiveOperationException {
    Class<?> bindings;
    ClassLoader loader = ResourceMethodInvocationHandlerProvider.class.getClassLoader();
    try {
      bindings = Class.forName("org.glassfish.jersey.innate.inject.Bindings", false, loader); // Jersey 4
    } catch (ClassNotFoundException e) {
      bindings = Class.forName("org.glassfish.jersey.internal.inject.Bindings", false, loader); // Jersey 3.1
    }
    Binding binding = (Binding) bindings.getMethod("service", Object.class).invoke(null, provider);
    binding.to(ResourceMethodInvocationHandlerProvider.class);
    return binding;
  }

  @Override
  public @Nullable InvocationHandler create(Invocable invocable) {
    if (!responder.engine().settings().get(StatusKitFeature.FAST_THROWN_EXCEPTIONS)) {
      return null; // Jersey's own handler
    }
    Method method = invocable.getHandlingMethod();
    if (method == null || Modifier.isStatic(method.getModifiers())
        || isEnterpriseBean(invocable.getHandler().getHandlerClass())) {
      return null;
    }
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflect(method).asFixedArity()
          .asSpreader(Object[].class, method.getParameterCount()).asType(GENERIC);
    } catch (IllegalAccessException | RuntimeException e) {
      return null; // not public, or not exported to everyone: Jersey's own handler
    }
    return new Handler(method, invocable.getHandler().getHandlerClass(), handle);
  }

  /**
   * Whether the resource is an enterprise bean: Jersey's EJB integration invokes its methods
   * through the bean's business interface with a handler of its own, which this must not replace.
   */
  static boolean isEnterpriseBean(Class<?> resource) {
    for (java.lang.annotation.Annotation a : resource.getAnnotations()) {
      String name = a.annotationType().getName();
      if (name.equals("jakarta.ejb.Stateless") || name.equals("jakarta.ejb.Singleton")
          || name.equals("jakarta.ejb.Stateful")) {
        return true;
      }
    }
    return false;
  }

  private final class Handler implements InvocationHandler {
    private final Method method;
    /** The class Jersey's {@code ResourceInfo} names for this method: its handler's. */
    private final Class<?> resourceClass;
    private final MethodHandle handle;
    /** The method's annotation rules, read on the first exception (the responder caches them too). */
    private @Nullable EndpointRules rules;

    Handler(Method method, Class<?> resourceClass, MethodHandle handle) {
      this.method = method;
      this.resourceClass = resourceClass;
      this.handle = handle;
    }

    EndpointRules rules() {
      EndpointRules r = rules;
      if (r == null) {
        r = responder.rules(resourceClass, method);
        rules = r; // a race only reads the same rules twice
      }
      return r;
    }

    @Override
    public Object invoke(Object target, Method invoked, Object[] args) throws Throwable {
      if (!invoked.equals(method)) {
        return invoked.invoke(target, args);
      }
      try {
        return handle.invokeExact(target, args);
      } catch (HttpException e) {
        throw thrown(e, this);
      } catch (Throwable t) {
        throw new Target(t); // as Method.invoke wraps it, without the trace: Jersey's usual path
      }
    }
  }

  private Exception thrown(HttpException e, Handler handler) {
    if (answeredByStatusKit(e)) {
      Response response;
      try {
        ContainerRequestContext request = responder.currentRequest();
        response = responder.respond(e, request != null
            ? new RequestView(request, handler.rules(), responder)
            : mapper.request());
      } catch (RuntimeException failed) {
        return new Target(e); // the mapper gets its own try
      }
      return new Target(new Answered(e, response));
    }
    return new Target(e);
  }

  /** Whether Jersey's exception path would hand {@code e} to StatusKit's mapper (no application mapper claims it). */
  private boolean answeredByStatusKit(HttpException e) {
    ExceptionMappers m = mappers;
    if (m == null) {
      m = injectionManager.getInstance(ExceptionMappers.class);
      if (m == null) {
        return false;
      }
      perException = decidesPerException(injectionManager);
      mappers = m;
    }
    if (perException) {
      return m.findMapping(e) instanceof HttpExceptionMapper;
    }
    Boolean known = answeredTypes.get(e.getClass());
    if (known == null) {
      known = m.findMapping(e) instanceof HttpExceptionMapper;
      if (answeredTypes.size() < KEPT_TYPES) {
        answeredTypes.put(e.getClass(), known);
      }
    }
    return known;
  }

  /**
   * Whether one of the application's exception mappers decides per exception, as Jersey's own
   * exception path finds the mappers; when that cannot be found out, as if one did.
   */
  @SuppressWarnings("rawtypes")
  private static boolean decidesPerException(InjectionManager injectionManager) {
    try {
      for (ServiceHolder<ExceptionMapper> holder : Providers.getAllServiceHolders(injectionManager,
          ExceptionMapper.class)) {
        if (holder.getInstance() instanceof ExtendedExceptionMapper) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException | LinkageError e) {
      return true;
    }
  }

  /**
   * The thrown exception with StatusKit's response to it: a {@code WebApplicationException}, which
   * Jersey's dispatcher passes on unwrapped, whose own response has only the status (shared by all
   * exceptions of that status) (a response with
   * an entity would be sent as it is, but only after Jersey formats a localized log message for it
   * on every request, which costs about what the stack traces did), so that Jersey looks up its
   * mapper: {@link AnsweredMapper}, the only mapper for this exact class.
   */
  static final class Answered extends WebApplicationException {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final AtomicReferenceArray<Response> STATUS_ONLY = new AtomicReferenceArray<>(600);

    private final transient Response answer;

    Answered(HttpException thrown, Response answer) {
      super(null, thrown, statusOnly(answer.getStatus()));
      this.answer = answer;
    }

    /** The thrown exception's message, made only when something asks (a log record, a listener). */
    @Override
    public String getMessage() {
      return getCause().getMessage();
    }

    /**
     * The response this exception carries for Jersey to look at (it asks only whether it has an
     * entity, then looks up the mapper): one per status, built once, never sent.
     */
    private static Response statusOnly(int status) {
      if (status < 100 || status > 599) {
        return Response.status(status).build();
      }
      Response r = STATUS_ONLY.get(status);
      if (r == null) {
        r = Response.status(status).build();
        STATUS_ONLY.set(status, r);
      }
      return r;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // the cause has what matters; no trace of Jersey's frames
    }
  }

  /** Sends the response StatusKit made for an {@link Answered} exception. */
  @jakarta.annotation.Priority(StatusKitFeature.PRIORITY)
  static final class AnsweredMapper implements ExceptionMapper<Answered> {
    @Override
    public Response toResponse(Answered exception) {
      return exception.answer;
    }
  }

  /** Reflection's wrapper, without a stack trace: Jersey reads only its cause, and drops the wrapper. */
  private static final class Target extends InvocationTargetException {
    @Serial
    private static final long serialVersionUID = 1L;

    Target(Throwable target) {
      super(target);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
