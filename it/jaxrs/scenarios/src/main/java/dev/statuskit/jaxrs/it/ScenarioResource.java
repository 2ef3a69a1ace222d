package dev.statuskit.jaxrs.it;

import dev.statuskit.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Resource methods that fail in every way the suite checks. */
@Path("s")
public class ScenarioResource {

  /** Marker in exception messages that must never reach a response. */
  public static final String SECRET = dev.statuskit.testsupport.Hostile.SECRET;

  @GET
  @Path("ok")
  public String ok() {
    return "ok";
  }

  /** Refuses the content without reading it: the unread body is still on the connection. */
  @POST
  @Path("upload")
  public String upload() {
    throw new dev.statuskit.ContentTooLargeException("Uploads are limited to 16 bytes.");
  }

  @GET
  @Path("typed/{status}")
  public String typed(@PathParam("status") int status) {
    throw TypedExceptions.create(status);
  }

  @GET
  @Path("only-get")
  @Produces(MediaType.TEXT_PLAIN)
  public String onlyGet() {
    return "ok";
  }

  @GET
  @Path("json-only")
  @Produces(MediaType.APPLICATION_JSON)
  public Order jsonOnly() {
    Order o = new Order();
    o.sku = "a";
    o.quantity = 1;
    return o;
  }

  @POST
  @Path("orders")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String create(@Valid @NotNull Order order, @QueryParam("limit") @DefaultValue("1") @Min(1) int limit) {
    return "created " + order.sku;
  }

  @GET
  @Path("items/{id}")
  @Produces(MediaType.TEXT_PLAIN)
  public String item(@PathParam("id") @Min(1) long id) {
    return "item " + id;
  }

  @GET
  @Path("not-authorized")
  public String notAuthorized() {
    throw new NotAuthorizedException("Bearer realm=\"api\"");
  }

  @GET
  @Path("unavailable")
  public String unavailable() {
    throw new ServiceUnavailableException(120L);
  }

  @GET
  @Path("redirect")
  public String redirect() {
    throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("https://example.test/moved"));
  }

  @GET
  @Path("wae-headers")
  public String waeWithHeaders() {
    throw new WebApplicationException(Response.status(429).header("Retry-After", "11")
        .header("X-Rate-Limit-Remaining", "0").header("Cache-Control", "no-store")
        .header("Link", "<https://example.test/limits>; rel=\"help\"").build());
  }

  @GET
  @Path("wae-entity")
  public String waeWithEntity() {
    throw new WebApplicationException(Response.status(409).entity("the application's own body")
        .type(MediaType.TEXT_PLAIN).header("X-Own", "kept").build());
  }

  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("connection failed: " + SECRET);
  }

  @GET
  @Path("annotated")
  public String annotated() {
    throw new OutOfStockException("sku-7");
  }

  @GET
  @Path("global")
  public String global() {
    throw new UnsupportedOperationException("not yet: " + SECRET);
  }

  @GET
  @Path("detail")
  public String detail() {
    throw new ConflictException("Order 42 was already shipped.");
  }
}
