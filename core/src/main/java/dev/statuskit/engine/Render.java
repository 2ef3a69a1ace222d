package dev.statuskit.engine;

import dev.statuskit.representation.ProblemWriter;

/**
 * Stage 8: the body, rendered whole before anything is sent, so the listeners see the exact bytes
 * and a member that cannot be written is left out rather than breaking the document.
 */
final class Render implements Stage {

  private final ProblemWriter writer;

  Render(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public void apply(Draft d) {
    if (d.mediaType != null) {
      d.body = writer.toBytesLeavingOutUnwritable(d.problem, d.mediaType, d.headers());
    }
  }
}
