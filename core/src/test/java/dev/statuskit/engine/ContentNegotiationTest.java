package dev.statuskit.engine;


import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ProblemMediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing the representation from {@code Accept} (RFC 9110 §12.5.1, §12.4.2; RFC 9457 §3). */
class ContentNegotiationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "*/*                                                        | JSON",
      "application/json                                           | JSON",
      "application/problem+json                                   | JSON",
      "APPLICATION/JSON; charset=utf-8                            | JSON",
      "application/*                                              | JSON",
      "application/xml                                            | XML",
      "text/xml                                                   | XML",
      "application/problem+xml                                    | XML",
      "application/problem+xml, application/problem+json;q=0.9    | XML",
      "application/json;q=0.5, application/xml                    | XML",
      "application/json, application/xml                          | JSON",
      "text/html                                                  | HTML",
      "application/xhtml+xml                                      | HTML",
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7 | HTML",
      "text/plain                                                 | TEXT",
      "text/plain, */*;q=0.1                                      | TEXT",
      "text/*                                                     | HTML",
      "text/*, text/html;q=0                                      | TEXT",
      "*/*, application/json;q=0                                  | JSON",
      "*/*, application/json;q=0, application/problem+json;q=0    | XML",
      "*/*;q=0.1, text/plain;q=0.2                                | TEXT",
      "application/*;q=0.3, */*;q=0.5                             | HTML",
      "text/plain;q=0.5, text/html;q=0.5                          | HTML",
      "application/json;q=0                                       | JSON",
      "image/png                                                  | JSON",
      "image/*                                                    | JSON",
      "*/*;q=0                                                    | JSON",
      "text/plain;q=2, application/xml                            | XML",
      "text/plain;q=abc                                           | JSON",
      "garbage, ;;;, /, text/, */html, text/plain                 | TEXT",
      "application/json;q=0.001, text/plain;q=0.0001              | JSON",
      // A parameter the response does not have: the range matches nothing offered (RFC 9110 §12.5.1).
      "text/plain;format=flowed;q=0.9, application/json;q=0.8      | JSON",
      "text/plain;charset=\"UTF-8\";q=0.9, application/json;q=0.8  | TEXT",
      // The more specific range decides, whichever comes first; q=0 means not acceptable.
      "application/problem+json;q=0, */*;q=0.1                    | JSON",
      "*/*;q=0.1, application/problem+json;q=0                    | JSON",
      "text/*;q=0.3, text/html;q=0.7, text/plain;q=0.4, */*;q=0.5 | HTML",
      "text/*;q=0.3, text/html;q=0, text/plain;q=0.4, */*;q=0.5   | JSON",
      "text/html;q=0.2, text/html;charset=utf-8;q=0.6, text/plain;q=0.5 | HTML",
      "text/html;charset=utf-8;q=0, text/html;q=1, text/plain;q=0.5 | TEXT",
      "text/html;charset=iso-8859-1, text/plain;q=0.5             | TEXT",
      "application/*;q=0, application/problem+xml                 | XML",
      // Weights and parameters at the edges of their grammar; a malformed weight drops its range.
      "text/plain;q=1., application/xml;q=0.9          | TEXT",
      "text/plain;q=1.000, application/xml;q=0.999     | TEXT",
      "text/plain;q=1.001, application/xml;q=0.1       | XML",
      "text/plain;q=0.5000, application/xml;q=0.1      | XML",
      "text/plain;q=01, application/xml;q=0.1          | XML",
      "text/plain;q=.5, application/xml;q=0.1          | XML",
      "text/plain;q=0.5x, application/xml;q=0.1        | XML",
      "text/plain;q=0.9/, application/xml;q=0.1        | XML",
      "text/plain;q=2, application/xml;q=0.1           | XML",
      "text/plain;q=, application/xml;q=0.1            | XML",
      "text/plain;q=0.009, application/xml;q=0.008     | TEXT",
      "text/plain;q=0.1, application/xml;q=0.09        | TEXT",
      "text/plain;foo;;q=0.5, application/xml;q=0.4    | TEXT",
      "' text / plain ;q=0.5, application/xml;q=0.4'   | TEXT",
      "text/plain;charset=utf-8;q=0.5, application/xml;q=0.4 | TEXT",
      "text/plain;CHARSET=\"utf-8\", application/xml;q=0.4   | TEXT",
      "text/plain;charset=\", application/xml;q=0.4    | XML",
      "text/plain;Q=0.5, application/xml;q=0.4         | TEXT",
      "text/plain;q=0.5;charset=latin1, application/xml;q=0.4 | TEXT",
      "text/plain;q=2, text/*;q=0.5, text/html;q=0.1       | TEXT",
      "text/plain;q=01, text/*;q=0.5, text/html;q=0.1      | TEXT",
      "text/plain;q=0.5x, text/*;q=0.5, text/html;q=0.1    | TEXT",
      "text/plain;q=1, application/xml;q=0.5               | TEXT",
      "text/plain;q=0.5, text/plain;q=0.3, application/xml;q=0.4 | TEXT",
      "text/plain;q=0.3, text/plain;q=0.5, application/xml;q=0.4 | TEXT",
  })
  void choosesTheBestAcceptableRepresentation(String accept, ProblemMediaType expected) {
    Negotiated n = ContentNegotiation.negotiate(accept);
    // Past 512 characters a value is negotiated every time, never answered from the cache.
    String uncached = accept + ", image/x-never-offered".repeat(24);

    assertThat(n.mediaType()).isEqualTo(expected);
    assertThat(n.dependsOnAccept()).isTrue();
    assertThat(uncached.length()).isGreaterThan(512);
    assertThat(ContentNegotiation.negotiate(uncached)).isEqualTo(n);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", ","})
  void anAbsentOrEmptyHeaderGivesJson(String accept) {
    Negotiated n = ContentNegotiation.negotiate(accept);
    assertThat(n.mediaType()).isEqualTo(ProblemMediaType.JSON);
    assertThat(n.dependsOnAccept()).isTrue();
  }

  @Test
  void repeatedHeadersGetTheSameAnswerFromTheCache() {
    String accept = "text/html,application/xhtml+xml;q=0.9";
    assertThat(ContentNegotiation.negotiate(accept)).isSameAs(ContentNegotiation.negotiate(accept));
  }

  @Test
  void manyDistinctHeadersDoNotChangeTheAnswers() {
    for (int i = 0; i < 1000; i++) {
      assertThat(ContentNegotiation.negotiate("text/plain, image/x-" + i).mediaType()).isEqualTo(ProblemMediaType.TEXT);
    }
    String huge = "image/png;q=0.1, ".repeat(200) + "text/html";
    assertThat(ContentNegotiation.negotiate(huge).mediaType()).isEqualTo(ProblemMediaType.HTML);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "*/*                                                        | application/problem+json",
      "application/json                                           | application/problem+json",
      "application/problem+json;q=0, */*;q=0.1                    | application/json",
      "application/problem+json;q=0, application/json             | application/json",
      "application/xml                                            | application/problem+xml",
      "text/xml                                                   | application/problem+xml",
      "application/json;q=0, application/problem+json;q=0.5       | application/problem+json",
      "application/problem+xml;q=0, application/xml               | application/xml",
      "application/problem+xml;q=0, application/xml;q=0, text/xml | text/xml;charset=UTF-8",
      "application/problem+xml                                    | application/problem+xml",
      "application/xhtml+xml                                      | text/html;charset=UTF-8",
      "text/plain                                                 | text/plain;charset=UTF-8",
      "image/png                                                  | application/problem+json",
  })
  void theContentTypeIsAMediaTypeTheClientAccepts(String accept, String contentType) {
    assertThat(ContentNegotiation.negotiate(accept).contentType()).isEqualTo(contentType);
  }

  @Test
  void contentTypesAreTheRegisteredMediaTypes() {
    assertThat(ProblemMediaType.JSON.contentType()).isEqualTo("application/problem+json");
    assertThat(ProblemMediaType.XML.contentType()).isEqualTo("application/problem+xml");
    assertThat(ProblemMediaType.HTML.contentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(ProblemMediaType.TEXT.contentType()).isEqualTo("text/plain;charset=UTF-8");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Accept|true", "accept|true", " Accept |true", "Origin, Accept|true", "Origin,\tACCEPT ,Cookie|true", "*|true",
      "Origin, *|true", "Accept-Encoding|false", "Accept-Language, Origin|false", "Acceptable|false", "''|false",
      "X-Accept|false", "Origin,|false",
  })
  void varyCoversAcceptOnlyByWholeFieldName(String vary, boolean covers) {
    assertThat(ContentNegotiation.varyCoversAccept(vary)).as("Vary: %s", vary).isEqualTo(covers);
  }
}
