package dev.statuskit.examples;

import dev.statuskit.BadGatewayException;
import dev.statuskit.BadRequestException;
import dev.statuskit.ConflictException;
import dev.statuskit.ContentTooLargeException;
import dev.statuskit.ExpectationFailedException;
import dev.statuskit.FailedDependencyException;
import dev.statuskit.ForbiddenException;
import dev.statuskit.FoundException;
import dev.statuskit.GatewayTimeoutException;
import dev.statuskit.GoneException;
import dev.statuskit.HttpException;
import dev.statuskit.HttpVersionNotSupportedException;
import dev.statuskit.ImATeapotException;
import dev.statuskit.InsufficientStorageException;
import dev.statuskit.InternalServerErrorException;
import dev.statuskit.LengthRequiredException;
import dev.statuskit.LockedException;
import dev.statuskit.LoopDetectedException;
import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.MisdirectedRequestException;
import dev.statuskit.MovedPermanentlyException;
import dev.statuskit.MultipleChoicesException;
import dev.statuskit.NetworkAuthenticationRequiredException;
import dev.statuskit.NotAcceptableException;
import dev.statuskit.NotExtendedException;
import dev.statuskit.NotFoundException;
import dev.statuskit.NotImplementedException;
import dev.statuskit.NotModifiedException;
import dev.statuskit.PaymentRequiredException;
import dev.statuskit.PermanentRedirectException;
import dev.statuskit.PreconditionFailedException;
import dev.statuskit.PreconditionRequiredException;
import dev.statuskit.ProxyAuthenticationRequiredException;
import dev.statuskit.RangeNotSatisfiableException;
import dev.statuskit.RequestHeaderFieldsTooLargeException;
import dev.statuskit.RequestTimeoutException;
import dev.statuskit.SeeOtherException;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TemporaryRedirectException;
import dev.statuskit.TooEarlyException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.UnavailableForLegalReasonsException;
import dev.statuskit.UnprocessableContentException;
import dev.statuskit.UnsupportedMediaTypeException;
import dev.statuskit.UpgradeRequiredException;
import dev.statuskit.UriTooLongException;
import dev.statuskit.VariantAlsoNegotiatesException;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.EntityTag;
import dev.statuskit.header.Protocol;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every 3xx, 4xx and 5xx status StatusKit has a typed exception for, built with representative
 * values for the header fields the status requires or recommends.
 */
public final class StatusGallery {

  /** Where the gallery's redirects point. */
  public static final URI LOCATION = URI.create("https://bookstore.example/books/1");

  /** The legal notice the gallery's 451 links to. */
  public static final URI NOTICE = URI.create("https://bookstore.example/legal/notices/2026-17");

  private static final Map<Integer, Supplier<HttpException>> GALLERY = build();

  private StatusGallery() {}

  private static Map<Integer, Supplier<HttpException>> build() {
    Map<Integer, Supplier<HttpException>> g = new TreeMap<>();
    g.put(300, MultipleChoicesException::new);
    g.put(301, () -> new MovedPermanentlyException(LOCATION));
    g.put(302, () -> new FoundException(LOCATION));
    g.put(303, () -> new SeeOtherException(LOCATION));
    g.put(304, () -> new NotModifiedException(EntityTag.strong("1-v1")));
    g.put(307, () -> new TemporaryRedirectException(LOCATION));
    g.put(308, () -> new PermanentRedirectException(LOCATION));
    g.put(400, BadRequestException::new);
    g.put(401, () -> new UnauthorizedException(Challenge.bearer(BearerAuthFilter.REALM)));
    g.put(402, PaymentRequiredException::new);
    g.put(403, ForbiddenException::new);
    g.put(404, NotFoundException::new);
    g.put(405, () -> new MethodNotAllowedException("GET", "HEAD"));
    g.put(406, NotAcceptableException::new);
    g.put(407, () -> new ProxyAuthenticationRequiredException(Challenge.basic("proxy")));
    g.put(408, RequestTimeoutException::new);
    g.put(409, ConflictException::new);
    g.put(410, GoneException::new);
    g.put(411, LengthRequiredException::new);
    g.put(412, PreconditionFailedException::new);
    g.put(413, () -> new ContentTooLargeException().retryAfter(Duration.ofSeconds(60)));
    g.put(414, UriTooLongException::new);
    g.put(415, UnsupportedMediaTypeException::new);
    g.put(416, () -> new RangeNotSatisfiableException(1024));
    g.put(417, ExpectationFailedException::new);
    g.put(418, ImATeapotException::new);
    g.put(421, MisdirectedRequestException::new);
    g.put(422, UnprocessableContentException::new);
    g.put(423, LockedException::new);
    g.put(424, FailedDependencyException::new);
    g.put(425, TooEarlyException::new);
    g.put(426, () -> new UpgradeRequiredException(Protocol.of("HTTP", "2.0")));
    g.put(428, PreconditionRequiredException::new);
    g.put(429, () -> new TooManyRequestsException().retryAfter(Duration.ofSeconds(60)));
    g.put(431, RequestHeaderFieldsTooLargeException::new);
    g.put(451, () -> new UnavailableForLegalReasonsException(NOTICE));
    g.put(500, InternalServerErrorException::new);
    g.put(501, NotImplementedException::new);
    g.put(502, BadGatewayException::new);
    g.put(503, () -> new ServiceUnavailableException().retryAfter(Duration.ofSeconds(120)));
    g.put(504, GatewayTimeoutException::new);
    g.put(505, HttpVersionNotSupportedException::new);
    g.put(506, VariantAlsoNegotiatesException::new);
    g.put(507, InsufficientStorageException::new);
    g.put(508, LoopDetectedException::new);
    g.put(510, NotExtendedException::new);
    g.put(511, NetworkAuthenticationRequiredException::new);
    return Collections.unmodifiableMap(g);
  }

  /**
   * The codes of the gallery, ascending.
   *
   * @return every code with a typed exception
   */
  public static java.util.Set<Integer> codes() {
    return GALLERY.keySet();
  }

  /**
   * A new exception for a code.
   *
   * @param code the status code
   * @return the typed exception, or empty when StatusKit has none for the code
   */
  public static Optional<HttpException> exception(int code) {
    return Optional.ofNullable(GALLERY.get(code)).map(Supplier::get);
  }
}
