package dev.statuskit.examples;

import dev.statuskit.UnauthorizedException;
import dev.statuskit.header.Challenge;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets {@link Secured} calls through only with {@code Authorization: Bearer demo-token}; answers
 * 401 with a {@code Bearer} challenge otherwise, adding {@code error="invalid_token"} when a
 * token was sent but is wrong (RFC 6750 §3).
 */
@Secured
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

  /** The one token the demo accepts. */
  public static final String TOKEN = "demo-token";

  static final String REALM = "bookstore";

  /** The filter. */
  public BearerAuthFilter() {}

  @Override
  public void filter(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new UnauthorizedException(Challenge.bearer(REALM))
          .detail("This operation needs a bearer token.");
    }
    byte[] sent = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(sent, TOKEN.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedException(Challenge.bearer(REALM).param("error", "invalid_token"))
          .detail("The bearer token is not valid.");
    }
  }
}
