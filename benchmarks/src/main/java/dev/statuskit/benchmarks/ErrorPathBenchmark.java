package dev.statuskit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.HttpException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;
import org.zalando.problem.jackson.ProblemModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error path of a rate-limited request, and the same problem written by the libraries users
 * would otherwise pick. All in one class so that one JMH run measures them side by side:
 *
 * <ul>
 *   <li>{@code exception*}: building a {@link TooManyRequestsException} {@value #DEPTH} frames deep,
 *       without a stack trace (the default for 4xx) and with one ({@code withStackTrace()});
 *   <li>{@code statusKitResolveWrite}: an exception already built, taken through every stage of
 *       {@link ProblemEngine} (status, {@code Retry-After}, {@code Cache-Control}, the problem,
 *       negotiation, the bytes, the log decision), whose bytes are returned;
 *   <li>{@code statusKit}: the whole path per request: build the exception, resolve, write;
 *   <li>{@code statusKitLocalized}: the same for a request with {@code Accept-Language: de-CH, ...}:
 *       the title in German, {@code Content-Language} and {@code Vary: Accept, Accept-Language};
 *   <li>{@code zalando}: {@code org.zalando:problem} built and written by Jackson with
 *       {@code ProblemModule} (a {@code ThrowableProblem}, so it fills its stack trace);
 *   <li>{@code spring}: Spring Framework 7's {@code ProblemDetail} built and written by Jackson 3
 *       (Spring 7's default) with {@code ProblemDetailJacksonMixin}, as Spring MVC's
 *       {@code JacksonJsonHttpMessageConverter} configures it;
 *   <li>{@code springJackson2}: the same written by Jackson 2, as Spring 7's deprecated
 *       {@code MappingJackson2HttpMessageConverter} configures it;
 *   <li>{@code springStreamed}, {@code springJackson2Streamed}: the same two written as Spring MVC's
 *       converters write them, into the response's stream, without a byte array of the body;
 *   <li>{@code zalandoWriteOnly}, {@code springWriteOnly}, {@code springJackson2WriteOnly}: the
 *       peers' problem already built, to set beside {@code statusKitResolveWrite}.
 * </ul>
 * Each writes the same 429 problem: type, title, status, detail, instance and two extension members
 * (the StatusKit exception also carries {@code Retry-After}, which the peers' problems cannot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ErrorPathBenchmark {

  /** Call depth at which the exceptions are built, about that of a request in a web framework. */
  static final int DEPTH = 60;

  static final String DETAIL = LoadApps.DETAIL;
  static final URI INSTANCE = URI.create("/orders/12345");
  /** The problem type of the per-request benchmarks (issue 20: "a type"). */
  static final URI TYPE = URI.create("https://api.example.com/problems/rate-limited");

  /** The request of every error-path benchmark: a JSON problem asked for. */
  static final ProblemEngine.Request REQUEST = ProblemEngine.Request.of("GET", "/orders/12345",
      Map.of("Accept", "application/problem+json"));

  /** The same request from a client that prefers German: the title in German, {@code Content-Language}. */
  private static final ProblemEngine.Request REQUEST_DE = ProblemEngine.Request.of("GET", "/orders/12345",
      Map.of("Accept", "application/problem+json", "Accept-Language", "de-CH, de;q=0.9, en;q=0.5"));

  /** The response's stream of the streamed benchmarks: it keeps no bytes and stays open. */
  private static final CountingStream RESPONSE_STREAM = new CountingStream();

  private ProblemEngine engine;
  private HttpException built;
  private ObjectMapper zalandoMapper;
  private ObjectMapper springJackson2Mapper;
  private JsonMapper springMapper;
  private Problem zalandoBuilt;
  private ProblemDetail springBuilt;

  /** Builds the engine, the writer, the mappers and one exception. */
  @Setup
  public void setUp() throws Exception {
    engine = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    built = typedException();
    zalandoMapper = new ObjectMapper().registerModule(new ProblemModule());
    springJackson2Mapper = new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    springMapper = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    zalandoBuilt = zalandoProblem();
    springBuilt = springProblem();
    if (Boolean.getBoolean("errorpath.print")) {
      System.out.println("statuskit: " + new String(statusKit().body(), StandardCharsets.UTF_8));
      System.out.println("localized: " + statusKitLocalized().headers() + " "
          + new String(statusKitLocalized().body(), StandardCharsets.UTF_8));
      System.out.println("zalando:   " + new String(zalando(), StandardCharsets.UTF_8));
      System.out.println("spring:    " + new String(spring(), StandardCharsets.UTF_8));
      System.out.println("spring j2: " + new String(springJackson2(), StandardCharsets.UTF_8));
    }
  }

  /**
   * The exception of the per-request benchmarks: {@link #statusKitException()} with a problem type
   * and its title.
   */
  static HttpException typedException() {
    return new TooManyRequestsException(DETAIL).retryAfter(Duration.ofSeconds(60)).type(TYPE)
        .title("Too Many Requests").instance(INSTANCE).extension("limit", 100).extension("window", "PT1M");
  }

  /** The untyped 429 that {@link LoadServer}, {@link Soak} and the observed benchmark answer. */
  static HttpException statusKitException() {
    return LoadApps.statusKitException();
  }

  /**
   * A 429 exception built {@value #DEPTH} frames deep, without stack trace (the default for 4xx).
   *
   * @return the exception
   */
  @Benchmark
  public HttpException exceptionNoTrace() {
    return deep(DEPTH, false);
  }

  /**
   * The same with its stack trace captured ({@code withStackTrace()}).
   *
   * @return the exception
   */
  @Benchmark
  public HttpException exceptionWithTrace() {
    return deep(DEPTH, true);
  }

  private static HttpException deep(int depth, boolean trace) {
    if (depth > 0) {
      return deep(depth - 1, trace);
    }
    HttpException e = new TooManyRequestsException(DETAIL).retryAfter(Duration.ofSeconds(60));
    return trace ? e.withStackTrace() : e;
  }

  /**
   * Resolving and writing an exception already built.
   *
   * @return the engine's answer, its JSON bytes rendered
   */
  @Benchmark
  public ProblemEvent statusKitResolveWrite() {
    return engine.handle(built, REQUEST);
  }

  /**
   * StatusKit per request: build the exception, resolve it, write the problem.
   *
   * @return the engine's answer, its JSON bytes rendered
   */
  @Benchmark
  public ProblemEvent statusKit() {
    return engine.handle(typedException(), REQUEST);
  }

  /**
   * {@link #statusKit} for a client that asks for German: the same, plus the localize stage
   * (negotiation from its cache, the shipped title, {@code Content-Language}, {@code Vary}).
   *
   * @return the engine's answer, its JSON bytes rendered
   */
  @Benchmark
  public ProblemEvent statusKitLocalized() {
    return engine.handle(statusKitException(), REQUEST_DE);
  }

  /**
   * zalando problem per request: build the problem, write it with Jackson.
   *
   * @return the JSON bytes
   * @throws Exception never
   */
  @Benchmark
  public byte[] zalando() throws Exception {
    return zalandoMapper.writeValueAsBytes(zalandoProblem());
  }

  private static Problem zalandoProblem() {
    return Problem.builder().withType(TYPE).withStatus(Status.TOO_MANY_REQUESTS).withTitle("Too Many Requests")
        .withDetail(DETAIL).withInstance(INSTANCE).with("limit", 100).with("window", "PT1M").build();
  }

  /**
   * zalando problem, the problem already built: Jackson's write only.
   *
   * @return the JSON bytes
   * @throws Exception never
   */
  @Benchmark
  public byte[] zalandoWriteOnly() throws Exception {
    return zalandoMapper.writeValueAsBytes(zalandoBuilt);
  }

  /**
   * Spring's ProblemDetail per request: build it, write it with Jackson 3 (Spring 7's default).
   *
   * @return the JSON bytes
   */
  @Benchmark
  public byte[] spring() {
    return springMapper.writeValueAsBytes(springProblem());
  }

  /**
   * Spring's ProblemDetail per request: build it, write it with Jackson 2.
   *
   * @return the JSON bytes
   * @throws Exception never
   */
  @Benchmark
  public byte[] springJackson2() throws Exception {
    return springJackson2Mapper.writeValueAsBytes(springProblem());
  }

  /**
   * Spring's ProblemDetail per request as Spring MVC's converter writes it: built, then written by
   * Jackson 3 straight into the response's stream (here one that discards the bytes), with no byte
   * array of the whole body.
   *
   * @return the stream, so that the write is not optimized away
   */
  @Benchmark
  public OutputStream springStreamed() {
    springMapper.writeValue(RESPONSE_STREAM, springProblem());
    return RESPONSE_STREAM;
  }

  /**
   * The same with Jackson 2.
   *
   * @return the stream, so that the write is not optimized away
   * @throws Exception never
   */
  @Benchmark
  public OutputStream springJackson2Streamed() throws Exception {
    springJackson2Mapper.writeValue(RESPONSE_STREAM, springProblem());
    return RESPONSE_STREAM;
  }

  private static ProblemDetail springProblem() {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, DETAIL);
    p.setType(TYPE);
    p.setTitle("Too Many Requests");
    p.setInstance(INSTANCE);
    p.setProperty("limit", 100);
    p.setProperty("window", "PT1M");
    return p;
  }

  /**
   * Spring's ProblemDetail already built: Jackson 3's write only.
   *
   * @return the JSON bytes
   */
  @Benchmark
  public byte[] springWriteOnly() {
    return springMapper.writeValueAsBytes(springBuilt);
  }

  /**
   * Spring's ProblemDetail already built: Jackson 2's write only.
   *
   * @return the JSON bytes
   * @throws Exception never
   */
  @Benchmark
  public byte[] springJackson2WriteOnly() throws Exception {
    return springJackson2Mapper.writeValueAsBytes(springBuilt);
  }
}
