package dev.statuskit.tomcat;

import static dev.statuskit.tomcat.TomcatServer.MARKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testsupport.Pipeline;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.catalina.startup.Catalina;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The valve installed the way a standalone Tomcat is configured: Tomcat's own {@link Catalina}
 * reads a {@code server.xml} whose {@code Host} names it in {@code errorReportValveClass}, as
 * README shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerXmlIT {

  private Path base;
  private Catalina catalina;
  private URI root;

  @BeforeAll
  void start() throws Exception {
    base = Files.createTempDirectory("statuskit-catalina");
    Path webapps = Files.createDirectories(base.resolve("webapps"));
    Path serverXml = base.resolve("server.xml");
    Files.writeString(serverXml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="-1" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="0" address="127.0.0.1" protocol="HTTP/1.1"/>
            <Engine name="Catalina" defaultHost="localhost">
              <Host name="localhost" appBase="%s" unpackWARs="false" autoDeploy="false" deployOnStartup="false"
                    errorReportValveClass="dev.statuskit.tomcat.ProblemErrorReportValve"/>
            </Engine>
          </Service>
        </Server>
        """.formatted(webapps.toAbsolutePath()));
    catalina = new Catalina();
    catalina.setUseShutdownHook(false);
    catalina.setConfigFile(serverXml.toAbsolutePath().toString());
    catalina.load();
    catalina.start();
    int port = catalina.getServer().findServices()[0].findConnectors()[0].getLocalPort();
    root = URI.create("http://127.0.0.1:" + port + "/");
  }

  @AfterAll
  void stop() throws Exception {
    if (catalina != null) {
      catalina.stop();
      catalina.getServer().destroy();
    }
    if (base != null) {
      try (var files = Files.walk(base)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no context               | 404",
      "invalid request line     | 400",
      "oversized header section | 431",
  })
  void theHostsErrorsAreProblems(String name, int status) throws Exception {
    String host = "Host: 127.0.0.1:" + root.getPort() + "\r\n";
    String request = switch (name) {
      case "no context" -> "GET /" + MARKER + " HTTP/1.1\r\n" + host + "\r\n";
      case "invalid request line" -> "GET /" + MARKER + " x HTTP/1.1\r\n" + host + "\r\n";
      default -> "GET / HTTP/1.1\r\n" + host + "X-Big: " + MARKER + "x".repeat(20_000) + "\r\n\r\n";
    };
    List<Pipeline.Response> got = Pipeline.send(root, null, request, Pipeline.request("GET", root));

    assertThat(got).hasSize(1);
    Pipeline.Response r = got.get(0);
    assertThat(r.status).as("%s", r).isEqualTo(status);
    assertThat(r.closes()).isTrue();
    r.assertFramedWithOneDate(name);
    assertThat(r.body).doesNotContain(MARKER);
    TomcatConnectorErrorsIT.assertProblem(r, status, "json");
  }
}
