package dev.statuskit.logging;

import dev.statuskit.NotFoundException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The two problems every backend test logs, through a real engine. */
final class Records {

  static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  static final Map<String, String> TRACEPARENT = Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
  static final URI OUT_OF_STOCK = URI.create("https://api.example/problems/out-of-stock");

  private static final ProblemEngine ENGINE = ProblemEngine.builder().serviceLoader(false).cdi(false).build();

  private Records() {}

  /** A 500 for a failure, with a trace id from {@code traceparent}; the query string is not logged. */
  static ProblemEvent serverError(RuntimeException failure) {
    return ENGINE.handle(failure, ProblemEngine.Request.of("POST", "/orders/7", TRACEPARENT));
  }

  /** A 404 of a typed exception with its own problem type, without trace. */
  static ProblemEvent clientError() {
    return ENGINE.handle(new NotFoundException("No order 7.").type(OUT_OF_STOCK), ProblemEngine.Request.of("GET", "/orders/7"));
  }

  static String occurrence(ProblemEvent event) {
    return event.problem().instance().orElseThrow().toString();
  }

  /** The fields of {@link #serverError}'s record, in the engine's order, each value as text. */
  static Map<String, String> serverErrorFields(String occurrence) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("http.response.status_code", "500");
    fields.put("statuskit.problem.type", "about:blank");
    fields.put("trace_id", TRACE_ID);
    fields.put("statuskit.occurrence_id", occurrence);
    fields.put("http.request.method", "POST");
    fields.put("url.path", "/orders/7");
    return fields;
  }

  /** The fields of {@link #clientError}'s record, in the engine's order, each value as text. */
  static Map<String, String> clientErrorFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("http.response.status_code", "404");
    fields.put("statuskit.problem.type", OUT_OF_STOCK.toString());
    fields.put("http.request.method", "GET");
    fields.put("url.path", "/orders/7");
    return fields;
  }
}
