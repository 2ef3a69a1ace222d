package dev.statuskit.examples;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
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

  /** Every CDI bean of the application, for containers started without bean discovery. */
  static final Set<Class<?>> BEANS = Set.of(BookResource.class, StatusResource.class, AdminResource.class,
      BearerAuthFilter.class, RateLimitFilter.class, MaintenanceFilter.class,
      BookStore.class, RateLimiter.class, Maintenance.class);
}
