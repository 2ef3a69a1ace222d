package dev.statuskit.benchmarks.resteasy;

import dev.statuskit.benchmarks.CpuRatioRun;
import jakarta.ws.rs.core.Application;
import java.net.URISyntaxException;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.Dispatcher;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The scenarios of {@code JerseyCpuRatios} on RESTEasy, in process: each request a {@code GET} with
 * {@code Accept: application/json} handed to the deployment's dispatcher ({@code SynchronousDispatcher})
 * as RESTEasy's mock request, the response written to the mock response's byte array; no sockets,
 * no servlet container. StatusKit comes in as it does in an application, through
 * {@code META-INF/services}; the applications without it set {@code jakarta.ws.rs.loadServices=false}.
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
 * <p>{@code java -Xmx256m -cp "$(cat benchmarks/resteasy/target/classpath)" dev.statuskit.benchmarks.resteasy.ResteasyCpuRatios [rounds] [requests]}
 * ({@code -Dprint=true} prints each scenario's status, header fields and body once).
 */
public final class ResteasyCpuRatios {

  private ResteasyCpuRatios() {}

  /**
   * Runs the scenarios.
   *
   * @param args rounds (default 12) and requests per scenario and round (default 3000)
   * @throws Exception if a scenario fails
   */
  public static void main(String[] args) throws Exception {
    CpuRatioRun.runScenarios(args, new CpuRatioRun.Runtime<Dispatcher>() {
      @Override
      public Dispatcher start(Application application, boolean statusKit) {
        // StatusKit comes in through META-INF/services; the bare application turns that off.
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(application);
        deployment.start();
        return deployment.getDispatcher();
      }

      @Override
      public int send(Dispatcher dispatcher, String path) throws URISyntaxException {
        return ResteasyCpuRatios.send(dispatcher, path).getStatus();
      }

      @Override
      public String print(Dispatcher dispatcher, String path) throws Exception {
        MockHttpResponse r = ResteasyCpuRatios.send(dispatcher, path);
        return r.getStatus() + " " + r.getOutputHeaders() + " " + r.getContentAsString();
      }
    });
  }

  /** One request in process. */
  static MockHttpResponse send(Dispatcher dispatcher, String path) throws URISyntaxException {
    MockHttpRequest request = MockHttpRequest.get(path).accept("application/json");
    MockHttpResponse response = new MockHttpResponse();
    dispatcher.invoke(request, response);
    return response;
  }
}
