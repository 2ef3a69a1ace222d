package dev.statuskit.servlet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/**
 * The documented opt-out: a {@code web.xml} with an {@code <absolute-ordering>} that leaves out the
 * fragment {@code statuskit} (given to Tomcat as alternative descriptor of the same WAR) switches
 * StatusKit off, and Tomcat's own error report comes back.
 */
class TomcatOptOutWarIT {

  private static final String OPT_OUT = """
      <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <absolute-ordering/>
        <servlet>
          <servlet-name>orders</servlet-name>
          <servlet-class>dev.statuskit.servlet.it.OrdersServlet</servlet-class>
        </servlet>
        <servlet-mapping>
          <servlet-name>orders</servlet-name>
          <url-pattern>/orders/*</url-pattern>
        </servlet-mapping>
      </web-app>
      """;

  @Test
  void absoluteOrderingWithoutTheFragmentSwitchesStatusKitOff() throws Exception {
    Path base = Files.createTempDirectory("statuskit-tomcat-optout");
    Path webXml = Files.writeString(base.resolve("opt-out-web.xml"), OPT_OUT);
    Tomcat tomcat = TomcatWarIT.tomcat(base);
    try {
      Context context = tomcat.addWebapp("", Path.of(System.getProperty("it.war")).toAbsolutePath().toString());
      context.setAltDDName(webXml.toString());
      tomcat.start();
      URI uri = TomcatWarIT.base(tomcat).resolve("/orders/busy");
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(context.findFilterDefs()).isEmpty();
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    } finally {
      tomcat.stop();
      tomcat.destroy();
      WarScenarios.delete(base);
    }
  }
}
