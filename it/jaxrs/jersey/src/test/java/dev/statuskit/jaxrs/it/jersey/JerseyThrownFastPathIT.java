package dev.statuskit.jaxrs.it.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpException;
import dev.statuskit.TooManyRequestsException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.internal.process.MappableException;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The thrown-exception path of {@code statuskit.fast-thrown-exceptions} on Jersey: a StatusKit
 * exception thrown by a resource method is answered without Jersey's {@code MappableException}
 * (which a {@code RequestEventListener} sees on the usual path), with the same response, through the
 * application's response filters and writer interceptors; an application's mapper for the type still
 * wins; and with the setting off, Jersey's usual path runs.
 */
class JerseyThrownFastPathIT {

  private static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
      + "\"detail\":\"Slow down.\",\"instance\":\"/orders/1\",\"limit\":100,\"window\":\"PT1M\"}";

  /** What each request's {@code ON_EXCEPTION} event carried. */
  static final List<Throwable> EXCEPTIONS = new CopyOnWriteArrayList<>();
  /** The media type of every entity the writer interceptor saw. */
  static final List<String> INTERCEPTED = new CopyOnWriteArrayList<>();
  /** What the resource threw last. */
  static volatile HttpException thrown;

  @BeforeEach
  void clear() {
    EXCEPTIONS.clear();
    INTERCEPTED.clear();
    thrown = null;
  }

  /** Throws the 429 of the load benchmark. */
  @Path("/")
  public static class Resource {
    @GET
    @Path("limited")
    public String limited() {
      HttpException e = new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(60))
          .instance(URI.create("/orders/1")).extension("limit", 100).extension("window", "PT1M");
      thrown = e;
      throw e;
    }

    @GET
    @Path("void")
    public void voidMethod() {
      limited();
    }

    @GET
    @Path("claimed")
    public String claimed() {
      throw new TooManyRequestsException(CLAIMED).retryAfter(Duration.ofSeconds(60));
    }

    @GET
    @Path("unchecked")
    public String unchecked() {
      throw new IllegalStateException("boom");
    }
  }

  /** Records the exception of every request's {@code ON_EXCEPTION} event. */
  public static class Recorder implements ApplicationEventListener {
    @Override
    public void onEvent(ApplicationEvent event) {
      // Nothing to record.
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
      return event -> {
        if (event.getType() == RequestEvent.Type.ON_EXCEPTION) {
          EXCEPTIONS.add(event.getException());
        }
      };
    }
  }

  /** An application response filter: must run on every response. */
  public static class Marker implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      response.getHeaders().add("X-Filtered", "yes");
    }
  }

  /** An application writer interceptor: must see the problem entity. */
  public static class Intercepted implements WriterInterceptor {
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
      INTERCEPTED.add(context.getMediaType().toString());
      context.proceed();
    }
  }

  /** An application's mapper for the exact type: it must win over StatusKit. */
  public static class OwnMapper implements ExceptionMapper<TooManyRequestsException> {
    @Override
    public Response toResponse(TooManyRequestsException exception) {
      return Response.status(503).entity("own").type(MediaType.TEXT_PLAIN).build();
    }
  }

  /** The detail of the 429 that {@link ClaimsSome} claims, and no other. */
  static final String CLAIMED = "Claimed by the application.";

  /**
   * An application's mapper that decides per exception: it claims the 429s with one detail and
   * leaves the others of the same class to the next mapper, StatusKit's.
   */
  public static class ClaimsSome implements ExtendedExceptionMapper<TooManyRequestsException> {
    @Override
    public boolean isMappable(TooManyRequestsException exception) {
      return CLAIMED.equals(exception.getDetail());
    }

    @Override
    public Response toResponse(TooManyRequestsException exception) {
      return Response.status(503).entity("claimed").type(MediaType.TEXT_PLAIN).build();
    }
  }

  private static HttpResponse<String> get(ResourceConfig config, String path) throws Exception {
    return get(config, path, 1).get(0);
  }

  /** {@code times} requests in turn to one server. */
  private static List<HttpResponse<String>> get(ResourceConfig config, String path, int times) throws Exception {
    return get(config, Collections.nCopies(times, path));
  }

  /** A request to each path in turn, to one server. */
  private static List<HttpResponse<String>> get(ResourceConfig config, List<String> paths) throws Exception {
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    try {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (String path : paths) {
        URI uri = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + path);
        responses.add(client.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      return responses;
    } finally {
      server.shutdownNow();
    }
  }

  private static ResourceConfig app(Map<String, Object> properties, Class<?>... more) {
    ResourceConfig config = new ResourceConfig(Resource.class, Recorder.class, Marker.class, Intercepted.class);
    config.registerClasses(more);
    config.addProperties(properties);
    return config;
  }

  private static void assertProblem429(HttpResponse<String> r) {
    assertWire429(r);
    assertThat(INTERCEPTED).containsExactly("application/problem+json");
  }

  private static void assertWire429(HttpResponse<String> r) {
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().allValues("Retry-After")).containsExactly("60");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/problem+json");
    assertThat(r.headers().allValues("Content-Length")).containsExactly(Integer.toString(BODY.length()));
    assertThat(r.headers().firstValue("Date")).isPresent();
    assertThat(r.headers().allValues("X-Filtered")).containsExactly("yes");
    assertThat(r.body()).isEqualTo(BODY);
  }

  @Test
  void thrownStatusKitExceptionSkipsJerseysWrappersWithTheSameResponse() throws Exception {
    HttpResponse<String> r = get(app(Map.of()), "/limited");

    assertProblem429(r);
    assertThat(EXCEPTIONS).hasSize(1);
    Throwable seen = EXCEPTIONS.get(0);
    assertThat(seen).isNotInstanceOf(MappableException.class).isInstanceOf(WebApplicationException.class);
    assertThat(seen.getCause()).isSameAs(thrown);
    assertThat(seen.getMessage()).isEqualTo(thrown.getMessage()).startsWith("HTTP 429");
    assertThat(seen.getStackTrace()).isEmpty();
    assertThat(((WebApplicationException) seen).getResponse().getStatus()).isEqualTo(429);
  }

  /**
   * The wrapper's own response (status only, what Jersey looks at before it finds the mapper) is
   * shared by every exception of the status: it must stay intact from one request to the next.
   */
  @Test
  void everyThrownExceptionOfAStatusGetsTheSameResponseRequestAfterRequest() throws Exception {
    List<HttpResponse<String>> responses = get(app(Map.of()), "/limited", 3);

    for (HttpResponse<String> r : responses) {
      assertWire429(r);
    }
    assertThat(INTERCEPTED).containsExactly("application/problem+json", "application/problem+json",
        "application/problem+json");
    assertThat(EXCEPTIONS).hasSize(3).allSatisfy(seen -> {
      assertThat(seen).isInstanceOf(WebApplicationException.class).isNotInstanceOf(MappableException.class);
      Response own = ((WebApplicationException) seen).getResponse();
      assertThat(own.getStatus()).isEqualTo(429);
      assertThat(own.hasEntity()).isFalse();
    });
  }

  @Test
  void voidResourceMethodsTakeThePathToo() throws Exception {
    HttpResponse<String> r = get(app(Map.of()), "/void");

    assertProblem429(r);
    assertThat(EXCEPTIONS).singleElement().isNotInstanceOf(MappableException.class)
        .extracting(Throwable::getCause).isSameAs(thrown);
  }

  @Test
  void withTheSettingOffJerseysUsualPathRunsWithTheSameResponse() throws Exception {
    HttpResponse<String> r = get(app(Map.of("statuskit.fast-thrown-exceptions", "false")), "/limited");

    assertProblem429(r);
    assertThat(EXCEPTIONS).singleElement().isInstanceOf(MappableException.class)
        .extracting(Throwable::getCause).isSameAs(thrown);
    assertThat(EXCEPTIONS.get(0).getStackTrace()).isNotEmpty();
  }

  @Test
  void anApplicationMapperForTheTypeStillWins() throws Exception {
    HttpResponse<String> r = get(app(Map.of(), OwnMapper.class), "/limited");

    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("text/plain");
    assertThat(r.headers().allValues("X-Filtered")).containsExactly("yes");
    assertThat(INTERCEPTED).containsExactly("text/plain");
    assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    assertThat(r.body()).isEqualTo("own");
    assertThat(EXCEPTIONS).singleElement().isInstanceOf(MappableException.class)
        .extracting(Throwable::getCause).isSameAs(thrown);
  }

  /**
   * Jersey asks an {@code ExtendedExceptionMapper} about each exception: the fast path must too, so
   * that one 429 answered by StatusKit does not decide who answers the next of the same class.
   */
  @Test
  void aMapperThatDecidesPerExceptionIsAskedAboutEach() throws Exception {
    List<HttpResponse<String>> r = get(app(Map.of(), ClaimsSome.class),
        List.of("/limited", "/claimed", "/limited", "/claimed"));

    assertWire429(r.get(0));
    assertWire429(r.get(2));
    for (HttpResponse<String> claimed : List.of(r.get(1), r.get(3))) {
      assertThat(claimed.statusCode()).isEqualTo(503);
      assertThat(claimed.headers().allValues("Content-Type")).containsExactly("text/plain");
      assertThat(claimed.headers().firstValue("Retry-After")).isEmpty();
      assertThat(claimed.headers().allValues("X-Filtered")).containsExactly("yes");
      assertThat(claimed.body()).isEqualTo("claimed");
    }
    assertThat(INTERCEPTED).containsExactly("application/problem+json", "text/plain",
        "application/problem+json", "text/plain");
    assertThat(EXCEPTIONS).hasSize(4);
    assertThat(EXCEPTIONS.get(0)).isNotInstanceOf(MappableException.class);
    assertThat(EXCEPTIONS.get(1)).isInstanceOf(MappableException.class);
    assertThat(EXCEPTIONS.get(2)).isNotInstanceOf(MappableException.class);
    assertThat(EXCEPTIONS.get(3)).isInstanceOf(MappableException.class);
  }

  @Test
  void otherExceptionsKeepJerseysUsualPath() throws Exception {
    HttpResponse<String> r = get(app(Map.of()), "/unchecked");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/problem+json");
    assertThat(r.headers().allValues("X-Filtered")).containsExactly("yes");
    assertThat(r.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,");
    assertThat(EXCEPTIONS).singleElement().isInstanceOf(MappableException.class)
        .extracting(Throwable::getCause).isInstanceOf(IllegalStateException.class);
  }
}
