package dev.statuskit.examples;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The book-store application at the root of its context. StatusKit needs no entry here: its
 * {@code StatusKitFeature} is registered by the runtime from {@code META-INF/services}.
 */
@ApplicationPath("/")
public class BookStoreApplication extends Application {

  /** The application. */
  public BookStoreApplication() {}

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(BookResource.class, StatusResource.class, AdminResource.class,
        BearerAuthFilter.class, RateLimitFilter.class, MaintenanceFilter.class);
  }

  /**
   * Where the book store's own problem types live ({@code edit-conflict} becomes
   * {@code http://127.0.0.1:8080/problems/edit-conflict}), and where StatusKit answers their
   * documentation. Another address: the system property or environment variable of the setting
   * ({@code -Dstatuskit.problem-docs=https://books.example/problems/}).
   */
  static final String PROBLEM_DOCS = "http://127.0.0.1:8080/problems/";

  @Override
  public Map<String, Object> getProperties() {
    String configured = System.getProperty("statuskit.problem-docs", System.getenv("STATUSKIT_PROBLEM_DOCS"));
    return Map.of("statuskit.problem-docs", configured != null ? configured : PROBLEM_DOCS);
  }

  /** Every CDI bean of the application, for containers started without bean discovery. */
  static final Set<Class<?>> BEANS = Set.of(BookResource.class, StatusResource.class, AdminResource.class,
      BearerAuthFilter.class, RateLimitFilter.class, MaintenanceFilter.class,
      BookStore.class, RateLimiter.class, Maintenance.class);
}
