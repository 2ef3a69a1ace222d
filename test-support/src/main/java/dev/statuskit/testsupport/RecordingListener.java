package dev.statuskit.testsupport;

import dev.statuskit.Problem;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps the events of the requests whose path carries a {@link #token() token}, so that a test
 * compares what hooks were told with what its own request got on the wire. A suite lists it in its
 * META-INF/services, as an application lists its own listener; the JAX-RS and the servlet scenario
 * suites share it.
 */
public final class RecordingListener implements ProblemListener {

  private static final String TOKEN_PREFIX = "wt-";
  private static final ConcurrentLinkedQueue<ProblemEvent> EVENTS = new ConcurrentLinkedQueue<>();

  @Override
  public void onProblem(ProblemEvent event) {
    if (event.path().contains(TOKEN_PREFIX)) {
      EVENTS.add(event);
    }
  }

  /**
   * A path segment no other request uses.
   *
   * @return {@code wt-} and a random UUID
   */
  public static String token() {
    return TOKEN_PREFIX + UUID.randomUUID();
  }

  /**
   * The events of the requests whose path holds {@code token}.
   *
   * @param token from {@link #token()}
   * @return the events, in the order they were told
   */
  public static List<ProblemEvent> eventsFor(String token) {
    List<ProblemEvent> out = new ArrayList<>();
    for (ProblemEvent e : EVENTS) {
      if (e.path().contains(token)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * What a hook was told about the response.
   *
   * @param status the status
   * @param headers each header field with its values in order; names compare case-insensitively
   * @param problem the problem
   * @param mediaType the {@code Content-Type} value sent, when the event tells it
   * @param body the exact bytes of the body, when the event tells them
   * @param unreported header fields StatusKit sends that the event cannot tell of
   */
  public record Recorded(int status, Map<String, List<String>> headers, Problem problem, Optional<String> mediaType,
      Optional<byte[]> body, Set<String> unreported) {}

  /**
   * The one place that reads an event: the response as StatusKit sends it.
   *
   * @param e the event
   * @return what it tells
   */
  public static Recorded recorded(ProblemEvent e) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    e.headers().forEach((name, value) -> headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
    return new Recorded(e.status().code(), headers, e.problem(), e.headers().first("Content-Type"),
        e.mediaType().map(t -> e.body()), Set.of());
  }

}
