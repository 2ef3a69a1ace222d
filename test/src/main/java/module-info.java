/**
 * The StatusKit test kit: AssertJ assertions for problem responses and the JUnit 5 extension
 * {@code @ConformanceChecked}, which checks every response a test receives against RFC 9110 and
 * RFC 9457.
 */
module dev.statuskit.test {
  requires transitive dev.statuskit.core;
  requires transitive java.net.http;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  // Optional: only the Jakarta REST assertions and client filter use it; the application brings it.
  requires static transitive jakarta.ws.rs;
  // jspecify's @Nullable is in signatures; static: a provided dependency, optional for consumers.
  requires static transitive org.jspecify;

  exports dev.statuskit.test;
}
