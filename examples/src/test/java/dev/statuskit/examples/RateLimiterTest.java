package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void fullBucketAllowsItsCapacityThenAsksToWaitAtMostOneRefill() {
    RateLimiter limiter = new RateLimiter();
    for (int i = 0; i < RateLimiter.CAPACITY; i++) {
      assertThat(limiter.take("a")).as("call %d", i + 1).isEmpty();
    }
    assertThat(limiter.take("a")).hasValueSatisfying(wait -> assertThat(wait)
        .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(RateLimiter.REFILL_SECONDS)));
  }

  @Test
  void clientsHaveTheirOwnBuckets() {
    RateLimiter limiter = new RateLimiter();
    for (int i = 0; i <= RateLimiter.CAPACITY; i++) {
      limiter.take("a");
    }
    assertThat(limiter.take("a")).isPresent();
    assertThat(limiter.take("b")).isEmpty();
  }
}
