package dev.statuskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseViewTest {

  @Test
  void fieldNamesCompareCaseInsensitivelyAndLinesOfOneNameJoin() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("Vary", List.of("Accept"));
    fields.put("vary", List.of("Origin"));
    ResponseView v = ResponseView.of("GET", 200, fields, new byte[] {1});
    assertThat(v.fieldValues("VARY")).containsExactly("Accept", "Origin");
    assertThat(v.fieldValues("Allow")).isEmpty();
    assertThat(v.fieldNames()).containsExactly("Vary");
    assertThat(v.requestMethod()).hasValue("GET");
    assertThat(v.status()).isEqualTo(200);
    assertThat(v.toString()).isEqualTo("200 {vary=[Accept, Origin]}");
  }

  @Test
  void bodyIsCopiedInAndOut() {
    byte[] body = {1, 2};
    ResponseView v = ResponseView.of(200, Map.of(), body);
    body[0] = 9;
    assertThat(v.body()).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2));
    v.body().orElseThrow()[1] = 9;
    assertThat(v.body().orElseThrow()).containsExactly(1, 2);
    assertThat(v.requestMethod()).isEmpty();
  }

  @Test
  void anUncapturedBodyIsEmpty() {
    assertThat(ResponseView.of(200, Map.of(), null).body()).isEmpty();
  }

  @Test
  void defaultRequestMethodIsUnknown() {
    ResponseView custom = new ResponseView() {
      @Override
      public int status() {
        return 204;
      }

      @Override
      public java.util.Collection<String> fieldNames() {
        return List.of();
      }

      @Override
      public List<String> fieldValues(String name) {
        return List.of();
      }

      @Override
      public java.util.Optional<byte[]> body() {
        return java.util.Optional.empty();
      }
    };
    assertThat(custom.requestMethod()).isEmpty();
    assertThat(ComplianceChecker.check(custom)).extracting(Violation::key).containsExactly("date:Date");
  }

  @Test
  void fieldsAreRequired() {
    assertThatNullPointerException().isThrownBy(() -> ResponseView.of(200, null, null)).withMessage("fields");
  }
}
