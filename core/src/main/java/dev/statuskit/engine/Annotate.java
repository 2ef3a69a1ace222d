package dev.statuskit.engine;

import dev.statuskit.HttpStatus;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Stage 6: what StatusKit adds to every problem of a kind, so that a client's report can be tied to
 * the server's records: a 5xx without {@code instance} gets an occurrence id, which the log record
 * quotes; and a request with a valid W3C {@code traceparent} gets its trace id as an extension
 * member (unless a customizer set that member already, or the member is turned off).
 */
final class Annotate implements Stage {

  private final Supplier<URI> occurrenceIds;
  private final String traceIdMember; // empty: off

  Annotate(Supplier<URI> occurrenceIds, String traceIdMember) {
    this.occurrenceIds = occurrenceIds;
    this.traceIdMember = traceIdMember;
  }

  @Override
  public void apply(Draft d) {
    if (d.status.series() == HttpStatus.Series.SERVER_ERROR && d.problem.instance().isEmpty()) {
      d.problem = d.problem.withInstance(occurrenceIds.get());
    }
    if (!traceIdMember.isEmpty() && !d.problem.extensions().containsKey(traceIdMember)) {
      String traceId = TraceParent.traceId(d.request.header("traceparent"));
      if (traceId != null) {
        d.problem = d.problem.withExtension(traceIdMember, traceId);
      }
    }
  }
}
