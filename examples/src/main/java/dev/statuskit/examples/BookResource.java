package dev.statuskit.examples;

import dev.statuskit.BadRequestException;
import dev.statuskit.ContentTooLargeException;
import dev.statuskit.NotFoundException;
import dev.statuskit.NotModifiedException;
import dev.statuskit.PreconditionFailedException;
import dev.statuskit.PreconditionRequiredException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnavailableForLegalReasonsException;
import dev.statuskit.header.EntityTag;
import dev.statuskit.jaxrs.MapException;
import dev.statuskit.jaxrs.QuotaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The books: read with conditional requests and byte ranges, write with a bearer token and
 * {@code If-Match}, search under a rate limit.
 */
@Path("books")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookResource {

  /** What the {@code edit-conflict} problem type means, for its page at its type URI. */
  static final String EDIT_CONFLICT = "Someone else changed the book since you read it. Read it again (GET gives its"
      + " current ETag), apply your change to that version, and send it with If-Match.";


  /** The largest cover image accepted, in bytes. */
  public static final int MAX_COVER_BYTES = 64 * 1024;

  private static final Pattern ID = Pattern.compile("[0-9]{1,9}");
  private static final Pattern REGION = Pattern.compile("[A-Za-z]{2}");

  // Field injection and a public no-arg constructor: portable across CDI integrations (RESTEasy
  // checks for a constructor it could call itself, even when CDI creates the instance).
  @Inject
  BookStore store;

  /** The resource; CDI injects its collaborator. */
  public BookResource() {}

  /**
   * Every book.
   *
   * @return the books
   */
  @GET
  public List<Book> list() {
    return store.list();
  }

  /**
   * Searches titles and authors; rate limited per API key.
   *
   * @param query the text to look for
   * @return the matches
   * @throws BadRequestException without a query
   * @throws TooManyRequestsException beyond the quota ({@link RateLimitFilter} throws it; declared
   *     here so that the problem catalog, and the OpenAPI document, list the 429 of this operation)
   */
  @GET
  @Path("search")
  @RateLimited
  @QuotaPolicy(name = "search", quota = RateLimiter.CAPACITY, window = RateLimiter.CAPACITY * RateLimiter.REFILL_SECONDS)
  public List<Book> search(@QueryParam("q") @Nullable String query)
      throws BadRequestException, TooManyRequestsException {
    if (query == null || query.isBlank()) {
      throw new BadRequestException("The query parameter q is required.");
    }
    return store.search(query);
  }

  /**
   * Adds a book.
   *
   * @param request the validated book
   * @param uri the request URI, for {@code Location}
   * @return 201 with the book, its {@code Location} and {@code ETag}
   */
  @POST
  @Secured
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid @NotNull NewBook request, @Context UriInfo uri) {
    Book book = store.add(request);
    return Response.created(uri.getAbsolutePathBuilder().path(book.id()).build())
        .header(HttpHeaders.ETAG, book.entityTag().value())
        .entity(book)
        .build();
  }

  /**
   * One book; 304 when {@code If-None-Match} names its current {@code ETag}, 451 when it is blocked in
   * the region asked for.
   *
   * @param id the id
   * @param region an ISO 3166 country code, optional
   * @param ifNoneMatch the client's cached entity tags
   * @return the book with its {@code ETag}
   * @throws BadRequestException for a region that is no country code
   * @throws UnavailableForLegalReasonsException for a book blocked in the region (declared, like
   *     the other problems of these methods, so that the OpenAPI document lists them)
   */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id, @QueryParam("region") @Nullable String region,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch)
      throws BadRequestException, UnavailableForLegalReasonsException {
    Book book = find(id);
    if (region != null) {
      if (!REGION.matcher(region).matches()) {
        throw new BadRequestException("region must be a two-letter country code.");
      }
      store.blockedBy(id, region).ifPresent(notice -> {
        throw new UnavailableForLegalReasonsException(notice)
            .detail("This book may not be shown in " + region.toUpperCase(java.util.Locale.ROOT) + ".");
      });
    }
    EntityTag etag = book.entityTag();
    if (ifNoneMatch != null && matches(ifNoneMatch, etag, false)) {
      throw new NotModifiedException(etag);
    }
    return Response.ok(book).header(HttpHeaders.ETAG, etag.value()).build();
  }

  /**
   * Replaces a book; needs {@code If-Match} with the current {@code ETag} (428 without it, 412 when it
   * is stale), and 409 when another write slips in between.
   *
   * @param id the id
   * @param ifMatch the entity tag the client read
   * @param request the validated book
   * @return the new version with its {@code ETag}
   * @throws PreconditionRequiredException without {@code If-Match}
   * @throws PreconditionFailedException when {@code If-Match} is not the current {@code ETag}
   */
  @PUT
  @Path("{id}")
  @Secured
  @Consumes(MediaType.APPLICATION_JSON)
  @MapException(exception = OptimisticLockException.class, status = 409,
      type = "edit-conflict", title = "The book was changed by someone else",
      description = EDIT_CONFLICT)
  public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Valid @NotNull NewBook request) throws PreconditionRequiredException, PreconditionFailedException {
    Book book = find(id);
    EntityTag etag = book.entityTag();
    if (ifMatch == null) {
      throw new PreconditionRequiredException("Send If-Match with the ETag you read; blind overwrites are refused.");
    }
    if (!matches(ifMatch, etag, true)) {
      throw new PreconditionFailedException("The book has changed since you read it.");
    }
    Book next = store.replace(id, book.version(), request);
    return Response.ok(next).header(HttpHeaders.ETAG, next.entityTag().value()).build();
  }

  /**
   * Changes a book's title, based on the version in the body; 409 when that version is stale.
   *
   * @param id the id
   * @param change the new title and the version it is based on
   * @return the new version with its {@code ETag}
   */
  @PATCH
  @Path("{id}")
  @Secured
  @Consumes(MediaType.APPLICATION_JSON)
  @MapException(exception = OptimisticLockException.class, status = 409,
      type = "edit-conflict", title = "The book was changed by someone else",
      description = EDIT_CONFLICT)
  public Response retitle(@PathParam("id") String id, @Valid @NotNull TitleChange change) {
    find(id);
    Book next = store.retitle(id, change.getVersion(), String.valueOf(change.getTitle()));
    return Response.ok(next).header(HttpHeaders.ETAG, next.entityTag().value()).build();
  }

  /**
   * The book's text, whole or one byte range ({@code Range: bytes=0-99}): 206 with
   * {@code Content-Range}, or 416 when the range starts after the end.
   *
   * @param id the id
   * @param range the {@code Range} header
   * @return the text or the part asked for
   */
  @GET
  @Path("{id}/text")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  public Response text(@PathParam("id") String id, @HeaderParam("Range") @Nullable String range) {
    find(id);
    byte[] text = store.text(id);
    return ByteRange.of(range, text.length)
        .map(r -> Response.status(Response.Status.PARTIAL_CONTENT)
            .header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + text.length)
            .header("Accept-Ranges", "bytes")
            .entity(Arrays.copyOfRange(text, (int) r.first(), (int) r.last() + 1)))
        .orElseGet(() -> Response.ok(text).header("Accept-Ranges", "bytes"))
        .build();
  }

  /**
   * Stores a cover image of at most {@value #MAX_COVER_BYTES} bytes; 413 for a larger one.
   *
   * @param id the id
   * @param contentLength the declared length, if any
   * @param image the image
   * @throws IOException if the upload breaks off
   * @throws ContentTooLargeException for an image of more than {@value #MAX_COVER_BYTES} bytes
   */
  @PUT
  @Path("{id}/cover")
  @Secured
  @Consumes({"image/png", "image/jpeg"})
  public void cover(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Nullable Long contentLength,
      InputStream image) throws IOException, ContentTooLargeException {
    find(id);
    if (contentLength != null && contentLength > MAX_COVER_BYTES) {
      throw tooLarge();
    }
    byte[] bytes = image.readNBytes(MAX_COVER_BYTES + 1);
    if (bytes.length > MAX_COVER_BYTES) {
      throw tooLarge();
    }
    store.cover(id, bytes);
  }

  /**
   * The average review of a book.
   *
   * @param id the id
   * @return the rating
   */
  @GET
  @Path("{id}/rating")
  public Rating rating(@PathParam("id") String id) {
    find(id);
    return new Rating(id, store.averageStars(id));
  }

  private Book find(String id) {
    if (!ID.matcher(id).matches()) {
      throw new NotFoundException("Book ids are numbers.");
    }
    return store.find(id).orElseThrow(() -> new NotFoundException("There is no book " + id + "."));
  }

  private static ContentTooLargeException tooLarge() {
    return new ContentTooLargeException("A cover may have at most " + MAX_COVER_BYTES + " bytes.");
  }

  /**
   * Whether an {@code If-Match} / {@code If-None-Match} list names the tag (RFC 9110 §13.1.1, §13.1.2).
   *
   * @param header the list, or {@code *}
   * @param etag the current tag
   * @param strong strong comparison ({@code If-Match}) or weak ({@code If-None-Match})
   */
  private static boolean matches(String header, EntityTag etag, boolean strong) {
    if (header.trim().equals("*")) {
      return true;
    }
    for (String part : header.split(",")) {
      EntityTag tag;
      try {
        tag = EntityTag.parse(part.trim());
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("If-Match and If-None-Match take a list of entity tags.");
      }
      boolean same = tag.opaque().equals(etag.opaque());
      if (same && (!strong || !tag.isWeak() && !etag.isWeak())) {
        return true;
      }
    }
    return false;
  }
}
