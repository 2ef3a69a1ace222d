package dev.statuskit.benchmarks.cxf;

import dev.statuskit.benchmarks.CpuRatioRun;
import dev.statuskit.jaxrs.StatusKitFeature;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.transport.AbstractConduit;
import org.apache.cxf.transport.AbstractDestination;
import org.apache.cxf.transport.Conduit;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.DestinationFactory;
import org.apache.cxf.ws.addressing.EndpointReferenceUtils;

/**
 * The scenarios of {@code JerseyCpuRatios} on CXF, in process: each request a {@code GET} with
 * {@code Accept: application/json} handed, as a CXF message, to the endpoint's message observer
 * (CXF's interceptor chains, JAX-RS matching, filters, the invoker, exception mapping and the
 * writer), through a transport of this class's own that keeps everything in memory: no sockets, no
 * servlet container, the response written to a byte array. CXF loads no {@code Feature} services,
 * so StatusKit is registered as its README tells CXF users, in the providers of the
 * {@code JAXRSServerFactoryBean}; the applications without it register nothing.
 *
 * <ul>
 *   <li>{@code ok}: the 200 JSON body;
 *   <li>{@code statuskit-thrown}: the resource method throws the 429 (with {@code Retry-After});
 *   <li>{@code statuskit-thrown-off}: the same with {@code statuskit.fast-thrown-exceptions=false};
 *   <li>{@code statuskit-filter}: a request filter rejects through {@code ProblemResponses};
 *   <li>{@code bare-returned}: no StatusKit, the resource returns the same 429 built by hand;
 *   <li>{@code bare-thrown}: no StatusKit, an exception of the application's own and its hand-written mapper;
 *   <li>{@code bare-filter}: no StatusKit, a filter aborts with the hand-built 429.
 * </ul>
 *
 * <p>{@code java -Xmx256m -cp "benchmarks/cxf/target/classes:$(cat benchmarks/cxf/target/classpath)" dev.statuskit.benchmarks.cxf.CxfCpuRatios [rounds] [requests]}
 * ({@code -Dprint=true} prints each scenario's status, header fields and body once).
 */
public final class CxfCpuRatios {

  private static final String TRANSPORT = "urn:statuskit:benchmarks:in-memory";
  private static final Logger LOG = Logger.getLogger(CxfCpuRatios.class.getName());
  private static final byte[] EMPTY = new byte[0];

  private CxfCpuRatios() {}

  /** One endpoint, reached in memory. */
  static final class Endpoint {
    private final Destination destination;

    Endpoint(Application application, boolean statusKit) {
      Bus bus = BusFactory.newInstance().createBus();
      JAXRSServerFactoryBean bean = RuntimeDelegate.getInstance().createEndpoint(application,
          JAXRSServerFactoryBean.class);
      bean.setBus(bus);
      bean.setTransportId(TRANSPORT);
      bean.setDestinationFactory(new InMemoryTransport());
      bean.setAddress("/");
      if (statusKit) {
        List<Object> providers = new ArrayList<>(bean.getProviders());
        providers.add(new StatusKitFeature());
        bean.setProviders(providers);
      }
      bean.getProperties(true).putAll(application.getProperties());
      Server server = bean.create();
      destination = server.getDestination();
    }

    /** One request; the exchange holds the response. */
    Exchange send(String path) {
      MessageImpl request = new MessageImpl();
      request.put(Message.HTTP_REQUEST_METHOD, "GET");
      request.put(Message.REQUEST_URL, "http://127.0.0.1" + path);
      request.put(Message.REQUEST_URI, path);
      request.put(Message.PATH_INFO, path);
      request.put(Message.BASE_PATH, "/");
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.put("Accept", List.of("application/json"));
      request.put(Message.PROTOCOL_HEADERS, headers);
      request.put(Message.ACCEPT_CONTENT_TYPE, "application/json");
      request.setContent(InputStream.class, new ByteArrayInputStream(EMPTY));
      request.setDestination(destination);
      Exchange exchange = new ExchangeImpl();
      exchange.setInMessage(request);
      exchange.setDestination(destination);
      destination.getMessageObserver().onMessage(request);
      return exchange;
    }

    static Message response(Exchange exchange) {
      return exchange.getOutMessage() != null ? exchange.getOutMessage() : exchange.getOutFaultMessage();
    }

    static int status(Exchange exchange) {
      Integer status = (Integer) response(exchange).get(Message.RESPONSE_CODE);
      return status == null ? 200 : status;
    }
  }

  /** Destinations whose back channel writes the response to a byte array. */
  static final class InMemoryTransport implements DestinationFactory {
    @Override
    public Destination getDestination(EndpointInfo endpoint, Bus bus) {
      return new AbstractDestination(bus, EndpointReferenceUtils.getEndpointReference(endpoint.getAddress()), endpoint) {
        @Override
        protected Conduit getInbuiltBackChannel(Message inMessage) {
          return new BackChannel();
        }

        @Override
        protected Logger getLogger() {
          return LOG;
        }
      };
    }

    @Override
    public Set<String> getUriPrefixes() {
      return Set.of();
    }

    @Override
    public List<String> getTransportIds() {
      return List.of(TRANSPORT);
    }
  }

  /** The back channel: the response body to a byte array, kept in the message. */
  static final class BackChannel extends AbstractConduit {
    BackChannel() {
      super(null);
    }

    @Override
    public void prepare(Message message) {
      ByteArrayOutputStream body = new ByteArrayOutputStream(256);
      message.put(ByteArrayOutputStream.class, body);
      message.setContent(OutputStream.class, body);
    }

    @Override
    protected Logger getLogger() {
      return LOG;
    }
  }

  /**
   * Runs the scenarios.
   *
   * @param args rounds (default 12) and requests per scenario and round (default 3000)
   * @throws Exception if a scenario fails
   */
  public static void main(String[] args) throws Exception {
    CpuRatioRun.runScenarios(args, new CpuRatioRun.Runtime<Endpoint>() {
      @Override
      public Endpoint start(Application application, boolean statusKit) {
        return new Endpoint(application, statusKit);
      }

      @Override
      public int send(Endpoint endpoint, String path) {
        return Endpoint.status(endpoint.send(path));
      }

      @Override
      public String print(Endpoint endpoint, String path) {
        Message r = Endpoint.response(endpoint.send(path));
        ByteArrayOutputStream body = r.get(ByteArrayOutputStream.class);
        return r.get(Message.RESPONSE_CODE) + " " + r.get(Message.PROTOCOL_HEADERS) + " "
            + (body == null ? "" : body.toString(StandardCharsets.UTF_8));
      }
    });
  }
}
