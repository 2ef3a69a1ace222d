package dev.statuskit.examples;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /metrics}: the Prometheus text format of the embedded server's meters, which are
 * StatusKit's problem counter ({@code statuskit-micrometer} on the class path counts every problem
 * on Micrometer's global registry, to which this registry is added). Embedded server only: the WAR
 * has no Micrometer.
 */
@Path("metrics")
public class MetricsResource {

  /** The Prometheus text exposition format, version 0.0.4. */
  static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

  private static final PrometheusMeterRegistry REGISTRY = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  static {
    Metrics.addRegistry(REGISTRY);
  }

  /** Created by Jersey. */
  public MetricsResource() {}

  /** Adds the registry to Micrometer's global one, before the first problem is counted. */
  static void install() {
    // The class initializer does it.
  }

  /**
   * The meters now.
   *
   * @return the scrape
   */
  @GET
  @Produces(TEXT_FORMAT)
  public String scrape() {
    return REGISTRY.scrape();
  }
}
