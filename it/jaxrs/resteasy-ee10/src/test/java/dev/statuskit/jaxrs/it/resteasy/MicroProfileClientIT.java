package dev.statuskit.jaxrs.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statuskit.HttpException;
import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.jaxrs.client.ProblemResponseExceptionMapper;
import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ScenarioApp;
import dev.statuskit.jaxrs.it.TypedExceptions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** MicroProfile Rest Client (RESTEasy's implementation): typed exceptions without any unwrapping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicroProfileClientIT {

  @Path("s")
  public interface Scenarios {
    @GET
    @Path("typed/{status}")
    String typed(@PathParam("status") int status);

    @GET
    @Path("ok")
    String ok();
  }

  private Harness.Running app;
  private Scenarios api;

  @BeforeAll
  void start() throws Exception {
    app = new UndertowHarness().start(new ScenarioApp());
    api = RestClientBuilder.newBuilder().baseUri(app.base()).register(ProblemResponseExceptionMapper.class)
        .build(Scenarios.class);
  }

  @AfterAll
  void stop() throws Exception {
    app.close();
  }

  @Test
  void typedInterfaceMethodsThrowTheTypedExceptionDirectly() {
    Throwable e = catchThrowable(() -> api.typed(429));
    assertThat(e).isExactlyInstanceOf(TooManyRequestsException.class);
    HttpException expected = TypedExceptions.create(429);
    assertThat(((HttpException) e).toProblem()).isEqualTo(expected.toProblem());
    assertThat(((HttpException) e).getHeaders().all("Cache-Control")).containsExactly("no-store");
  }

  @Test
  void requiredHeadersComeBackTyped() {
    MethodNotAllowedException e = (MethodNotAllowedException) catchThrowable(() -> api.typed(405));
    assertThat(e.getAllowed()).isEqualTo(((MethodNotAllowedException) TypedExceptions.create(405)).getAllowed());
    UnauthorizedException u = (UnauthorizedException) catchThrowable(() -> api.typed(401));
    assertThat(u.getHeaders().all("WWW-Authenticate"))
        .containsExactlyInAnyOrderElementsOf(TypedExceptions.create(401).getHeaders().all("WWW-Authenticate"));
  }

  @Test
  void successIsUntouched() {
    assertThat(api.ok()).isEqualTo("ok");
  }
}
