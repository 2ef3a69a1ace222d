package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.StatusKitFeature;
import dev.statuskit.jaxrs.it.Harness;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.validation.JAXRSBeanValidationInvoker;
import org.apache.cxf.transport.http_jetty.JettyHTTPDestination;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.eclipse.jetty.server.ServerConnector;

/**
 * CXF on its Jetty transport. CXF loads no Feature services, so StatusKitFeature is registered the
 * way the README tells CXF users: in the providers of the JAXRSServerFactoryBean (or, with
 * {@link #viaBusProperty()}, through the Bus property {@code org.apache.cxf.jaxrs.bus.providers}).
 * Bean Validation needs CXF's own JAXRSBeanValidationInInterceptor (here its invoker).
 */
final class CxfHarness implements Harness {

  private final boolean viaBus;

  private CxfHarness(boolean viaBus) {
    this.viaBus = viaBus;
  }

  static CxfHarness viaProviders() {
    return new CxfHarness(false);
  }

  static CxfHarness viaBusProperty() {
    return new CxfHarness(true);
  }

  @Override
  public Running start(Application application) {
    // A bus per application: CXF keys its Jetty engines by port, and every one of ours asks for port 0.
    Bus bus = BusFactory.newInstance().createBus();
    if (viaBus) {
      bus.setProperty("org.apache.cxf.jaxrs.bus.providers", List.of(new StatusKitFeature()));
    }
    JAXRSServerFactoryBean bean = RuntimeDelegate.getInstance().createEndpoint(application, JAXRSServerFactoryBean.class);
    bean.setBus(bus);
    bean.setAddress("http://127.0.0.1:" + freePort() + "/");
    if (!viaBus) {
      List<Object> providers = new ArrayList<>(bean.getProviders());
      providers.add(new StatusKitFeature());
      bean.setProviders(providers);
    }
    bean.setInvoker(new JAXRSBeanValidationInvoker());
    Map<String, Object> properties = bean.getProperties(true);
    properties.putAll(application.getProperties());
    Server server = bean.create();
    JettyHTTPServerEngine engine = (JettyHTTPServerEngine) ((JettyHTTPDestination) server.getDestination()).getEngine();
    int port = ((ServerConnector) engine.getServer().getConnectors()[0]).getLocalPort();
    return Running.onLoopback(port, () -> {
      server.destroy();
      bus.shutdown(true);
    });
  }

  /**
   * CXF keeps its Jetty engines in a JVM-wide map keyed by port, so a second endpoint on port 0
   * would land on the first one's engine: ask the OS for a free port instead.
   */
  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public boolean loadsFeatureServices() {
    return false;
  }

  /**
   * Bus providers are configured once for the Bus: they see neither the application's properties
   * nor a StatusKitFeature the application registers itself (configure the Bus's instance instead).
   */
  @Override
  public boolean featureSeesApplicationConfiguration() {
    return !viaBus;
  }
}
