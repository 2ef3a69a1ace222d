package dev.statuskit.servlet;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.representation.ProblemCatalog;
import dev.statuskit.representation.ProblemDocs;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers what the filter chain throws, and every {@code sendError} of downstream code, with the
 * status, the header fields and an RFC 9457 problem body.
 *
 * <p>Map it first, to {@code /*}, for the {@code REQUEST}, {@code ASYNC} and {@code ERROR}
 * dispatches, with {@code asyncSupported} (the jar's {@code web-fragment.xml} and {@link
 * StatusKitServlet#register} do). Per request it
 * <ul>
 *   <li>hands a thrown exception (a {@link jakarta.servlet.ServletException}'s causes included)
 *       to the {@link ProblemEngine} (classification, hooks, the one log record) and writes its
 *       answer: status, header fields, {@code Content-Type} and {@code Vary: Accept} as negotiated,
 *       and the body (none for {@code HEAD}); like the container's own handling of an exception,
 *       this starts from a reset response;
 *   <li>wraps the response so that {@code sendError(sc[, msg])} with a 4xx or 5xx writes the problem
 *       of {@code sc} instead of the container's error page, keeping the header fields already
 *       set; {@code msg} becomes the {@code detail} of a 4xx (control characters removed, at most
 *       {@code statuskit.max-detail-length} long) and is only logged for a 5xx
 *       ({@code statuskit.replace-send-error=false} leaves {@code sendError} to the container);
 *   <li>wraps the request only in its async methods: {@code startAsync()} keeps the response
 *       wrapper in the async context, and exceptions of {@code AsyncContext.start} tasks are
 *       answered at once;
 *   <li>on an async request, adds an {@link jakarta.servlet.AsyncListener} that answers failures
 *       and time-outs (503 Service Unavailable, no {@code Retry-After}) and completes the request.
 * </ul>
 * Every one of these paths, and the error-page servlet, ends in the same funnel with one
 * committed-response policy: the answer is completed first (hooks run and the one record is logged,
 * 5xx at ERROR with the occurrence id); a committed response is then never touched, and a thrown
 * exception is rethrown, so the container aborts the connection rather than end a truncated body
 * normally.
 *
 * <p>On an {@code ERROR} dispatch the error page owns the response ({@link ProblemErrorServlet}, or
 * the application's own page); the filter then only answers if that page throws or calls
 * {@code sendError}.
 *
 * <p>When {@code statuskit.problem-docs} names a base, the filter answers {@code GET} and
 * {@code HEAD} on the problem type URIs under it with their documentation
 * ({@link ProblemDocs}, from the {@link ProblemCatalog} on the class path) before the chain runs;
 * a type its catalog lacks, and the index when it knows no type, go down the chain (a JAX-RS
 * application behind may document them).
 *
 * <p>Configured by init-params, context-params, system properties and environment variables, the
 * first that sets a key winning (see {@link Settings}; this adapter's own key is {@link #REPLACE_SEND_ERROR}); unknown keys and bad values
 * fail {@link #init}.
 *
 * @since 0.1.0
 */
public final class ProblemFilter implements Filter {

  /** Request attribute set while a StatusKit filter is active in the current dispatch. */
  private static final String ACTIVE = "dev.statuskit.servlet.filter";

  /** Key: the filter answers downstream {@code sendError} calls itself. */
  public static final Settings.Key<Boolean> REPLACE_SEND_ERROR = Settings.Key.bool("statuskit.replace-send-error",
      true, "Servlet: whether the filter answers a downstream sendError itself, keeping the header fields set;"
          + " false leaves it to the container and the application's error pages.");

  private final @Nullable ProblemEngine given;
  private volatile @Nullable ProblemResponder responder;
  /** The documentation at the problem type URIs, when {@code statuskit.problem-docs} is set. */
  private volatile @Nullable ProblemDocs docs;

  /** A filter configured by its init-params and the other sources at {@link #init}. */
  public ProblemFilter() {
    this.given = null;
  }

  /**
   * A filter that uses an engine built by the application; init-params are then not read.
   *
   * @param engine the engine, with its settings, mappings and hooks
   */
  public ProblemFilter(ProblemEngine engine) {
    this.given = Objects.requireNonNull(engine, "engine");
    this.responder = new ProblemResponder(engine);
  }

  /** This adapter's keys, for {@link Settings#knownKeys()}. */
  public static final class Keys implements Settings.KeySet {
    /** Created by {@link java.util.ServiceLoader}. */
    public Keys() {
      // Nothing to set up.
    }

    @Override
    public List<Settings.Key<?>> keys() {
      return List.of(REPLACE_SEND_ERROR);
    }
  }

  /**
   * Reads and validates the configuration.
   *
   * @param config the filter configuration
   * @throws ServletException naming the key, value and source of a bad setting
   */
  @Override
  public void init(FilterConfig config) throws ServletException {
    if (given == null) {
      responder = Config.load("filter " + config.getFilterName(), config.getInitParameterNames(),
          config::getInitParameter, config.getServletContext());
    }
    ProblemResponder r = Objects.requireNonNull(responder);
    String base = r.settings().get(Settings.PROBLEM_DOCS);
    if (!base.isEmpty()) {
      try {
        // The catalog the annotation processor wrote; without it, the @HttpProblem classes it indexed.
        ClassLoader loader = config.getServletContext().getClassLoader(); // null in some embedded set-ups
        if (loader == null) {
          loader = Thread.currentThread().getContextClassLoader();
        }
        docs = ProblemDocs.of(ProblemCatalog.loadOrReflect(loader != null ? loader : ProblemFilter.class.getClassLoader(),
            List.of()), base);
      } catch (RuntimeException e) {
        throw new ServletException("StatusKit cannot start filter " + config.getFilterName() + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ProblemResponder r = responder;
    if (r == null) {
      r = new ProblemResponder(ProblemEngine.create(Settings.defaults()));
      responder = r;
    }
    if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)
        || req.getAttribute(ACTIVE) != null) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDocs d = docs;
    Optional<ProblemDocs.Page> page = d == null || req.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST
        ? Optional.empty() : d.answer(req.getMethod(), req.getRequestURI(),
        req.getHeader("Accept"), req.getHeader("If-None-Match"));
    // A type this catalog lacks goes down the chain: a JAX-RS application behind may document it
    // (its adapter also finds types by reflection on its resources); else the application's 404 is
    // answered as a problem like any other.
    if (page.isPresent() && !page.get().isNotFound() && (!d.types().isEmpty() || !d.isIndex(req.getRequestURI()))) {
      send(page.get(), req, res);
      return;
    }
    ProblemResponse wrapped = res instanceof ProblemResponse p ? p : new ProblemResponse(req, res, r);
    HttpServletRequest downstream = req instanceof ProblemRequest q && q.wraps(wrapped) ? req
        : new ProblemRequest(req, wrapped, r);
    req.setAttribute(ACTIVE, Boolean.TRUE);
    try {
      chain.doFilter(downstream, wrapped);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      handle(r, req, wrapped, e);
    } finally {
      req.removeAttribute(ACTIVE);
    }
    if (req.isAsyncStarted()) {
      ProblemAsyncListener.watch(req, r);
    }
  }

  /** A documentation page: its status and header fields, the body unless HEAD or 304. */
  private static void send(ProblemDocs.Page page, HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setStatus(page.status());
    page.headers().forEach(res::addHeader);
    if (page.status() == 200) {
      res.setContentLength(page.body().length);
      if (!"HEAD".equals(req.getMethod())) {
        res.getOutputStream().write(page.body());
      }
    }
  }

  private static void handle(ProblemResponder responder, HttpServletRequest request, ProblemResponse wrapped,
      Throwable thrown) throws IOException, ServletException {
    if (thrown instanceof VirtualMachineError e && !(e instanceof StackOverflowError)) {
      throw e;
    }
    ProblemEngine.Classification c = responder.classify(request, thrown);
    if (c.isUnhandled() && !responder.settings().mapUnhandled()) {
      rethrow(thrown);
    }
    if (!responder.answer(request, wrapped.target(), c, false)) {
      rethrow(thrown);
    }
    if (request.isAsyncStarted()) {
      request.getAsyncContext().complete();
    }
  }

  private static void rethrow(Throwable t) throws IOException, ServletException {
    if (t instanceof IOException e) {
      throw e;
    }
    if (t instanceof ServletException e) {
      throw e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) t;
  }
}
