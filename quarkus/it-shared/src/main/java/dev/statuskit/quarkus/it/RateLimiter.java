package dev.statuskit.quarkus.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The example's token bucket per client: {@value #CAPACITY} calls at once, then one every {@value #REFILL_SECONDS} s. */
@ApplicationScoped
public class RateLimiter {

  public static final int CAPACITY = 5;
  public static final int REFILL_SECONDS = 12;

  private static final long REFILL_NANOS = Duration.ofSeconds(REFILL_SECONDS).toNanos();

  private final Map<String, long[]> buckets = new HashMap<>();

  /** Empty if the call may proceed, otherwise how long until it may. */
  public synchronized Optional<Duration> take(String client) {
    long now = System.nanoTime();
    long[] b = buckets.computeIfAbsent(client, c -> new long[] {CAPACITY * REFILL_NANOS, now});
    b[0] = Math.min(CAPACITY * REFILL_NANOS, b[0] + (now - b[1]));
    b[1] = now;
    if (b[0] >= REFILL_NANOS) {
      b[0] -= REFILL_NANOS;
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(REFILL_NANOS - b[0]));
  }
}
