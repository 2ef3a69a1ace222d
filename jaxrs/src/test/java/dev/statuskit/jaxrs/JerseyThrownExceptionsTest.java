package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jersey's EJB integration invokes an enterprise bean's resource methods through its business
 * interface with a handler of its own: the fast path leaves those resources to it.
 */
class JerseyThrownExceptionsTest {

  @Stateless
  @Path("a")
  public static class StatelessResource {
    @GET
    public String get() {
      return "a";
    }
  }

  @Singleton
  @Path("b")
  public static class SingletonResource {
    @GET
    public String get() {
      return "b";
    }
  }

  @Stateful
  @Path("c")
  public static class StatefulResource {
    @GET
    public String get() {
      return "c";
    }
  }

  /** CDI's and JAX-RS's own annotations do not make an enterprise bean. */
  @jakarta.inject.Singleton
  @Path("d")
  public static class PlainResource {
    @GET
    public String get() {
      return "d";
    }
  }

  @ParameterizedTest
  @ValueSource(classes = {StatelessResource.class, SingletonResource.class, StatefulResource.class})
  void enterpriseBeansKeepTheirOwnHandler(Class<?> resource) {
    assertThat(JerseyThrownExceptions.isEnterpriseBean(resource)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(classes = {PlainResource.class, String.class})
  void otherResourcesTakeTheFastPath(Class<?> resource) {
    assertThat(JerseyThrownExceptions.isEnterpriseBean(resource)).isFalse();
  }
}
