package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code Accept} grammar of RFC 9110 §12.5.1 and §12.4.2, as the runtimes that refuse a bad one see it. */
class AcceptSyntaxTest {

  @ParameterizedTest(name = "[{0}] malformed: {1}")
  @CsvSource(delimiter = '|', value = {
      "*/*                                          | false",
      "text/html;q=0.5, application/json            | false",
      "text/plain; charset=\"utf-8\"; q=0.001       | false",
      "application/problem+json;q=0, */*;q=0.1      | false",
      "text/*;q=1.000, , application/xml            | false",
      ";;;                                          | true",
      "text/html;q=abc                              | true",
      "application/json;q=2                         | true",
      "text/html;q=1.5                              | true",
      "text/html;q=0.0001                           | true",
      "*/html                                       | true",
      "text                                         | true",
      "text/html;;q=0.5                             | true",
      "text/html;level                              | true",
      "te xt/html                                   | true",
  })
  void followsTheGrammar(String accept, boolean malformed) {
    assertThat(AcceptSyntax.malformed(accept)).as(accept).isEqualTo(malformed);
  }

  @org.junit.jupiter.api.Test
  void anAbsentFieldIsNotMalformed() {
    assertThat(AcceptSyntax.malformed(null)).isFalse();
  }
}
