package dev.statuskit.realservers.standin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;

/**
 * Three endpoints whose answers every Jakarta EE 10 server must give the same way:
 * a 200 JSON document, a 405 with {@code Allow} and a 503 with {@code Retry-After}, the last two
 * from the Jakarta REST exceptions that build those headers (REST 3.1 {@code NotAllowedException},
 * {@code ServiceUnavailableException}).
 */
@Path("/")
public class StandInResource {

    /** Seconds sent in {@code Retry-After} by {@link #unavailable()}. */
    public static final long RETRY_AFTER_SECONDS = 120;

    @GET
    @Path("ok")
    @Produces(MediaType.APPLICATION_JSON)
    public String ok() {
        return "{\"status\":\"ok\"}";
    }

    @GET
    @Path("not-allowed")
    public String notAllowed() {
        throw new NotAllowedException("POST");
    }

    @GET
    @Path("unavailable")
    public String unavailable() {
        throw new ServiceUnavailableException(RETRY_AFTER_SECONDS);
    }
}
