package dev.statuskit.jaxrs.it;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/** Starts an application on one JAX-RS runtime, in-process, on 127.0.0.1 and an ephemeral port. */
public interface Harness {

  /**
   * Deploys the application at the root path. The runtime registers StatusKitFeature by itself
   * (Jersey, RESTEasy), or the harness registers it explicitly the way the README tells CXF users.
   */
  Running start(Application application) throws Exception;

  /** Whether the runtime loads {@code META-INF/services/jakarta.ws.rs.core.Feature} by itself. */
  boolean loadsFeatureServices();

  /**
   * Whether StatusKitFeature is configured per application, so it sees the application's
   * properties and its own explicit registration. Not so for CXF's Bus-wide registration.
   */
  default boolean featureSeesApplicationConfiguration() {
    return true;
  }

  /**
   * Whether a response that carries {@code Upgrade} (a 426) is framed like any other. Grizzly
   * treats every such response as a protocol switch: it writes neither {@code Content-Length} nor
   * chunks and keeps the connection open, whatever the application sets.
   */
  default boolean framesUpgradeResponses() {
    return true;
  }

  /** A started application. */
  interface Running extends AutoCloseable {
    /** The base URI, ending with a slash. */
    URI base();

    /** An application at this base URI, stopped by {@code stop}. */
    static Running at(URI base, AutoCloseable stop) {
      return new Running() {
        @Override
        public URI base() {
          return base;
        }

        @Override
        public void close() throws Exception {
          stop.close();
        }
      };
    }

    /** An application at the root of {@code http://127.0.0.1:port/}, stopped by {@code stop}. */
    static Running onLoopback(int port, AutoCloseable stop) {
      return at(URI.create("http://127.0.0.1:" + port + "/"), stop);
    }
  }
}
