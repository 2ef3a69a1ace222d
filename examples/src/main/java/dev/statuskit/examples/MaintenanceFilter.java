package dev.statuskit.examples;

import dev.statuskit.ServiceUnavailableException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/**
 * Answers 503 with {@code Retry-After} to every request but {@code /admin} and {@code /status}
 * while the store is in maintenance mode.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class MaintenanceFilter implements ContainerRequestFilter {

  /** How long clients are asked to wait. */
  public static final Duration RETRY_AFTER = Duration.ofMinutes(2);

  // Field injection and a public no-arg constructor: portable across CDI integrations (RESTEasy
  // checks for a constructor it could call itself, even when CDI creates the instance).
  @Inject
  Maintenance maintenance;

  /** The filter; CDI injects its collaborator. */
  public MaintenanceFilter() {}

  @Override
  public void filter(ContainerRequestContext request) {
    if (!maintenance.isOn()) {
      return;
    }
    String path = request.getUriInfo().getPath();
    path = path.startsWith("/") ? path.substring(1) : path;
    if (path.startsWith("admin/") || path.equals("status") || path.startsWith("status/")) {
      return;
    }
    throw new ServiceUnavailableException("The book store is down for maintenance.").retryAfter(RETRY_AFTER);
  }
}
