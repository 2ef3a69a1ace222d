package dev.statuskit.examples;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@value #CAPACITY} calls at once, then one more every
 * {@value #REFILL_SECONDS} seconds.
 */
@ApplicationScoped
public class RateLimiter {

  /** Calls a client may make at once. */
  public static final int CAPACITY = 5;

  /** Seconds until a spent call is available again. */
  public static final int REFILL_SECONDS = 12;

  private static final long REFILL_NANOS = Duration.ofSeconds(REFILL_SECONDS).toNanos();
  private static final int MAX_CLIENTS = 10_000;

  private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      // Bounded: a flood of made-up client keys evicts the least recently seen buckets.
      return size() > MAX_CLIENTS;
    }
  };

  /**
   * The time source of every limiter, in nanoseconds; the client-side demo test moves it forward
   * instead of waiting for real.
   */
  static volatile LongSupplier nanoTime = System::nanoTime;

  /** The limiter. */
  public RateLimiter() {}

  /**
   * What the limiter decided for one call.
   *
   * @param allowed whether the call may proceed
   * @param remaining the calls the client has left after this one
   * @param reset how long until the client has one call more
   */
  public record Decision(boolean allowed, long remaining, Duration reset) {}

  /**
   * Takes one call from the client's bucket.
   *
   * @param client the client's key
   * @return empty if the call may proceed, otherwise how long until it may
   */
  public Optional<Duration> take(String client) {
    Decision d = decide(client);
    return d.allowed() ? Optional.empty() : Optional.of(d.reset());
  }

  /**
   * Takes one call from the client's bucket and tells what is left.
   *
   * @param client the client's key
   * @return the decision, with the calls left and the time until one more
   */
  public synchronized Decision decide(String client) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(CAPACITY * REFILL_NANOS, now));
    bucket.refill(now);
    if (bucket.nanos >= REFILL_NANOS) {
      bucket.nanos -= REFILL_NANOS;
      return new Decision(true, bucket.nanos / REFILL_NANOS, Duration.ofNanos(REFILL_NANOS - bucket.nanos % REFILL_NANOS));
    }
    return new Decision(false, 0, Duration.ofNanos(REFILL_NANOS - bucket.nanos));
  }

  /** Tokens held as nanoseconds of refill time, so no fractions are lost. */
  private static final class Bucket {
    long nanos;
    long last;

    Bucket(long nanos, long last) {
      this.nanos = nanos;
      this.last = last;
    }

    void refill(long now) {
      nanos = Math.min(CAPACITY * REFILL_NANOS, nanos + (now - last));
      last = now;
    }
  }
}
