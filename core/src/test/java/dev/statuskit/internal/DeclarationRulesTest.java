package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationRulesTest {

  @Test
  void errorStatusesWithoutRequiredHeaderFieldsPass() {
    assertThat(DeclarationRules.problemStatus(404)).isNull();
    assertThat(DeclarationRules.problemStatus(503)).isNull();
    assertThat(DeclarationRules.problemStatus(499)).isNull();
  }

  @Test
  void mappedUnauthorizedPassesOnlyWithADefaultChallenge() {
    assertThat(DeclarationRules.mapExceptionStatus(401, true)).isNull();
    assertThat(DeclarationRules.mapExceptionStatus(401, false)).contains("no @DefaultChallenge");
    assertThat(DeclarationRules.mapExceptionStatus(407, true)).startsWith(
        "status 407 Proxy Authentication Required requires [Proxy-Authenticate]; throw its typed exception");
  }

  @Test
  void emptyMappedTypeMeansAboutBlank() {
    assertThat(DeclarationRules.mapExceptionType("")).isNull();
    assertThat(DeclarationRules.mapExceptionType("/problems/stale")).isNull();
    assertThat(DeclarationRules.mapExceptionType("%zz")).startsWith("type \"%zz\" is not a URI reference");
  }

  @Test
  void memberNameComesFromTheValueTheFieldOrTheGetter() {
    assertThat(DeclarationRules.extensionMemberName("balance", "getX", true)).isEqualTo("balance");
    assertThat(DeclarationRules.extensionMemberName("", "getBalance", true)).isEqualTo("balance");
    assertThat(DeclarationRules.extensionMemberName("", "isOpen", true)).isEqualTo("open");
    assertThat(DeclarationRules.extensionMemberName("", "get", true)).isEqualTo("get");
    assertThat(DeclarationRules.extensionMemberName("", "getBalance", false)).isEqualTo("getBalance");
  }

  @Test
  void retryAfterNeedsZeroOrMoreSeconds() {
    assertThat(DeclarationRules.retryAfterSeconds(0)).isNull();
    assertThat(DeclarationRules.retryAfterSeconds(-1)).isEqualTo(
        "seconds -1 is negative (RFC 9110 §10.2.3: delay-seconds = 1*DIGIT, a non-negative integer)");
  }

  @Test
  void challengeNeedsATokenSchemeAndASendableRealm() {
    assertThat(DeclarationRules.challenge("Bearer", "api")).isNull();
    assertThat(DeclarationRules.challenge("Bearer", "")).isNull();
    assertThat(DeclarationRules.challenge("Bear er", "")).startsWith("auth-scheme \"Bear er\" is not a token")
        .endsWith("(RFC 9110 §11.6.1)");
    assertThat(DeclarationRules.challenge("Bearer", "line\nbreak")).isNotNull().endsWith("(RFC 9110 §11.6.1)");
  }

  @Test
  void typeBaseMustBeAnAbsoluteUri() {
    assertThat(DeclarationRules.problemTypeBase("https://api.example/problems/")).isNull();
    assertThat(DeclarationRules.problemTypeBase("/problems/")).isEqualTo("value \"/problems/\" is not an absolute"
        + " URI (RFC 3986 §4.3), so relative types cannot be resolved against it (RFC 3986 §5.2)");
    assertThat(DeclarationRules.problemTypeBase("https://a b/")).startsWith("value \"https://a b/\" is not a URI"
        + " reference (RFC 3986 §4.1): ");
  }

  @Test
  void reportNamesAnnotationElementAndRule() {
    assertThat(DeclarationRules.report("@HttpProblem", DeclarationRules.classElement("p.A$B"), "rule"))
        .isEqualTo("@HttpProblem on class p.A$B: rule");
    assertThat(DeclarationRules.fieldElement("p.A", "sku")).isEqualTo("field p.A.sku");
    assertThat(DeclarationRules.methodElement("p.A", "get", List.of("long", "String[]")))
        .isEqualTo("method p.A.get(long, String[])");
  }
}
