package dev.statuskit.examples;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

  /** The limiter. */
  public RateLimiter() {}

  /**
   * Takes one call from the client's bucket.
   *
   * @param client the client's key
   * @return empty if the call may proceed, otherwise how long until it may
   */
  public synchronized Optional<Duration> take(String client) {
    long now = System.nanoTime();
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(CAPACITY * REFILL_NANOS, now));
    bucket.refill(now);
    if (bucket.nanos >= REFILL_NANOS) {
      bucket.nanos -= REFILL_NANOS;
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(REFILL_NANOS - bucket.nanos));
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
