package dev.statuskit.jaxrs.it;

import dev.statuskit.*;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.EntityTag;
import dev.statuskit.header.Protocol;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** One StatusKit exception per registered 3xx/4xx/5xx status, each with representative required header values. */
public final class TypedExceptions {

  private static final Map<Integer, Supplier<HttpException>> ALL = new LinkedHashMap<>();

  static {
    URI elsewhere = URI.create("https://example.test/elsewhere");
    ALL.put(300, () -> new MultipleChoicesException(elsewhere));
    ALL.put(301, () -> new MovedPermanentlyException(elsewhere));
    ALL.put(302, () -> new FoundException(elsewhere));
    ALL.put(303, () -> new SeeOtherException(elsewhere));
    ALL.put(304, () -> new NotModifiedException(EntityTag.strong("v42")));
    ALL.put(307, () -> new TemporaryRedirectException(elsewhere));
    ALL.put(308, () -> new PermanentRedirectException(elsewhere));
    ALL.put(400, BadRequestException::new);
    ALL.put(401, () -> new UnauthorizedException(Challenge.bearer("api"), Challenge.basic("legacy")));
    ALL.put(402, PaymentRequiredException::new);
    ALL.put(403, ForbiddenException::new);
    ALL.put(404, NotFoundException::new);
    ALL.put(405, () -> new MethodNotAllowedException("GET", "HEAD"));
    ALL.put(406, NotAcceptableException::new);
    ALL.put(407, () -> new ProxyAuthenticationRequiredException(Challenge.basic("proxy")));
    ALL.put(408, RequestTimeoutException::new);
    ALL.put(409, ConflictException::new);
    ALL.put(410, GoneException::new);
    ALL.put(411, LengthRequiredException::new);
    ALL.put(412, PreconditionFailedException::new);
    ALL.put(413, () -> new ContentTooLargeException().retryAfter(Duration.ofSeconds(120)));
    ALL.put(414, UriTooLongException::new);
    ALL.put(415, UnsupportedMediaTypeException::new);
    ALL.put(416, () -> new RangeNotSatisfiableException(1000));
    ALL.put(417, ExpectationFailedException::new);
    ALL.put(418, ImATeapotException::new);
    ALL.put(421, MisdirectedRequestException::new);
    ALL.put(422, UnprocessableContentException::new);
    ALL.put(423, LockedException::new);
    ALL.put(424, FailedDependencyException::new);
    ALL.put(425, TooEarlyException::new);
    ALL.put(426, () -> new UpgradeRequiredException(Protocol.of("HTTP", "2.0")));
    ALL.put(428, PreconditionRequiredException::new);
    ALL.put(429, () -> new TooManyRequestsException().retryAfter(Duration.ofSeconds(120)));
    ALL.put(431, RequestHeaderFieldsTooLargeException::new);
    ALL.put(451, () -> new UnavailableForLegalReasonsException(URI.create("https://example.test/authority")));
    ALL.put(500, InternalServerErrorException::new);
    ALL.put(501, NotImplementedException::new);
    ALL.put(502, BadGatewayException::new);
    ALL.put(503, () -> new ServiceUnavailableException().retryAfter(Duration.ofSeconds(120)));
    ALL.put(504, GatewayTimeoutException::new);
    ALL.put(505, HttpVersionNotSupportedException::new);
    ALL.put(506, VariantAlsoNegotiatesException::new);
    ALL.put(507, InsufficientStorageException::new);
    ALL.put(508, LoopDetectedException::new);
    ALL.put(510, NotExtendedException::new);
    ALL.put(511, NetworkAuthenticationRequiredException::new);
  }

  private TypedExceptions() {}

  public static HttpException create(int status) {
    Supplier<HttpException> s = ALL.get(status);
    if (s == null) {
      throw new IllegalArgumentException("no typed exception for " + status);
    }
    return s.get();
  }

  public static Iterable<Integer> statuses() {
    return ALL.keySet();
  }
}
