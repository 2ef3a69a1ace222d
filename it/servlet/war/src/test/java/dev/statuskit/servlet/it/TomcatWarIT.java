package dev.statuskit.servlet.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/** The WAR on Tomcat 11 through {@code Tomcat.addWebapp}, which reads web.xml and web fragments. */
class TomcatWarIT extends WarScenarios {

  private Tomcat tomcat;

  @Override
  URI deploy(Path war) throws Exception {
    tomcat = tomcat(tempDir("statuskit-tomcat-war"));
    Context context = tomcat.addWebapp("", war.toAbsolutePath().toString());
    tomcat.start();
    if (context.getState() != LifecycleState.STARTED) {
      throw new IllegalStateException("WAR did not start: " + context.getState());
    }
    return base(tomcat);
  }

  /**
   * A Tomcat, not started yet, with its base directory in {@code base} and a connector on 127.0.0.1
   * and an ephemeral port, that adds no {@code conf/web.xml} defaults (JSP and default servlets) to its
   * web applications: only the WAR's own descriptors count.
   */
  static Tomcat tomcat(Path base) throws IOException {
    Files.createDirectories(base.resolve("webapps"));
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.getHost().setAppBase(base.resolve("webapps").toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    tomcat.setAddDefaultWebXmlToWebapp(false);
    return tomcat;
  }

  /** The root of a started {@link #tomcat(Path)}. */
  static URI base(Tomcat tomcat) {
    return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort());
  }

  @Override
  void undeploy() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
  }
}
