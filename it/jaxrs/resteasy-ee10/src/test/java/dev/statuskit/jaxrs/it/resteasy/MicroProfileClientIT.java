package dev.statuskit.jaxrs.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statuskit.HttpException;
import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.jaxrs.it.ScenarioApp;
import dev.statuskit.jaxrs.it.TypedExceptions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Test;

/** MicroProfile Rest Client (RESTEasy's implementation): typed exceptions without any unwrapping. */
class MicroProfileClientIT extends RestClientSuite<MicroProfileClientIT.Scenarios> {

  MicroProfileClientIT() {
    super(Scenarios.class);
  }

  @Override
  Application application() {
    return new ScenarioApp();
  }

  @Path("s")
  public interface Scenarios {
    @GET
    @Path("typed/{status}")
    String typed(@PathParam("status") int status);

    @GET
    @Path("ok")
    String ok();
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
