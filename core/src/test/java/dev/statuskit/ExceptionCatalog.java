package dev.statuskit;

import dev.statuskit.header.Challenge;
import dev.statuskit.header.EntityTag;
import dev.statuskit.header.Protocol;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every typed exception, built with representative values for its required header fields. Public
 * for the tests of {@code dev.statuskit.internal}.
 */
public final class ExceptionCatalog {

  public record Entry(int code, Class<? extends HttpException> type, Supplier<HttpException> factory,
      Map<String, List<String>> headers) {
    @Override
    public String toString() {
      return code + " " + type.getSimpleName();
    }
  }

  private ExceptionCatalog() {}

  public static List<Entry> all() {
    URI target = URI.create("https://api.example/orders/42");
    return List.of(
        e(300, MultipleChoicesException.class, MultipleChoicesException::new, Map.of()),
        e(301, MovedPermanentlyException.class, () -> new MovedPermanentlyException(target),
            Map.of("Location", List.of(target.toString()))),
        e(302, FoundException.class, () -> new FoundException(target), Map.of("Location", List.of(target.toString()))),
        e(303, SeeOtherException.class, () -> new SeeOtherException(target), Map.of("Location", List.of(target.toString()))),
        e(304, NotModifiedException.class, () -> new NotModifiedException(EntityTag.strong("v1")),
            Map.of("ETag", List.of("\"v1\""))),
        e(307, TemporaryRedirectException.class, () -> new TemporaryRedirectException(target),
            Map.of("Location", List.of(target.toString()))),
        e(308, PermanentRedirectException.class, () -> new PermanentRedirectException(target),
            Map.of("Location", List.of(target.toString()))),
        e(400, BadRequestException.class, BadRequestException::new, Map.of()),
        e(401, UnauthorizedException.class,
            () -> new UnauthorizedException(Challenge.bearer("api"), Challenge.basic("api")),
            Map.of("WWW-Authenticate", List.of("Bearer realm=\"api\"", "Basic realm=\"api\""))),
        e(402, PaymentRequiredException.class, PaymentRequiredException::new, Map.of()),
        e(403, ForbiddenException.class, ForbiddenException::new, Map.of()),
        e(404, NotFoundException.class, NotFoundException::new, Map.of()),
        e(405, MethodNotAllowedException.class, () -> new MethodNotAllowedException("GET", "HEAD"),
            Map.of("Allow", List.of("GET, HEAD"))),
        e(406, NotAcceptableException.class, NotAcceptableException::new, Map.of()),
        e(407, ProxyAuthenticationRequiredException.class,
            () -> new ProxyAuthenticationRequiredException(Challenge.basic("proxy")),
            Map.of("Proxy-Authenticate", List.of("Basic realm=\"proxy\""))),
        e(408, RequestTimeoutException.class, RequestTimeoutException::new, Map.of()),
        e(409, ConflictException.class, ConflictException::new, Map.of()),
        e(410, GoneException.class, GoneException::new, Map.of()),
        e(411, LengthRequiredException.class, LengthRequiredException::new, Map.of()),
        e(412, PreconditionFailedException.class, PreconditionFailedException::new, Map.of()),
        e(413, ContentTooLargeException.class, ContentTooLargeException::new, Map.of()),
        e(414, UriTooLongException.class, UriTooLongException::new, Map.of()),
        e(415, UnsupportedMediaTypeException.class, UnsupportedMediaTypeException::new, Map.of()),
        e(416, RangeNotSatisfiableException.class, () -> new RangeNotSatisfiableException(47022),
            Map.of("Content-Range", List.of("bytes */47022"))),
        e(417, ExpectationFailedException.class, ExpectationFailedException::new, Map.of()),
        e(418, ImATeapotException.class, ImATeapotException::new, Map.of()),
        e(421, MisdirectedRequestException.class, MisdirectedRequestException::new, Map.of()),
        e(422, UnprocessableContentException.class, UnprocessableContentException::new, Map.of()),
        e(423, LockedException.class, LockedException::new, Map.of()),
        e(424, FailedDependencyException.class, FailedDependencyException::new, Map.of()),
        e(425, TooEarlyException.class, TooEarlyException::new, Map.of()),
        e(426, UpgradeRequiredException.class, () -> new UpgradeRequiredException(Protocol.of("HTTP", "3.0")),
            Map.of("Upgrade", List.of("HTTP/3.0"), "Connection", List.of("upgrade"))),
        e(428, PreconditionRequiredException.class, PreconditionRequiredException::new, Map.of()),
        e(429, TooManyRequestsException.class, TooManyRequestsException::new, Map.of()),
        e(431, RequestHeaderFieldsTooLargeException.class, RequestHeaderFieldsTooLargeException::new, Map.of()),
        e(451, UnavailableForLegalReasonsException.class, UnavailableForLegalReasonsException::new, Map.of()),
        e(500, InternalServerErrorException.class, InternalServerErrorException::new, Map.of()),
        e(501, NotImplementedException.class, NotImplementedException::new, Map.of()),
        e(502, BadGatewayException.class, BadGatewayException::new, Map.of()),
        e(503, ServiceUnavailableException.class, ServiceUnavailableException::new, Map.of()),
        e(504, GatewayTimeoutException.class, GatewayTimeoutException::new, Map.of()),
        e(505, HttpVersionNotSupportedException.class, HttpVersionNotSupportedException::new, Map.of()),
        e(506, VariantAlsoNegotiatesException.class, VariantAlsoNegotiatesException::new, Map.of()),
        e(507, InsufficientStorageException.class, InsufficientStorageException::new, Map.of()),
        e(508, LoopDetectedException.class, LoopDetectedException::new, Map.of()),
        e(510, NotExtendedException.class, NotExtendedException::new, Map.of()),
        e(511, NetworkAuthenticationRequiredException.class, NetworkAuthenticationRequiredException::new, Map.of()));
  }

  private static Entry e(int code, Class<? extends HttpException> type, Supplier<HttpException> f,
      Map<String, List<String>> headers) {
    return new Entry(code, type, f, headers);
  }
}
