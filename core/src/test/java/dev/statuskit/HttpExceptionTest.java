package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.header.HeaderFields;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpExceptionTest {

  static List<ExceptionCatalog.Entry> catalog() {
    return ExceptionCatalog.all();
  }

  @Test
  void thereIsOneTypedExceptionForEveryErrorStatusAndTheRedirections() {
    Set<Integer> expected = new TreeSet<>(List.of(300, 301, 302, 303, 304, 307, 308));
    HttpStatus.values().stream().filter(HttpStatus::isError).forEach(s -> expected.add(s.code()));
    Set<Integer> covered = catalog().stream().map(ExceptionCatalog.Entry::code)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(covered).isEqualTo(expected);
    assertThat(catalog()).extracting(ExceptionCatalog.Entry::type).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void typedExceptionHasItsStatusFamilyPhraseAndRequiredHeaders(ExceptionCatalog.Entry entry) {
    HttpException e = entry.factory().get();
    HttpStatus status = HttpStatus.valueOf(entry.code());

    assertThat(e).isExactlyInstanceOf(entry.type());
    assertThat(Modifier.isFinal(entry.type().getModifiers())).as("final class").isTrue();
    assertThat(entry.type().getSimpleName())
        .isEqualTo(upperCamel(status.reasonPhrase()) + "Exception");
    assertThat(e.getStatus()).isSameAs(status);
    Class<?> family = switch (status.series()) {
      case REDIRECTION -> RedirectionException.class;
      case CLIENT_ERROR -> ClientErrorException.class;
      case SERVER_ERROR -> ServerErrorException.class;
      default -> throw new AssertionError(status);
    };
    assertThat(e).isInstanceOf(family);
    assertThat(e.getMessage()).isEqualTo("HTTP " + entry.code() + " " + status.reasonPhrase());
    assertThat(e.getHeaders().asMap()).isEqualTo(entry.headers());
    for (String required : status.requiredHeaders()) {
      assertThat(e.getHeaders().contains(required)).as("required %s", required).isTrue();
    }
    Problem p = e.toProblem();
    assertThat(p.status()).hasValue(entry.code());
    assertThat(p.type()).isEqualTo(Problem.ABOUT_BLANK);
    assertThat(p.title()).hasValue(status.reasonPhrase());
    assertThat(p.detail()).isEmpty();
  }

  /** "I'm a teapot" gives "ImATeapot", "URI Too Long" gives "UriTooLong". */
  private static String upperCamel(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String word : phrase.replace("'", "").split(" ")) {
      sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return sb.toString();
  }

  @Test
  void detailIsPartOfMessageAndProblem() {
    HttpException e = new ConflictException("Order 42 was changed meanwhile.");
    assertThat(e.getMessage()).isEqualTo("HTTP 409 Conflict: Order 42 was changed meanwhile.");
    assertThat(e.toProblem().detail()).hasValue("Order 42 was changed meanwhile.");
  }

  @Test
  void fluentSettersShapeTheProblem() {
    Problem p = new ConflictException()
        .type(URI.create("https://api.example/problems/stale"))
        .title("Stale version")
        .instance(URI.create("/orders/42/conflicts/7"))
        .extension("currentVersion", 7)
        .toProblem();
    assertThat(p.type()).hasToString("https://api.example/problems/stale");
    assertThat(p.title()).hasValue("Stale version");
    assertThat(p.instance()).hasValueSatisfying(u -> assertThat(u).hasToString("/orders/42/conflicts/7"));
    assertThat(p.extensions()).containsExactly(org.assertj.core.api.Assertions.entry("currentVersion", 7));
  }

  @Test
  void retryAfterDelayIsWrittenAsDelaySecondsRoundedUp() {
    TooManyRequestsException e = new TooManyRequestsException().retryAfter(Duration.ofMillis(29_001));
    assertThat(e.getHeaders().all("Retry-After")).containsExactly("30");
    assertThat(e.getRetryAfter()).hasValueSatisfying(r -> assertThat(r.delay()).hasValue(Duration.ofSeconds(30)));
  }

  @Test
  void retryAfterInstantIsWrittenAsImfFixdate() {
    ServiceUnavailableException e = new ServiceUnavailableException()
        .retryAfter(Instant.parse("1994-11-06T08:49:37Z"));
    assertThat(e.getHeaders().all("Retry-After")).containsExactly("Sun, 06 Nov 1994 08:49:37 GMT");
  }

  @Test
  void retryAfterIsReplacedNotRepeated() {
    ContentTooLargeException e = new ContentTooLargeException().retryAfter(Duration.ofSeconds(5))
        .retryAfter(Duration.ofSeconds(9));
    assertThat(e.getHeaders().all("Retry-After")).containsExactly("9");
  }

  @Test
  void negativeRetryAfterIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TooManyRequestsException().retryAfter(Duration.ofSeconds(-1)))
        .withMessageContaining("PT-1S").withMessageContaining("RFC 9110 §10.2.3");
  }

  @Test
  void redirectionCarriesLocationInAsciiForm() {
    SeeOtherException e = new SeeOtherException(URI.create("/b%C3%BCcher/1"));
    assertThat(e.getLocation()).hasValue(URI.create("/b%C3%BCcher/1"));
    MovedPermanentlyException m = new MovedPermanentlyException(java.net.URI.create("https://ex.example/").resolve("b\u00fccher"));
    assertThat(m.getHeaders().all("Location")).containsExactly("https://ex.example/b%C3%BCcher");
    assertThat(new TemporaryRedirectException(URI.create("/x")).retryAfter(Duration.ofSeconds(3)).getHeaders().all("Retry-After"))
        .containsExactly("3");
  }

  @Test
  void methodNotAllowedListsDistinctMethodsInOrderAndAllowsAnEmptyList() {
    assertThat(new MethodNotAllowedException("GET", "HEAD", "GET").getHeaders().all("Allow")).containsExactly("GET, HEAD");
    MethodNotAllowedException none = new MethodNotAllowedException(List.of());
    assertThat(none.getHeaders().all("Allow")).containsExactly("");
    assertThat(none.getAllowed()).isEmpty();
  }

  @Test
  void methodNotAllowedRejectsMethodsThatAreNotTokens() {
    assertThatIllegalArgumentException().isThrownBy(() -> new MethodNotAllowedException("GET", "PO ST"))
        .withMessageContaining("\"PO ST\"").withMessageContaining("not a token");
    assertThatIllegalArgumentException().isThrownBy(() -> new MethodNotAllowedException("GET\r\nX-Evil: 1"))
        .withMessageContaining("not a token");
  }

  @Test
  void upgradeRequiredCarriesProtocolsInPreferenceOrderAndConnectionUpgrade() {
    UpgradeRequiredException e = new UpgradeRequiredException(dev.statuskit.header.Protocol.of("HTTP", "3.0"),
        dev.statuskit.header.Protocol.of("websocket"));
    assertThat(e.getHeaders().all("Upgrade")).containsExactly("HTTP/3.0, websocket");
    assertThat(e.getHeaders().all("Connection")).containsExactly("upgrade");
  }

  @Test
  void rangeNotSatisfiableStatesTheCompleteLengthOrThatItIsUnknown() {
    assertThat(new RangeNotSatisfiableException(0).getHeaders().all("Content-Range")).containsExactly("bytes */0");
    RangeNotSatisfiableException unknown = RangeNotSatisfiableException.lengthUnknown();
    assertThat(unknown.getHeaders().isEmpty()).isTrue();
    assertThat(unknown.getContentRange()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> new RangeNotSatisfiableException(-1))
        .withMessageContaining("-1").withMessageContaining("RFC 9110 §14.4");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RangeNotSatisfiableException(dev.statuskit.header.ContentRange.bytes(0, 9, 10)))
        .withMessageContaining("satisfied");
  }

  @Test
  void unavailableForLegalReasonsLinksTheBlockingEntity() {
    UnavailableForLegalReasonsException e = new UnavailableForLegalReasonsException(URI.create("https://isp.example/"));
    assertThat(e.getHeaders().all("Link")).containsExactly("<https://isp.example/>; rel=\"blocked-by\"");
    assertThat(e.getBlockedBy()).isPresent();
  }

  @Test
  void unsupportedMediaTypeAdvertisesAcceptPatchAndPost() {
    UnsupportedMediaTypeException e = new UnsupportedMediaTypeException()
        .acceptPatch("application/merge-patch+json", "application/json-patch+json")
        .acceptPost("application/json", "text/*");
    assertThat(e.getHeaders().all("Accept-Patch")).containsExactly("application/merge-patch+json, application/json-patch+json");
    assertThat(e.getHeaders().all("Accept-Post")).containsExactly("application/json, text/*");
    assertThat(e.getHeaders().contains("Accept-Encoding")).isFalse();
  }

  @Test
  void unsupportedMediaTypeCarriesAcceptEncodingOnlyForContentCodingFailures() {
    assertThat(UnsupportedMediaTypeException.contentCoding("gzip", "br").getHeaders().all("Accept-Encoding"))
        .containsExactly("gzip, br");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UnsupportedMediaTypeException().header("Accept-Encoding", "gzip"))
        .withMessageContaining("RFC 9110 §12.5.3");
    assertThatIllegalArgumentException().isThrownBy(() -> new UnsupportedMediaTypeException().acceptPatch("text/*"))
        .withMessageContaining("media-type");
  }

  @Test
  void networkAuthenticationRequiredNeverCarriesAChallenge() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NetworkAuthenticationRequiredException().header("WWW-Authenticate", "Basic realm=\"x\""))
        .withMessageContaining("511").withMessageContaining("RFC 6585 §6");
    HeaderFields challenge = HeaderFields.builder().add("WWW-Authenticate", "Basic realm=\"x\"").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ServerErrorException(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED, challenge))
        .withMessageContaining("must not carry WWW-Authenticate");
  }

  @Test
  void familyConstructorsRejectCodesOfAnotherClass() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ClientErrorException(500))
        .withMessageContaining("client error").withMessageContaining("500 Internal Server Error");
    assertThatIllegalArgumentException().isThrownBy(() -> new ServerErrorException(404))
        .withMessageContaining("server error");
    assertThatIllegalArgumentException().isThrownBy(() -> new RedirectionException(200))
        .withMessageContaining("redirection");
    assertThatIllegalArgumentException().isThrownBy(() -> new ClientErrorException(600))
        .withMessageContaining("100-599");
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 405, 407, 426})
  void familyConstructorsRefuseStatusesWhoseRequiredHeadersAreMissing(int code) {
    assertThatIllegalArgumentException().isThrownBy(() -> new ClientErrorException(code))
        .withMessageContaining("requires the").withMessageContaining(HttpStatus.valueOf(code).requiredHeaders().get(0));
  }

  @Test
  void familyConstructorsServeUnregisteredCodes() {
    ClientErrorException e = new ClientErrorException(499);
    assertThat(e.getStatus().code()).isEqualTo(499);
    assertThat(e.getMessage()).isEqualTo("HTTP 499");
    assertThat(e.toProblem().title()).isEmpty();
    assertThat(new ServerErrorException(599).getStatus().isRegistered()).isFalse();
  }

  @Test
  void genericHeaderRefusesFieldsTheContainerOwns() {
    for (String name : List.of("Content-Type", "content-length", "Transfer-Encoding", "Connection", "Upgrade")) {
      assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().header(name, "x"))
          .withMessageContaining(name);
    }
  }

  @Test
  void genericHeaderValidatesNameAndValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().header("X Bad", "1"))
        .withMessageContaining("\"X Bad\"").withMessageContaining("token");
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().header("X-Trace", "a\r\nSet-Cookie: x"))
        .withMessageContaining("CR, LF or NUL").withMessageContaining("\\u000D");
  }

  @Test
  void genericHeaderRepeatsListFieldsAndReplacesSingletons() {
    HttpException e = new ForbiddenException()
        .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"")
        .header("Cache-Control", "no-store")
        .header("Cache-Control", "private")
        .header("ETag", "\"a\"")
        .header("ETag", "\"b\"");
    assertThat(e.getHeaders().all("Cache-Control")).containsExactly("no-store", "private");
    assertThat(e.getHeaders().all("ETag")).containsExactly("\"b\"");
    assertThat(e.getHeaders().all("WWW-Authenticate")).containsExactly("Bearer error=\"insufficient_scope\"");
  }

  @Test
  void genericRetryAfterHeaderIsParsedIntoTheTypedValue() {
    HttpException e = new NotFoundException().header("Retry-After", "120");
    assertThat(e.getRetryAfter()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("120"));
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().header("Retry-After", "soon"))
        .withMessageContaining("\"soon\"");
  }

  @Test
  void headersViewIsUnmodifiable() {
    HttpException e = new MethodNotAllowedException("GET");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.getHeaders().asMap().put("X", List.of("y")))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.getHeaders().all("Allow").add("PUT"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aProblemStaysAsItWasWhenItsExceptionGetsMoreExtensions() {
    HttpException e = new ConflictException("Version 3 is not the current one.").extension("current", 4);
    Problem first = e.toProblem();
    e.extension("current", 5).extension("expected", 3);
    Problem second = e.toProblem();
    assertThat(first.extensions()).containsExactly(java.util.Map.entry("current", 4));
    assertThat(second.extensions()).containsExactly(java.util.Map.entry("current", 5), java.util.Map.entry("expected", 3));
    assertThatThrownBy(() -> second.extensions().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ConflictException().toProblem().extensions()).isEmpty();
  }

  /** A received problem's trace id: only a W3C trace id in the traceId member counts. */
  @Test
  void theTraceIdOfAReceivedProblemIsItsValidTraceIdMember() {
    Problem received = Problem.builder().status(503).extension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736").build();
    assertThat(ServerErrorException.received(HttpStatus.SERVICE_UNAVAILABLE, HeaderFields.empty()).getTraceId()).isEmpty();
    HttpException e = ServerErrorException.received(HttpStatus.SERVICE_UNAVAILABLE, HeaderFields.empty());
    received.extensions().forEach(e::extension);
    assertThat(e.getTraceId()).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000000000000000000000000000000", "4BF92F3577B34DA6A3CE929D0E0E4736",
      "4bf92f3577b34da6a3ce929d0e0e473", "4bf92f3577b34da6a3ce929d0e0e47360", "4bf92f3577b34da6a3ce929d0e0e473g",
      "4bf92f3577b34da6a3ce929d0e0e473\n", ""})
  void anythingElseInTheTraceIdMemberIsNoTraceId(String value) {
    assertThat(new ConflictException().extension("traceId", value).getTraceId()).isEmpty();
  }

  @Test
  void aTraceIdMemberThatIsNotAStringIsNoTraceId() {
    assertThat(new ConflictException().extension("traceId", 42).getTraceId()).isEmpty();
    assertThat(new ConflictException().extension("traceId", null).getTraceId()).isEmpty();
    assertThat(new ConflictException().extension("traceid", "4bf92f3577b34da6a3ce929d0e0e4736").getTraceId()).isEmpty();
  }
}
