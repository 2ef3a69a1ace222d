package dev.statuskit.jaxrs.client;

import dev.statuskit.HttpException;
import dev.statuskit.Problem;
import dev.statuskit.internal.ResponseExceptions;
import dev.statuskit.representation.ProblemReader;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns error responses of a Jakarta REST client into typed StatusKit exceptions: a 4xx or 5xx
 * becomes the exception class of its status ({@code TooManyRequestsException} for 429, ...), with
 * the problem of an {@code application/problem+json} or {@code application/problem+xml} body and the
 * response's header fields restored ({@code getRetryAfter()}, challenges, {@code Allow}, ...). A 3xx
 * is turned into an exception only when it carries a problem body. Problem types can be mapped to
 * the application's own exception classes with {@link #map}. A request without {@code Accept} is
 * sent with {@code Accept: *}{@code /*}, so that the server answers errors in problem+json; with
 * {@link #acceptLanguage} a request without {@code Accept-Language} asks for problems in those languages.
 *
 * <p>The Jakarta REST runtimes wrap whatever a response filter throws in a
 * {@code ResponseProcessingException}; {@link ProblemClient#call} unwraps it in one line:
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(new ProblemClientFilter());
 * try {
 *   Order o = ProblemClient.call(() -> client.target(base).path("orders/42").request().get(Order.class));
 * } catch (TooManyRequestsException e) {
 *   Duration wait = e.getRetryAfter().flatMap(RetryAfter::delay).orElse(Duration.ofSeconds(1));
 * }
 * }</pre>
 *
 * <p>Bodies larger than {@value #MAX_BODY} bytes, and bodies that are not a well-formed problem, are
 * not parsed: the exception then carries the problem of its status alone. Thread-safe once
 * configured.
 *
 * @since 0.1.0
 */
public final class ProblemClientFilter implements ClientRequestFilter, ClientResponseFilter {

  /** The largest problem body read, in bytes. */
  public static final int MAX_BODY = 1 << 20;

  /** What filters threw, so that {@link ProblemClient} unwraps those and nothing else. Weak: no leak. */
  private static final Set<Throwable> THROWN = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private final Map<URI, Function<? super HttpException, ? extends RuntimeException>> byType = new LinkedHashMap<>();
  private volatile @Nullable String acceptLanguage;

  /** A filter that maps every error response to the typed exception of its status. */
  public ProblemClientFilter() {}

  /**
   * Maps a problem type to an application exception.
   *
   * @param problemType the {@code type} of the problem, as the server sends it
   * @param factory builds the exception from the typed one (which carries problem and headers)
   * @return this filter
   */
  public ProblemClientFilter map(URI problemType, Function<? super HttpException, ? extends RuntimeException> factory) {
    byType.put(Objects.requireNonNull(problemType, "problemType"), Objects.requireNonNull(factory, "factory"));
    return this;
  }

  /**
   * Asks the server for problems in these languages: requests without an {@code Accept-Language}
   * of their own are sent with one that lists them by descending weight ({@code de, fr;q=0.9}); the
   * language the server chose is {@link ProblemClient#contentLanguage}.
   *
   * @param first the preferred language
   * @param more further languages, in order of preference (at most 9 in all)
   * @return this filter
   * @throws IllegalArgumentException for more than 9 languages, or a locale without a language
   * @since 0.3.0
   */
  public ProblemClientFilter acceptLanguage(Locale first, Locale... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    if (more.length > 8) {
      throw new IllegalArgumentException("at most 9 languages (weights 1 to 0.2), not " + (more.length + 1));
    }
    StringBuilder field = new StringBuilder();
    for (int i = 0; i <= more.length; i++) {
      Locale l = Objects.requireNonNull(i == 0 ? first : more[i - 1], "language");
      String tag = l.toLanguageTag();
      if (l.getLanguage().isEmpty() || tag.equals("und")) {
        throw new IllegalArgumentException("locale \"" + l + "\" has no language (RFC 5646 language tag required)");
      }
      field.append(i == 0 ? "" : ", ").append(tag).append(i == 0 ? "" : ";q=0." + (10 - i));
    }
    this.acceptLanguage = field.toString();
    return this;
  }

  /**
   * Sends {@code Accept: *}{@code /*} when the request names no media type: some HTTP connectors
   * otherwise send a browser-like {@code Accept} that prefers {@code text/html}, and the server then
   * answers errors with an HTML page instead of a problem.
   */
  @Override
  public void filter(ClientRequestContext request) {
    if (!request.getHeaders().containsKey("Accept")) {
      request.getHeaders().putSingle("Accept", "*/*");
    }
    String languages = acceptLanguage;
    if (languages != null && !request.getHeaders().containsKey("Accept-Language")) {
      request.getHeaders().putSingle("Accept-Language", languages);
    }
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
    RuntimeException e = toException(response.getStatus(), response.getHeaders(), response.getMediaType() == null
        ? null : response.getMediaType().toString(), response.hasEntity() ? response.getEntityStream() : null,
        response::setEntityStream);
    if (e != null) {
      THROWN.add(e);
      throw e;
    }
  }

  static boolean threw(Throwable t) {
    return THROWN.contains(t);
  }

  /**
   * The exception for a response, or {@code null} when it is not an error.
   *
   * @param status the response status
   * @param headers the response header fields
   * @param contentType the {@code Content-Type}, or {@code null}
   * @param body the entity stream, or {@code null}
   * @param restore receives a stream with the bytes read, so the response stays readable
   * @return the exception to throw, or {@code null}
   * @throws IOException if reading the body fails
   */
  @Nullable RuntimeException toException(int status, Map<String, ? extends java.util.List<String>> headers,
      @Nullable String contentType, @Nullable InputStream body, java.util.function.Consumer<InputStream> restore)
      throws IOException {
    if (status < 300 || status > 599) {
      return null;
    }
    Problem problem = null;
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean json = type.startsWith("application/problem+json");
    boolean xml = type.startsWith("application/problem+xml");
    if ((json || xml) && body != null) {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      restore.accept(new ByteArrayInputStream(bytes));
      if (bytes.length <= MAX_BODY) {
        try {
          problem = json ? ProblemReader.fromJson(bytes) : ProblemReader.fromXml(bytes);
        } catch (IllegalArgumentException malformed) {
          problem = null; // not a problem after all: the status alone speaks
        }
      }
    }
    if (problem == null && status < 400) {
      return null; // redirections and 304 are the client's to follow
    }
    if (problem == null) {
      problem = Problem.of(status);
    } else if (problem.status().isEmpty()) {
      problem = problem.toBuilder().status(status).build();
    }
    @SuppressWarnings("unchecked")
    Map<String, java.util.List<String>> h = (Map<String, java.util.List<String>>) headers;
    HttpException typed = ResponseExceptions.of(status, h, problem);
    Function<? super HttpException, ? extends RuntimeException> f = byType.get(problem.type());
    if (f != null) {
      RuntimeException mapped = f.apply(typed);
      if (mapped != null) {
        return mapped;
      }
    }
    return typed;
  }
}
