package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.HttpStatus.HeaderRule;
import dev.statuskit.HttpStatus.HeaderRule.Requirement;
import dev.statuskit.header.ContentRange;
import dev.statuskit.header.Deprecation;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.Protocol;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the typed exceptions at their edges: names, conditions in messages, repeated fields. */
class ExceptionRuleEdgesTest {

  @Test
  void extensionNamesAreCheckedOnTheExceptionAsOnTheBuilder() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().extension("ab", 1))
        .withMessageContaining("extension member name \"ab\" does not match").withMessageContaining("RFC 9457 §4");
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().extension("status", 1))
        .withMessageContaining("is a standard member");
  }

  @Test
  void aConditionalProhibitionNamesItsCondition() {
    assertThatIllegalArgumentException().isThrownBy(() -> new UnsupportedMediaTypeException().header("Accept-Encoding", "gzip"))
        .withMessage("415 Unsupported Media Type must not carry Accept-Encoding when the failure is unrelated to"
            + " content coding (RFC 9110 §12.5.3)");
    assertThatIllegalArgumentException().isThrownBy(() -> new NetworkAuthenticationRequiredException()
            .header("www-authenticate", "Basic realm=\"x\""))
        .withMessage("511 Network Authentication Required must not carry www-authenticate (RFC 6585 §6)");
  }

  @Test
  void deprecationLinksAddToOtherLinksAndItsDatesReplaceEarlierOnes() {
    Deprecation deprecation = Deprecation.at(Instant.parse("2026-01-01T00:00:00Z"))
        .sunset(Instant.parse("2027-01-01T00:00:00Z"))
        .notice(URI.create("https://api.example/deprecation"))
        .sunsetNotice(URI.create("https://api.example/sunset"));
    GoneException e = new GoneException().header("Link", "</docs>; rel=\"help\"").deprecation(deprecation);
    assertThat(e.getHeaders().all("Link")).containsExactly("</docs>; rel=\"help\"",
        "<https://api.example/deprecation>; rel=\"deprecation\"; type=\"text/html\"",
        "<https://api.example/sunset>; rel=\"sunset\"");
    assertThat(e.getHeaders().all("Deprecation")).containsExactly("@1767225600");
    assertThat(e.getHeaders().all("Sunset")).containsExactly("Fri, 01 Jan 2027 00:00:00 GMT");

    e.deprecation(Deprecation.at(Instant.parse("2026-02-01T00:00:00Z")));
    assertThat(e.getHeaders().all("Deprecation")).containsExactly("@1769904000");
    assertThat(e.getHeaders().all("Sunset")).containsExactly("Fri, 01 Jan 2027 00:00:00 GMT");
  }

  @Test
  void portableExtensionNamesAreCheckedToo() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().portableExtension("a b", 1))
        .withMessageContaining("\"a b\"");
    assertThat(new NotFoundException().portableExtension("a-b", 1).toProblem().extensions()).containsEntry("a-b", 1);
  }

  @Test
  void aMissingOrForbiddenFieldIsReportedWithTheReferenceOfItsOwnRule() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ClientErrorException(HttpStatus.UPGRADE_REQUIRED, HeaderFields.builder().add("Upgrade", "h2c").build()))
        .withMessage("426 Upgrade Required requires the Connection header field (RFC 9110 §7.8); use the typed exception"
            + " for this status");
    assertThatIllegalArgumentException().isThrownBy(() -> new ClientErrorException(401))
        .withMessage("401 Unauthorized requires the WWW-Authenticate header field (RFC 9110 §15.5.2); use the typed"
            + " exception for this status");
    assertThatIllegalArgumentException().isThrownBy(() -> new ServerErrorException(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED,
            HeaderFields.builder().add("WWW-Authenticate", "Basic realm=\"x\"").build()))
        .withMessage("511 Network Authentication Required must not carry WWW-Authenticate (RFC 6585 §6)");
  }

  @Test
  void severalPoliciesAndLimitsAreAllSent() {
    TooManyRequestsException e = TooManyRequestsException.quotaExceeded("day", "hour", "minute");
    assertThat(e.toProblem().extensions().get("violated-policies")).isEqualTo(List.of("day", "hour", "minute"));
    e.rateLimitPolicies(RateLimitPolicy.of("day", 1000), RateLimitPolicy.of("hour", 100), RateLimitPolicy.of("minute", 10))
        .rateLimits(RateLimit.of("day", 0), RateLimit.of("hour", 0), RateLimit.of("minute", 0));
    assertThat(e.getHeaders().all("RateLimit-Policy")).containsExactly("\"day\";q=1000, \"hour\";q=100, \"minute\";q=10");
    assertThat(e.getHeaders().all("RateLimit")).containsExactly("\"day\";r=0, \"hour\";r=0, \"minute\";r=0");
  }

  @Test
  void extensionNamesAcceptEveryLetterAndDigitAtTheEdgesOfTheirRanges() {
    for (String name : new String[] {"aaa", "zzz", "AAA", "ZZZ", "a09", "azZ", "aA_"}) {
      assertThat(Problem.isValidExtensionName(name)).as(name).isTrue();
    }
    for (String name : new String[] {"`ab", "{ab", "@ab", "[ab", "0ab", "a/b", "a:b", "a@b", "a[b", "a`b", "a{b"}) {
      assertThat(Problem.isValidExtensionName(name)).as(name).isFalse();
    }
    assertThat(Problem.isPortableExtensionName("a-b")).isTrue();
    assertThat(Problem.isPortableExtensionName("a-")).isFalse();
  }

  @Test
  void problemsDifferByStatus() {
    assertThat(Problem.of(404)).isNotEqualTo(Problem.of(410)).isEqualTo(Problem.of(404));
  }

  @Test
  void statusesOrderByCodeAndDifferByCode() {
    List<HttpStatus> sorted = new ArrayList<>(List.of(HttpStatus.NOT_FOUND, HttpStatus.OK, HttpStatus.valueOf(599)));
    sorted.sort(null);
    assertThat(sorted).containsExactly(HttpStatus.OK, HttpStatus.NOT_FOUND, HttpStatus.valueOf(599));
    assertThat(HttpStatus.OK).isNotEqualTo(HttpStatus.NOT_FOUND).isEqualByComparingTo(HttpStatus.valueOf(200));
  }

  @Test
  void onlyAnUnconditionalRuleRequiresOrForbidsOnItsOwn() {
    assertThat(new HeaderRule("X", Requirement.MUST, null, "r").isUnconditionalMust()).isTrue();
    assertThat(new HeaderRule("X", Requirement.MUST, "when", "r").isUnconditionalMust()).isFalse();
    assertThat(new HeaderRule("X", Requirement.SHOULD, null, "r").isUnconditionalMust()).isFalse();
    assertThat(new HeaderRule("X", Requirement.MUST_NOT, null, "r").isUnconditionalProhibition()).isTrue();
    assertThat(new HeaderRule("X", Requirement.SHOULD_NOT, null, "r").isUnconditionalProhibition()).isTrue();
    assertThat(new HeaderRule("X", Requirement.MUST_NOT, "when", "r").isUnconditionalProhibition()).isFalse();
    assertThat(new HeaderRule("X", Requirement.MAY, null, "r").isUnconditionalProhibition()).isFalse();
  }

  @Test
  void theSeriesOfACodeOutsideTheRangeIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> HttpStatus.Series.of(600))
        .withMessageContaining("HTTP status code 600 is outside 100-599");
    assertThatIllegalArgumentException().isThrownBy(() -> HttpStatus.Series.of(99))
        .withMessageContaining("HTTP status code 99 is outside 100-599");
  }

  @Test
  void typedValuesAreReadBackFromTheExceptions() {
    assertThat(new RangeNotSatisfiableException(47022).getContentRange()).hasValue(ContentRange.unsatisfied(47022));
    assertThat(new UpgradeRequiredException(Protocol.of("h2c"), Protocol.of("websocket")).getProtocols())
        .containsExactly(Protocol.of("h2c"), Protocol.of("websocket"));
    RedirectionException redirect = new RedirectionException(HttpStatus.SEE_OTHER,
        HeaderFields.builder().add("Location", "/next").build()).retryAfter(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(redirect.getHeaders().all("Retry-After")).containsExactly("Thu, 01 Jan 2026 00:00:00 GMT");
    assertThat(redirect.getRetryAfter()).hasValueSatisfying(r -> assertThat(r.date()).hasValue(Instant.parse("2026-01-01T00:00:00Z")));
  }
}
