package dev.statuskit.servlet.it.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.servlet.ProblemErrorServlet;
import dev.statuskit.servlet.ProblemFilter;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.servlet.it.OkServlet;
import dev.statuskit.testsupport.MalformedRequests;
import dev.statuskit.testsupport.Pipeline;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ErrorPage;
import jakarta.servlet.DispatcherType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Undertow 2.3 answers to requests its HTTP/1.1 parser rejects, before any handler or
 * deployment runs: a fixed empty {@code 400} with {@code Content-Length: 0} and
 * {@code Connection: close} (the constant {@code BAD_REQUEST} of the final class
 * {@code io.undertow.server.protocol.http.HttpReadListener}, written by its private
 * {@code sendBadRequestAndClose}), and then the connection ends. Undertow has no hook to change it;
 * this pins that it stays safe: nothing echoed, framed, the connection closed. An encoded slash is
 * not a parser error on Undertow: the request reaches the deployment, and StatusKit answers it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndertowConnectorErrorsIT {

  private DeploymentManager manager;
  private Undertow server;
  private URI base;

  @BeforeAll
  void start() throws Exception {
    DeploymentInfo info = Servlets.deployment()
        .setClassLoader(UndertowConnectorErrorsIT.class.getClassLoader())
        .setContextPath("/app")
        .setDeploymentName("connector-errors.war")
        .addFilter(Servlets.filter(StatusKitServlet.FILTER_NAME, ProblemFilter.class).setAsyncSupported(true))
        .addServlet(Servlets.servlet(StatusKitServlet.ERROR_SERVLET_NAME, ProblemErrorServlet.class)
            .addMapping(StatusKitServlet.ERROR_PAGE).setLoadOnStartup(1))
        .addErrorPage(new ErrorPage(StatusKitServlet.ERROR_PAGE))
        .addServlet(Servlets.servlet("ok", OkServlet.class).addMapping("/ok"));
    for (DispatcherType type : new DispatcherType[] {DispatcherType.REQUEST, DispatcherType.ERROR}) {
      info.addFilterUrlMapping(StatusKitServlet.FILTER_NAME, "/*", type);
    }
    manager = Servlets.defaultContainer().addDeployment(info);
    manager.deploy();
    server = Undertow.builder()
        .addHttpListener(0, "127.0.0.1")
        // 16 KiB instead of the default 1 MiB, so that an oversized header section is quick to send.
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 16 * 1024)
        .setHandler(io.undertow.Handlers.path().addPrefixPath("/app", manager.start()))
        .build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    base = URI.create("http://127.0.0.1:" + port + "/app/");
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (manager != null) {
      manager.stop();
      manager.undeploy();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bad Content-Length", "two Content-Lengths", "invalid request line",
      "invalid request target", "invalid header line", "oversized header section", "two Hosts"})
  void parserErrorsAreAFixedEmpty400ThatClosesTheConnection(String name) throws Exception {
    String accept = "Accept: text/html,*/*;q=0.8\r\n";
    List<Pipeline.Response> got = MalformedRequests.send(base, name, accept);

    Pipeline.Response r = Pipeline.refused(got, 400);
    // The whole fixed answer: no Content-Type, no body, and no Date (Undertow writes the bytes as they are).
    assertThat(r.headerLines).as("%s", r).containsExactly("Content-Length: 0", "Connection: close");
    assertThat(r.body).isEmpty();
  }

  /** {@code /a%2Fb} passes Undertow's parser (the slash stays encoded) and is the application's 404. */
  @Test
  void anEncodedSlashReachesTheApplication() throws Exception {
    Pipeline.Response r = Pipeline.send(base, null, MalformedRequests.request("encoded slash", base.getPort(), "")).get(0);

    assertThat(r.status).isEqualTo(404);
    assertThat(r.all("Content-Type")).containsExactly("application/problem+json");
    r.assertFramedWithOneDate("GET /app/a%2Fb");
  }
}
