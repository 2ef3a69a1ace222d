package dev.statuskit.engine;

import dev.statuskit.HttpStatus;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Stage 5: what StatusKit adds to every problem of a kind: a 5xx without {@code instance} gets an
 * occurrence id, which the log record quotes, so that an operator finds the trace from a client's
 * report.
 */
final class Annotate implements Stage {

  private final Supplier<URI> occurrenceIds;

  Annotate(Supplier<URI> occurrenceIds) {
    this.occurrenceIds = occurrenceIds;
  }

  @Override
  public void apply(Draft d) {
    if (d.status.series() == HttpStatus.Series.SERVER_ERROR && d.problem.instance().isEmpty()) {
      d.problem = d.problem.withInstance(occurrenceIds.get());
    }
  }
}
