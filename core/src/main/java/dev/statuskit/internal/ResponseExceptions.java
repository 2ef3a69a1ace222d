package dev.statuskit.internal;

import dev.statuskit.BadGatewayException;
import dev.statuskit.BadRequestException;
import dev.statuskit.ClientErrorException;
import dev.statuskit.ConflictException;
import dev.statuskit.ContentTooLargeException;
import dev.statuskit.ExpectationFailedException;
import dev.statuskit.FailedDependencyException;
import dev.statuskit.ForbiddenException;
import dev.statuskit.FoundException;
import dev.statuskit.GatewayTimeoutException;
import dev.statuskit.GoneException;
import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
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
import dev.statuskit.Problem;
import dev.statuskit.ProxyAuthenticationRequiredException;
import dev.statuskit.RangeNotSatisfiableException;
import dev.statuskit.RedirectionException;
import dev.statuskit.RequestHeaderFieldsTooLargeException;
import dev.statuskit.RequestTimeoutException;
import dev.statuskit.SeeOtherException;
import dev.statuskit.ServerErrorException;
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
import dev.statuskit.header.ContentRange;
import dev.statuskit.header.EntityTag;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.Protocol;
import dev.statuskit.header.internal.HttpDate;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds the typed exception of a response another server sent, as a client reads it; for the
 * adapters' clients. Uses only the public API of {@code dev.statuskit}.
 */
public final class ResponseExceptions {

  /**
   * Fields that describe the message or the connection, not the error: those the container owns,
   * which an exception refuses (the list of {@code HttpException.header}), and the server's
   * {@code Date} and {@code Server}. {@code Upgrade}, which an exception refuses too, is not among
   * them: a 426 restores it.
   */
  private static final Set<String> SKIPPED = Set.of("content-type", "content-length", "transfer-encoding",
      "connection", "keep-alive", "proxy-connection", "te", "trailer", "date", "server");

  private static final Map<Integer, Supplier<HttpException>> SIMPLE = Map.ofEntries(
      Map.entry(300, MultipleChoicesException::new),
      Map.entry(400, BadRequestException::new), Map.entry(402, PaymentRequiredException::new),
      Map.entry(403, ForbiddenException::new), Map.entry(404, NotFoundException::new),
      Map.entry(406, NotAcceptableException::new), Map.entry(408, RequestTimeoutException::new),
      Map.entry(409, ConflictException::new), Map.entry(410, GoneException::new),
      Map.entry(411, LengthRequiredException::new), Map.entry(412, PreconditionFailedException::new),
      Map.entry(413, ContentTooLargeException::new), Map.entry(414, UriTooLongException::new),
      Map.entry(417, ExpectationFailedException::new), Map.entry(418, ImATeapotException::new),
      Map.entry(421, MisdirectedRequestException::new), Map.entry(422, UnprocessableContentException::new),
      Map.entry(423, LockedException::new), Map.entry(424, FailedDependencyException::new),
      Map.entry(425, TooEarlyException::new), Map.entry(428, PreconditionRequiredException::new),
      Map.entry(429, TooManyRequestsException::new), Map.entry(431, RequestHeaderFieldsTooLargeException::new),
      Map.entry(451, UnavailableForLegalReasonsException::new),
      Map.entry(500, InternalServerErrorException::new), Map.entry(501, NotImplementedException::new),
      Map.entry(502, BadGatewayException::new), Map.entry(503, ServiceUnavailableException::new),
      Map.entry(504, GatewayTimeoutException::new), Map.entry(505, HttpVersionNotSupportedException::new),
      Map.entry(506, VariantAlsoNegotiatesException::new), Map.entry(507, InsufficientStorageException::new),
      Map.entry(508, LoopDetectedException::new), Map.entry(510, NotExtendedException::new),
      Map.entry(511, NetworkAuthenticationRequiredException::new));

  private ResponseExceptions() {}

  /**
   * Rebuilds the typed exception of a response: the class of the status, the header fields it
   * carries (typed ones such as {@code Retry-After} or the challenges restored), and the problem's
   * type, title, detail, instance and extension members.
   *
   * <p>Lenient where a server is not: header fields StatusKit would refuse to emit (invalid values,
   * fields the container owns) are left out, and a status whose required header is missing still
   * yields an exception of the right class of status ({@link ClientErrorException} for a 401 without
   * a usable challenge).
   *
   * @param status the response status, 300-599
   * @param headers the response header fields
   * @param problem the problem read from the body, or one built from the status when there was none
   * @return the exception, not thrown
   * @throws IllegalArgumentException if the status is below 300 or above 599
   */
  public static HttpException of(int status, Map<String, List<String>> headers, Problem problem) {
    HttpStatus typedStatus = HttpStatus.valueOf(status);
    if (status < 300) {
      throw new IllegalArgumentException("status " + status + " is not a redirection or an error");
    }
    HeaderFields usable = usable(headers);
    HttpException e = typed(typedStatus, usable);
    if (e == null) {
      e = lenient(typedStatus, usable);
    } else {
      copyRest(e, usable);
    }
    e.type(problem.type());
    problem.title().ifPresent(e::title);
    problem.detail().ifPresent(e::detail);
    problem.instance().ifPresent(e::instance);
    problem.extensions().forEach(e::portableExtension); // the reader keeps portable names
    return e;
  }

  private static HeaderFields usable(Map<String, List<String>> raw) {
    HeaderFields.Builder b = HeaderFields.builder();
    raw.forEach((name, values) -> {
      if (name == null || SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
        return;
      }
      for (String v : values) {
        try {
          b.add(name, v == null ? "" : v.strip());
        } catch (IllegalArgumentException invalid) {
          // A value this library would never emit: left out rather than failing the caller.
        }
      }
    });
    return b.build();
  }

  private static @Nullable HttpException typed(HttpStatus status, HeaderFields h) {
    try {
      switch (status.code()) {
        case 301, 302, 303, 307, 308 -> {
          URI location = URI.create(h.first("Location").orElseThrow());
          return switch (status.code()) {
            case 301 -> new MovedPermanentlyException(location);
            case 302 -> new FoundException(location);
            case 303 -> new SeeOtherException(location);
            case 307 -> new TemporaryRedirectException(location);
            default -> new PermanentRedirectException(location);
          };
        }
        case 304 -> {
          return h.contains("ETag") ? new NotModifiedException(EntityTag.parse(h.first("ETag").orElseThrow()))
              : NotModifiedException.lastModified(HttpDate.parse(h.first("Last-Modified").orElseThrow()));
        }
        case 401, 407 -> {
          List<Challenge> all = new ArrayList<>();
          for (String v : h.all(status.challengeField().orElseThrow())) {
            all.addAll(Challenge.parseAll(v));
          }
          Challenge[] more = all.subList(1, all.size()).toArray(new Challenge[0]);
          return status.code() == 401 ? new UnauthorizedException(all.get(0), more)
              : new ProxyAuthenticationRequiredException(all.get(0), more);
        }
        case 405 -> {
          List<String> methods = new ArrayList<>();
          for (String v : h.all("Allow")) {
            for (String m : v.split(",")) {
              if (!m.isBlank()) {
                methods.add(m.strip());
              }
            }
          }
          if (!h.contains("Allow")) {
            return null;
          }
          return new MethodNotAllowedException(methods);
        }
        case 415 -> {
          if (h.contains("Accept-Encoding")) {
            String[] codings = h.first("Accept-Encoding").orElseThrow().split("\\s*,\\s*");
            return UnsupportedMediaTypeException.contentCoding(codings[0],
                java.util.Arrays.copyOfRange(codings, 1, codings.length));
          }
          return new UnsupportedMediaTypeException();
        }
        case 416 -> {
          if (!h.contains("Content-Range")) {
            return RangeNotSatisfiableException.lengthUnknown();
          }
          String v = h.first("Content-Range").orElseThrow();
          int sp = v.indexOf(' ');
          if (sp < 0 || !v.startsWith("*/", sp + 1)) {
            return null;
          }
          return new RangeNotSatisfiableException(
              ContentRange.unsatisfied(v.substring(0, sp), Long.parseLong(v.substring(sp + 3))));
        }
        case 426 -> {
          List<Protocol> protocols = new ArrayList<>();
          for (String v : h.all("Upgrade")) {
            for (String p : v.split(",")) {
              protocols.add(Protocol.parse(p.strip()));
            }
          }
          return new UpgradeRequiredException(protocols.get(0), protocols.subList(1, protocols.size())
              .toArray(new Protocol[0]));
        }
        default -> {
          Supplier<HttpException> s = SIMPLE.get(status.code());
          return s == null ? null : s.get();
        }
      }
    } catch (RuntimeException malformed) {
      // Missing or malformed required field (NoSuchElementException, IndexOutOfBounds, IllegalArgument):
      // the caller gets the lenient exception of the status class instead.
      return null;
    }
  }

  private static void copyRest(HttpException e, HeaderFields h) {
    HeaderFields typed = e.getHeaders(); // the fields the constructor set; every line of the others is copied
    h.forEach((name, value) -> {
      if (typed.contains(name) || name.equalsIgnoreCase("upgrade")) {
        return;
      }
      try {
        URI blocker = name.equalsIgnoreCase("Link") ? blockedBy(value) : null;
        if (e instanceof UnavailableForLegalReasonsException u && blocker != null) {
          u.blockedBy(blocker);
        } else {
          e.header(name, value);
        }
      } catch (IllegalArgumentException refused) {
        // A field the status forbids (a challenge on a 511) or a malformed typed value: left out.
      }
    });
  }

  private static @Nullable URI blockedBy(String link) {
    int end = link.indexOf('>');
    if (!link.startsWith("<") || end < 0) {
      return null;
    }
    String params = link.substring(end + 1).replace(" ", "").toLowerCase(Locale.ROOT);
    if (!params.contains("rel=\"blocked-by\"") && !params.contains("rel=blocked-by")) {
      return null;
    }
    try {
      return new URI(link.substring(1, end));
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static HttpException lenient(HttpStatus status, HeaderFields headers) {
    HeaderFields.Builder kept = HeaderFields.builder();
    headers.forEach((n, v) -> {
      if (!n.equalsIgnoreCase("upgrade") || status.requiredHeaders().contains("Upgrade")) {
        kept.add(n, v);
      }
    });
    HeaderFields h = kept.build();
    return switch (status.series()) {
      case REDIRECTION -> RedirectionException.received(status, h);
      case CLIENT_ERROR -> ClientErrorException.received(status, h);
      default -> ServerErrorException.received(status, h);
    };
  }

}
