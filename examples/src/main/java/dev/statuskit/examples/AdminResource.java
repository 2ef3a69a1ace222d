package dev.statuskit.examples;

import dev.statuskit.BadRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Switches maintenance mode: {@code PUT /admin/maintenance} with {@code on} or {@code off}. */
@Path("admin/maintenance")
@ApplicationScoped
public class AdminResource {

  // Field injection and a public no-arg constructor: portable across CDI integrations (RESTEasy
  // checks for a constructor it could call itself, even when CDI creates the instance).
  @Inject
  Maintenance maintenance;

  /** The resource; CDI injects its collaborator. */
  public AdminResource() {}

  /**
   * Whether maintenance mode is on.
   *
   * @return {@code on} or {@code off}
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String get() {
    return maintenance.isOn() ? "on" : "off";
  }

  /**
   * Switches maintenance mode.
   *
   * @param state {@code on} or {@code off}
   */
  @PUT
  @Secured
  @Consumes(MediaType.TEXT_PLAIN)
  public void set(String state) {
    switch (state.trim()) {
      case "on" -> maintenance.set(true);
      case "off" -> maintenance.set(false);
      default -> throw new BadRequestException("Send on or off.");
    }
  }
}
