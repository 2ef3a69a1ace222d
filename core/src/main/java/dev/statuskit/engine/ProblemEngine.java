package dev.statuskit.engine;

import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.internal.ProblemMembers;
import dev.statuskit.representation.ProblemWriter;
import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one error pipeline: every adapter hands it a small view of the request and a throwable or
 * a bare status, and sends the {@link ProblemEvent} it returns, unchanged. Listeners, CDI observers
 * and the log record see that same event, so what they are told is what the client gets.
 *
 * <h2>Stages, in order</h2>
 * <ol>
 *   <li><b>classify</b> ({@link #classify}): the throwable, then each of its causes in turn (at most
 *       {@value #MAX_CAUSE_DEPTH} deep, stopping at a cycle), is offered to these steps, the first
 *       answer deciding:
 *       <ol type="a">
 *         <li>a StatusKit exception ({@code HttpException}): its status, header fields and problem;
 *         <li>the adapter's own {@link Classifier}s, in the order it registered them (the JAX-RS
 *             adapter: an entity-less {@code WebApplicationException} with all its header fields,
 *             the endpoint's {@code @MapException} rules, malformed request content, Bean
 *             Validation);
 *         <li>a class annotated with {@code @HttpProblem}: status, type and title from the
 *             annotation, members from {@code @ProblemExtension}, and for a 4xx the message as
 *             {@code detail} (unless the annotation says otherwise);
 *         <li>a mapping configured with {@link Builder#map}, by nearest superclass.
 *       </ol>
 *       Nothing matched: 500 without details ({@link ProblemEvent.Origin#UNHANDLED}). A status
 *       without an exception is classified by {@link #forStatus};
 *   <li><b>endpoint defaults</b>: what the problem lacks and the endpoint declares
 *       ({@link Request#endpoint()}): a {@code Retry-After} for a status that
 *       {@linkplain HttpStatus#takesRetryAfter() takes one}, a challenge in the status's
 *       {@linkplain HttpStatus#challengeField() challenge field}, a base for a relative type (else
 *       the documentation base {@link Settings#PROBLEM_DOCS}, when set);
 *   <li><b>status rules</b>, from the columns of {@link HttpStatus}: {@code Cache-Control: no-store}
 *       for a status caches {@linkplain HttpStatus#isStorable() must not store}, unless the response
 *       already has a {@code Cache-Control};
 *   <li><b>customize</b>: the {@link ProblemCustomizer}s, lowest {@code @Priority} first; a change
 *       of status is refused;
 *   <li><b>localize</b>: {@code title} and {@code detail} in the language the {@link LocaleResolver}
 *       chooses, by default the request's {@code Accept-Language} negotiated against
 *       {@link Settings#LANGUAGES} (RFC 4647 lookup; a malformed field is ignored): StatusKit's own
 *       titles of the statuses, and the application's messages ({@link Settings#MESSAGES}) keyed by
 *       {@code @HttpProblem(titleKey, detailKey)}, {@code HttpException.detailKey(..)}, the problem
 *       type or the exception class, placeholders {@code {name}} filled from the extension members.
 *       A localized response carries {@code Content-Language}; an unlocalized one neither it nor
 *       {@code Vary: Accept-Language};
 *   <li><b>annotate</b>: a 5xx without {@code instance} gets an occurrence id {@code urn:uuid:...},
 *       which the log record quotes; a request with a valid W3C {@code traceparent} gets its trace id
 *       as the extension member {@link Settings#TRACE_ID_MEMBER} ({@code traceId}), for 4xx and 5xx,
 *       unless a customizer set it (an invalid {@code traceparent} is ignored, never repeated);
 *   <li><b>negotiate</b>: the representation from {@code Accept} (JSON, XML, HTML or text; JSON
 *       when nothing acceptable is offered, never a 406), {@code Vary: Accept} when the choice
 *       depended on it (with {@code Accept-Language} when localized), {@code Content-Type}; no
 *       representation for a status without content;
 *   <li><b>render</b>: the bytes, whole, before anything is sent: a member that cannot be written
 *       is left out, never half a document;
 *   <li><b>observe</b>: the {@link ProblemListener}s, the CDI observers of {@link ProblemEvent}
 *       (each on its own; {@code @ObservesAsync} ones through {@code fireAsync}), and the one log
 *       record (5xx at ERROR with the stack trace and occurrence id, 4xx at DEBUG).
 * </ol>
 * The adapter then sends the event's status, header fields and body (no body for HEAD). A hook or
 * stage that throws is skipped and logged; the response is still made. 5xx problems never carry an
 * exception's message unless {@link Settings#EXPOSE_DETAILS} is on.
 *
 * <p>Immutable and thread-safe: settings, mappings, classifiers and hooks are fixed when it is
 * built (CDI beans are looked up once, at the first error), so an adapter holds one reference to
 * one engine, and swaps the whole engine to change anything.
 *
 * <pre>{@code
 * ProblemEngine engine = ProblemEngine.builder()
 *     .map(OptimisticLockException.class, 409)
 *     .build();
 * new StatusKitFeature(engine);          // JAX-RS
 * new ProblemFilter(engine);             // servlet
 * }</pre>
 *
 * @since 0.3.0
 */
public final class ProblemEngine {

  /** How deep the cause chain is searched. */
  public static final int MAX_CAUSE_DEPTH = 32;

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private final Builder config; // a copy, for toBuilder()
  private final Settings settings;
  private final Classify classify;
  private final Hooks hooks;
  private final ProblemWriter writer;
  private final List<Stage> stages;
  private final Localize localize;
  private final String traceIdMember;

  private ProblemEngine(Builder b) {
    this.config = b.copy();
    this.settings = b.settings;
    this.hooks = new Hooks(b.customizers, b.listeners, b.localeResolver, b.serviceLoader, b.classLoader, b.cdi);
    this.writer = ProblemWriter.defaults().withMaxDetailLength(settings.maxDetailLength());
    this.traceIdMember = settings.get(Settings.TRACE_ID_MEMBER);
    this.localize = new Localize(settings, b.classLoader, hooks);
    this.classify = new Classify(settings, b.mappings, List.copyOf(b.classifiers), localize);
    this.stages = List.of(new EndpointDefaults(settings), new StatusRules(), new Customize(hooks),
        localize, new Annotate(b.occurrenceIds, traceIdMember), new Negotiate(), new Render(writer));
  }

  /**
   * An engine with these settings, hooks from {@link ServiceLoader} (the thread's context class
   * loader) and CDI when present, no mappings and no adapter classifiers.
   *
   * @param settings the settings
   * @return the engine
   */
  public static ProblemEngine create(Settings settings) {
    return builder().settings(settings).build();
  }

  /**
   * A builder: default settings, hooks from ServiceLoader and CDI.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this engine's configuration; for an adapter that adds its classifiers to an
   * engine the application built.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return config.copy();
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * The writer with these settings, for an adapter that writes {@link Problem} entities an
   * application returns itself.
   *
   * @return the writer
   */
  public ProblemWriter writer() {
    return writer;
  }

  /**
   * Handles a throwable: {@link #classify} and {@link #complete}; a StatusKit exception is answered
   * as its classification would be, without one being made.
   *
   * @param thrown what was thrown
   * @param request the request
   * @return the response to send
   */
  public ProblemEvent handle(Throwable thrown, Request request) {
    if (Objects.requireNonNull(thrown, "thrown") instanceof HttpException h) {
      // What classify answers for a StatusKit exception (its first step), put in the draft as it is:
      // the common case needs no Classification to carry it to the draft.
      return run(Draft.of(h, Objects.requireNonNull(request, "request")), null);
    }
    return complete(classify(thrown, request), request);
  }

  /**
   * The first stage alone: what a throwable means. An adapter that may leave unmapped exceptions
   * to its runtime ({@link Settings#MAP_UNHANDLED} off) looks at the {@link Classification#origin()}
   * before completing.
   *
   * @param thrown what was thrown
   * @param request the request
   * @return the classification; never fails
   */
  public Classification classify(Throwable thrown, Request request) {
    return classify.classify(Objects.requireNonNull(thrown, "thrown"), Objects.requireNonNull(request, "request"));
  }

  /**
   * Classifies an error status that no exception explains: a runtime's own 404 or 405, a container
   * error, a {@code sendError}. The header fields the response already carries are kept as they are.
   * {@code detail} is kept for a 4xx; for a 5xx only when details are exposed, since such text may
   * carry internals; never when it merely repeats the reason phrase.
   *
   * @param status a 3xx, 4xx or 5xx status
   * @param kept the header fields the response already carries
   * @param detail the text that came with the status, or {@code null}
   * @param cause the exception a container reports behind the status, or {@code null} when there is none
   * @param note for the log record only, where no exception tells the story (for example
   *     {@code sendError(503, "database down")}), or {@code null}
   * @return a classification of origin {@link ProblemEvent.Origin#STATUS}
   */
  public Classification forStatus(HttpStatus status, HeaderFields kept, @Nullable String detail,
      @Nullable Throwable cause, @Nullable String note) {
    Objects.requireNonNull(status, "status");
    Problem.Builder p = Problem.builder().status(status);
    if (detail != null && !detail.isBlank() && (status.code() < 500 || settings.exposeDetails())
        && !detail.equalsIgnoreCase(status.reasonPhrase())) {
      p.detail(detail);
    }
    return new Classification(status, Objects.requireNonNull(kept, "kept"), p.build(), ProblemEvent.Origin.STATUS,
        cause, cause, note);
  }

  /**
   * Runs every stage after the first: endpoint defaults, status rules, customize, localize, annotate,
   * negotiate, render, observe.
   *
   * @param classification the answer so far
   * @param request the request
   * @return the response to send, exactly as listeners, observers and the log saw it
   */
  public ProblemEvent complete(Classification classification, Request request) {
    return run(new Draft(Objects.requireNonNull(classification, "classification"),
        Objects.requireNonNull(request, "request")), classification.note());
  }

  /** The stages after the first, on a draft of the first one's answer; {@code note} is for the log record. */
  private ProblemEvent run(Draft d, @Nullable String note) {
    for (Stage stage : stages) {
      try {
        stage.apply(d);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit skipped its stage " + stage.getClass().getSimpleName()
            + " for a " + d.status + " problem", e);
      }
    }
    ProblemEvent event = d.event();
    Observe.notify(hooks, event, note, traceIdMember);
    return event;
  }

  /**
   * What the engine needs of a request, read only when a stage needs it. An adapter whose runtime
   * makes reading cost something (JAX-RS context proxies) implements it lazily. Every method must
   * tolerate a request the runtime no longer holds: errors must not fail.
   *
   * @since 0.3.0
   */
  public interface Request {
    /**
     * The request method, as the client sent it.
     *
     * @return for example {@code GET}; never {@code null} ({@code "?"} when unknown)
     */
    String method();

    /**
     * The request path, without the query.
     *
     * @return the raw path; never {@code null} ({@code "?"} when unknown)
     */
    String path();

    /**
     * A request header field: all its field lines joined with {@code ", "}.
     *
     * @param name the field name, case-insensitive
     * @return the value, or {@code null} when absent
     */
    @Nullable String header(String name);

    /**
     * The defaults the matched endpoint declares; read only when a problem lacks what they supply.
     *
     * @return the endpoint's defaults; {@link Endpoint#NONE} by default
     */
    default Endpoint endpoint() {
      return Endpoint.NONE;
    }

    /**
     * The language the localize stage will give this request's problem, for a classifier that
     * writes text of its own (the JAX-RS adapter interpolates Bean Validation messages in it). The
     * engine answers it for the requests it hands to classifiers; an adapter need not implement it.
     *
     * @return the language, or empty when the problem will not be localized
     * @since 0.3.0
     */
    default Optional<Locale> language() {
      return Optional.empty();
    }

    /**
     * A request without header fields, as a test of a hook or a benchmark hands it to the engine.
     *
     * @param method the request method
     * @param path the request path
     * @return the request
     */
    static Request of(String method, String path) {
      return of(method, path, Map.of());
    }

    /**
     * A request with header fields, as a test of a hook, a benchmark or an adapter whose runtime
     * holds the request as plain values hands it to the engine.
     *
     * @param method the request method
     * @param path the request path
     * @param headers header fields by name (case-insensitive), each field lines joined with {@code ", "}
     * @return the request
     */
    static Request of(String method, String path, Map<String, String> headers) {
      return new PlainRequest(method, path, headers);
    }
  }

  /**
   * What an endpoint supplies to the problems it answers with, where they lack it (the JAX-RS
   * adapter reads {@code @DefaultRetryAfter}, {@code @DefaultChallenge} and {@code @ProblemTypeBase}).
   *
   * @since 0.3.0
   */
  public interface Endpoint {
    /** No defaults. */
    Endpoint NONE = new Endpoint() {};

    /**
     * A {@code Retry-After} value.
     *
     * @return a valid field value, or {@code null}
     */
    default @Nullable String retryAfter() {
      return null;
    }

    /**
     * A challenge.
     *
     * @return a valid challenge, or {@code null}
     */
    default @Nullable String challenge() {
      return null;
    }

    /**
     * Resolves a relative problem type.
     *
     * @param type the problem's type
     * @return the type against the endpoint's base, or {@code type} itself
     */
    default URI type(URI type) {
      return type;
    }
  }

  /**
   * An adapter's own classification step (see the class description for where it runs).
   *
   * @since 0.3.0
   */
  @FunctionalInterface
  public interface Classifier {
    /**
     * What one element of the cause chain means, if this step knows.
     *
     * @param element the throwable, or one of its causes
     * @param request the request
     * @param settings the engine's settings
     * @return the answer, or {@code null} to let the next step try
     */
    @Nullable Classification classify(Throwable element, Request request, Settings settings);
  }

  /**
   * The answer of the first stage: status, header fields and problem, and what it came from.
   *
   * @param status the response status
   * @param headers the header fields so far
   * @param problem the problem; its status is set to {@code status}
   * @param origin how the answer was found
   * @param exception what was thrown, or {@code null}: the engine fills in the throwable it classified
   * @param source the element of the cause chain that decided, or {@code null}: the engine fills in
   *     the element the classifier was given
   * @param note a text for the log record only, or {@code null}
   * @since 0.3.0
   */
  public record Classification(HttpStatus status, HeaderFields headers, Problem problem, ProblemEvent.Origin origin,
      @Nullable Throwable exception, @Nullable Throwable source, @Nullable String note) {

    /**
     * Checks the components and sets the problem's status.
     *
     * @param status see the record description
     * @param headers see the record description
     * @param problem see the record description
     * @param origin see the record description
     * @param exception see the record description
     * @param source see the record description
     * @param note see the record description
     */
    public Classification {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(origin, "origin");
      if (ProblemMembers.status(problem) != status.code()) {
        problem = problem.toBuilder().status(status).build();
      }
    }

    /**
     * A mapped answer: a status, header fields and a problem, for a classifier.
     *
     * @param status the status
     * @param headers the header fields
     * @param problem the problem
     * @return the classification, of origin {@link ProblemEvent.Origin#MAPPED}
     */
    public static Classification mapped(HttpStatus status, HeaderFields headers, Problem.Builder problem) {
      return new Classification(status, headers, problem.status(status).build(), ProblemEvent.Origin.MAPPED, null,
          null, null);
    }

    /**
     * Whether nothing but the safe 500 answered.
     *
     * @return {@code true} for {@link ProblemEvent.Origin#UNHANDLED}
     */
    public boolean isUnhandled() {
      return origin == ProblemEvent.Origin.UNHANDLED;
    }

    Classification from(Throwable thrown, Throwable element) {
      return exception != null && source != null ? this
          : new Classification(status, headers, problem, origin, exception != null ? exception : thrown,
              source != null ? source : element, note);
    }
  }

  /** Builds a {@link ProblemEngine}. Not thread-safe. */
  public static final class Builder {
    private Settings settings = Settings.defaults();
    private final Map<Class<? extends Throwable>, Classify.Mapping> mappings = new LinkedHashMap<>();
    private final List<Classifier> classifiers = new ArrayList<>();
    private final List<ProblemCustomizer> customizers = new ArrayList<>();
    private final List<ProblemListener> listeners = new ArrayList<>();
    private @Nullable LocaleResolver localeResolver;
    private boolean serviceLoader = true;
    private boolean cdi = true;
    private @Nullable ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private Supplier<URI> occurrenceIds = () -> URI.create("urn:uuid:" + UUID.randomUUID());

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.settings = settings;
      b.mappings.putAll(mappings);
      b.classifiers.addAll(classifiers);
      b.customizers.addAll(customizers);
      b.listeners.addAll(listeners);
      b.localeResolver = localeResolver;
      b.serviceLoader = serviceLoader;
      b.cdi = cdi;
      b.classLoader = classLoader;
      b.occurrenceIds = occurrenceIds;
      return b;
    }

    /**
     * Sets the settings.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder settings(Settings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Maps an exception type (and its subclasses, nearest superclass winning) to a status.
     *
     * @param type the exception class, typically a third-party one
     * @param status a 4xx or 5xx code that requires no header field
     * @return this builder
     * @throws IllegalArgumentException if the status is not an error or needs a header field
     */
    public Builder map(Class<? extends Throwable> type, int status) {
      return map(type, status, Problem.ABOUT_BLANK, null);
    }

    /**
     * Maps an exception type to a status and problem type.
     *
     * @param type the exception class
     * @param status a 4xx or 5xx code that requires no header field
     * @param problemType the problem type URI reference
     * @param title the title, or {@code null} for the default
     * @return this builder
     * @throws IllegalArgumentException if the status is not an error or needs a header field
     */
    public Builder map(Class<? extends Throwable> type, int status, URI problemType, @Nullable String title) {
      Objects.requireNonNull(type, "type");
      mappings.put(type, new Classify.Mapping(Classify.checkMappable(status, "mapping of " + type.getName()),
          Objects.requireNonNull(problemType, "problemType"), title));
      return this;
    }

    /**
     * Adds an adapter's classification step, after those added before.
     *
     * @param classifier the step
     * @return this builder
     */
    public Builder classifier(Classifier classifier) {
      classifiers.add(Objects.requireNonNull(classifier, "classifier"));
      return this;
    }

    /**
     * Adds a customizer.
     *
     * @param customizer the customizer
     * @return this builder
     */
    public Builder customizer(ProblemCustomizer customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ProblemListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the language resolution of the localize stage, in place of the {@code Accept-Language}
     * negotiation and of any resolver {@link ServiceLoader} or CDI finds.
     *
     * @param resolver the resolver
     * @return this builder
     * @since 0.3.0
     */
    public Builder localeResolver(LocaleResolver resolver) {
      this.localeResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Whether to load customizers and listeners with {@link ServiceLoader}.
     *
     * @param enabled {@code true} by default
     * @return this builder
     */
    public Builder serviceLoader(boolean enabled) {
      this.serviceLoader = enabled;
      return this;
    }

    /**
     * The class loader for {@link ServiceLoader}.
     *
     * @param loader the loader; the thread's context class loader by default
     * @return this builder
     */
    public Builder classLoader(@Nullable ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /**
     * Whether to look up CDI beans and fire CDI events when a container is running.
     *
     * @param enabled {@code true} by default
     * @return this builder
     */
    public Builder cdi(boolean enabled) {
      this.cdi = enabled;
      return this;
    }

    /**
     * Replaces the source of occurrence ids (for tests, or to reuse a tracing id).
     *
     * @param ids supplies a URI per 5xx occurrence
     * @return this builder
     */
    public Builder occurrenceIds(Supplier<URI> ids) {
      this.occurrenceIds = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The engine.
     *
     * @return an immutable engine
     */
    public ProblemEngine build() {
      return new ProblemEngine(this);
    }
  }
}
