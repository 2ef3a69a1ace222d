package dev.statuskit.jaxrs.it.cxf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.jaxrs.it.PlainApp;
import dev.statuskit.jaxrs.it.ScenarioResource;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.testsupport.LocalJetty;
import dev.statuskit.testsupport.Pipeline;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.cxf.jaxrs.servlet.CXFNonSpringJaxrsServlet;
import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * CXF's servlet in a servlet container with statuskit-servlet, and the CXF registration line of
 * StatusKitFeature forgotten. Regression: the container's HTML 500 showed the exception message.
 * CXF has no default mapper, so the exception reaches the servlet filter, which answers the safe 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CxfWithoutRegistrationIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the application's ServletContainerInitializer does (Jetty's ServletContextHandler reads no fragments). */
  static final class Registration implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
      StatusKitServlet.register(context);
    }
  }

  private Server server;
  private URI base;

  @BeforeAll
  void start() throws Exception {
    server = LocalJetty.server();
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new CXFNonSpringJaxrsServlet(new PlainApp(Map.of(), ScenarioResource.class))),
        "/*");
    context.addServletContainerInitializer(new Registration());
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, StatusKitServlet.ERROR_PAGE);
    context.setErrorHandler(errors);
    server.setHandler(context);
    server.start();
    base = LocalJetty.uri(server, "/");
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void anUnmappedExceptionIsTheSafe500ProblemOfTheServletFilter() throws Exception {
    List<Pipeline.Response> got = Pipeline.send(base, null,
        Pipeline.request("GET", base.resolve("s/boom"), "Accept", "application/json"),
        Pipeline.request("GET", base.resolve("s/ok")));

    Pipeline.Response r = got.get(0);
    assertThat(r.status).as("%s", r).isEqualTo(500);
    r.assertFramedWithOneDate("GET s/boom");
    assertThat(r.all("Content-Type")).as("%s", r).containsExactly("application/problem+json");
    JsonNode body = JSON.readTree(r.body);
    List<String> members = new ArrayList<>();
    body.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactlyInAnyOrder("type", "title", "status", "instance");
    assertThat(body.get("instance").asText()).startsWith("urn:uuid:");
    assertThat(r.body).doesNotContain(ScenarioResource.SECRET).doesNotContain("Exception");
    if (!r.closes()) {
      assertThat(got).hasSize(2);
      assertThat(got.get(1).status).isEqualTo(200);
    }
  }
}
