package dev.statuskit.jaxrs.client;

import dev.statuskit.HttpException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Retries a client call after a 429 or 503 for as long as the server says: {@code Retry-After},
 * else the reset {@code t} of a used-up policy in {@code RateLimit}. Opt-in, bounded and
 * interruptible: at most {@link Builder#maxAttempts} calls, never more than
 * {@link Builder#maxTotalWait} of waiting in all, a little random extra wait (jitter) so that many
 * clients do not come back at the same second, and a wait that ends with an
 * {@link InterruptedException} when the thread is interrupted (as {@code Future.cancel(true)} does).
 *
 * <p>Only requests that can be repeated are retried: by default those whose method is idempotent
 * (RFC 9110 §9.2.2: GET, HEAD, OPTIONS, TRACE, PUT, DELETE), never a POST or a PATCH. A caller that
 * knows a request can be repeated (say, a POST with an idempotency key) says so with
 * {@link #callRepeatable}. A response without {@code Retry-After} or a usable {@code t}, and a wait
 * beyond the bounds, end the retries: the last exception is thrown as it came.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(new ProblemClientFilter());
 * ProblemRetry retry = ProblemRetry.builder().maxAttempts(3).maxTotalWait(Duration.ofSeconds(30)).build();
 * List<Book> books = retry.call("GET", () -> client.target(base).path("books").request().get(BOOKS));
 * }</pre>
 *
 * <p>The calls are made through {@link ProblemClient#call}, so a {@link ProblemClientFilter} must be
 * registered on the client; a MicroProfile Rest Client with {@link ProblemResponseExceptionMapper}
 * throws the same typed exceptions and works the same way. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3 (Retry-After)</a>
 * @see RateLimit
 * @since 0.3.0
 */
public final class ProblemRetry {

  /** Waits; the default is {@link Thread#sleep}. Tests inject one that does not wait. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits for a while.
     *
     * @param duration how long
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

  private final int maxAttempts;
  private final Duration maxTotalWait;
  private final double jitter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  private ProblemRetry(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxTotalWait = b.maxTotalWait;
    this.jitter = b.jitter;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.random = b.random;
  }

  /**
   * A builder with the defaults: 3 attempts, 60 seconds of waiting in all, 10% jitter.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes a call, and repeats it as the server says when the method is idempotent.
   *
   * @param <T> the result type
   * @param method the request's method, which decides whether it may be repeated
   * @param call the request (through a client with {@link ProblemClientFilter})
   * @return the result of the first call that succeeds
   * @throws InterruptedException if the thread is interrupted while waiting
   * @throws RuntimeException the typed exception of the last response when the retries end
   */
  public <T> T call(String method, Supplier<T> call) throws InterruptedException {
    Objects.requireNonNull(method, "method");
    return run(IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT)), call);
  }

  /**
   * Makes a call the caller knows can be repeated whatever its method (for example a POST with an
   * idempotency key), and repeats it as the server says.
   *
   * @param <T> the result type
   * @param call the request
   * @return the result of the first call that succeeds
   * @throws InterruptedException if the thread is interrupted while waiting
   * @throws RuntimeException the typed exception of the last response when the retries end
   */
  public <T> T callRepeatable(Supplier<T> call) throws InterruptedException {
    return run(true, call);
  }

  private <T> T run(boolean repeatable, Supplier<T> call) throws InterruptedException {
    Objects.requireNonNull(call, "call");
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      try {
        return ProblemClient.call(call);
      } catch (HttpException e) {
        if (!repeatable || attempt >= maxAttempts) {
          throw e;
        }
        Optional<Duration> told = delay(e);
        if (told.isEmpty()) {
          throw e;
        }
        Duration wait = withJitter(told.get());
        if (waited.plus(wait).compareTo(maxTotalWait) > 0) {
          throw e; // waiting would break the bound: the caller hears now rather than later
        }
        sleeper.sleep(wait);
        waited = waited.plus(wait);
      }
    }
  }

  /**
   * How long the server asked to wait: {@code Retry-After} takes precedence (as the RateLimit
   * draft says), else the longest reset of a used-up policy; only for 429 and 503.
   */
  Optional<Duration> delay(HttpException e) {
    int status = e.getStatus().code();
    if (status != 429 && status != 503) {
      return Optional.empty();
    }
    Optional<RetryAfter> retryAfter = e.getRetryAfter();
    if (retryAfter.isPresent()) {
      Optional<Duration> delay = retryAfter.get().delay();
      if (delay.isPresent()) {
        return delay;
      }
      Instant at = retryAfter.get().date().orElseThrow();
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }
    Duration longest = null;
    for (RateLimit l : e.getRateLimits()) {
      if (l.exhausted() && l.reset().isPresent() && (longest == null || l.reset().get().compareTo(longest) > 0)) {
        longest = l.reset().get();
      }
    }
    return Optional.ofNullable(longest);
  }

  /** Never shorter than told: jitter only adds, so a client never comes back early. */
  private Duration withJitter(Duration told) {
    if (jitter == 0 || told.isZero()) {
      return told;
    }
    long extraMillis = (long) (told.toMillis() * jitter * random.getAsDouble());
    return told.plusMillis(extraMillis);
  }

  /** Builds a {@link ProblemRetry}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration maxTotalWait = Duration.ofSeconds(60);
    private double jitter = 0.1;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * The most calls made, the first included.
     *
     * @param attempts at least 1 (1 makes no retry)
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts " + attempts + " is less than 1 (the first call counts)");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The most time spent waiting, over all retries; a wait that would go beyond it is not begun.
     *
     * @param wait zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxTotalWait(Duration wait) {
      if (Objects.requireNonNull(wait, "wait").isNegative()) {
        throw new IllegalArgumentException("maxTotalWait " + wait + " is negative");
      }
      this.maxTotalWait = wait;
      return this;
    }

    /**
     * The largest extra wait, as a fraction of the wait the server asked for; the extra is drawn at
     * random between none and that, and is never taken off.
     *
     * @param fraction 0 (no jitter) to 1
     * @return this builder
     * @throws IllegalArgumentException if outside 0 to 1
     */
    public Builder jitter(double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("jitter " + fraction + " is not a fraction between 0 and 1");
      }
      this.jitter = fraction;
      return this;
    }

    /**
     * How to wait; for tests, which should not wait for real.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The clock that turns a {@code Retry-After} date into a wait.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The source of the jitter's random fraction; for tests.
     *
     * @param random returns values from 0 (inclusive) to 1 (exclusive)
     * @return this builder
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * The retry helper.
     *
     * @return an immutable helper
     */
    public ProblemRetry build() {
      return new ProblemRetry(this);
    }
  }
}
