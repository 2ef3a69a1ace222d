package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import jakarta.ws.rs.core.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey's servlet container in embedded Tomcat: the path where Jersey calls sendError for an
 * entity-less error response and Tomcat would render its HTML error page.
 */
final class TomcatHarness implements Harness {

  @Override
  @SuppressWarnings("deprecation") // addServletMappingDecoded: still the embedded API of Tomcat 10.1 and 11
  public Running start(Application application) throws Exception {
    Path baseDir = Files.createTempDirectory("statuskit-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    Tomcat.addServlet(context, "jersey", new ServletContainer(ResourceConfig.forApplication(application)))
        .setAsyncSupported(true);
    context.addServletMappingDecoded("/*", "jersey");
    tomcat.start();
    return Running.onLoopback(connector.getLocalPort(), () -> {
      tomcat.stop();
      tomcat.destroy();
    });
  }

  @Override
  public boolean loadsFeatureServices() {
    return true;
  }
}
