package dev.statuskit.engine;

import dev.statuskit.ProblemMediaType;
import java.util.Objects;

/**
 * The outcome of content negotiation for a problem.
 *
 * @param mediaType the representation to write
 * @param dependsOnAccept whether another {@code Accept} could have chosen another representation,
 *     in which case the response should carry {@code Vary: Accept} (RFC 9110 §12.5.5)
 * @since 0.1
 */
record Negotiated(ProblemMediaType mediaType, boolean dependsOnAccept) {

  /**
   * Checks the components.
   *
   * @param mediaType see the record description
   * @param dependsOnAccept see the record description
   */
  Negotiated {
    Objects.requireNonNull(mediaType, "mediaType");
  }
}
