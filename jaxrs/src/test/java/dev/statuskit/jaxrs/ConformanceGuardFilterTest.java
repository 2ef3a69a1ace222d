package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConformanceGuardFilterTest {

  @Path("/orders/")
  static class Orders {
    @GET
    public String list() {
      return "";
    }

    @POST
    public void create() {}

    @GET
    @Path("{id}")
    public String one() {
      return "";
    }

    @DELETE
    @Path("/{id}/")
    public void remove() {}

    @PATCH
    @Path("{id}")
    public void change() {}
  }

  @ParameterizedTest
  @CsvSource({"list, /orders", "one, /orders/{id}", "remove, /orders/{id}/"})
  void routeTemplatesJoinClassAndMethodPaths(String method, String template) throws Exception {
    assertThat(ConformanceGuardFilter.Routes.template(Orders.class, Orders.class.getMethod(method)))
        .isEqualTo(template.endsWith("/") ? template.substring(0, template.length() - 1) : template);
  }

  @Test
  void methodsAreThoseDeclaredOnTheSamePathWithHeadAndOptions() {
    assertThat(ConformanceGuardFilter.Routes.methods(Orders.class, null))
        .containsExactly("GET", "HEAD", "POST", "OPTIONS");
    assertThat(ConformanceGuardFilter.Routes.methods(Orders.class, "{id}"))
        .containsExactly("GET", "HEAD", "DELETE", "PATCH", "OPTIONS");
  }

  @Test
  void allowLeavesOutTheRefusedMethodAndHeadWithGet() {
    ConformanceGuardFilter.Route r = new ConformanceGuardFilter.Route("/orders", List.of("GET", "HEAD",
        "POST", "OPTIONS"));
    assertThat(r.allowRefusing("POST")).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(r.allowRefusing("GET")).isEqualTo("POST, OPTIONS");
    assertThat(new ConformanceGuardFilter.Route("/x", List.of("OPTIONS")).allowRefusing("OPTIONS")).isNull();
  }
}
