package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.header.RateLimitPolicy.QuotaUnit;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class QuotaPoliciesTest {

  @QuotaPolicy(name = "search", quota = 10, window = 60)
  @QuotaPolicy(name = "daily", quota = 1000, window = 86400, unit = QuotaUnit.CONTENT_BYTES)
  void two() {}

  @QuotaPolicy(name = "open", quota = 5)
  void noWindow() {}

  @QuotaPolicy(name = "bad", quota = -1)
  void negative() {}

  @QuotaPolicy(name = "caf\u00e9", quota = 1)
  void nonAscii() {}

  private static QuotaPolicy[] on(String method) throws NoSuchMethodException {
    return QuotaPoliciesTest.class.getDeclaredMethod(method).getAnnotationsByType(QuotaPolicy.class);
  }

  @Test
  void declarationsBecomeOneFieldValue() throws Exception {
    assertThat(QuotaPolicies.fieldValue(on("two"), QuotaPoliciesTest.class.getDeclaredMethod("two")))
        .isEqualTo("\"search\";q=10;w=60, \"daily\";q=1000;qu=\"content-bytes\";w=86400");
    assertThat(QuotaPolicies.fieldValue(on("noWindow"), QuotaPoliciesTest.class)).isEqualTo("\"open\";q=5");
  }

  @Test
  void invalidDeclarationsAreRefusedNamingTheEndpoint() throws Exception {
    Method m = QuotaPoliciesTest.class.getDeclaredMethod("negative");
    assertThatIllegalArgumentException().isThrownBy(() -> QuotaPolicies.fieldValue(on("negative"), m))
        .withMessageContaining("@QuotaPolicy on").withMessageContaining("negative()")
        .withMessageContaining("quota (q) -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuotaPolicies.fieldValue(on("nonAscii"), QuotaPoliciesTest.class))
        .withMessageContaining("RFC 9651 §3.3.3");
  }
}
