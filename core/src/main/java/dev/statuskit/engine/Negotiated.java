package dev.statuskit.engine;

import dev.statuskit.ProblemMediaType;
import java.util.Objects;

/**
 * The outcome of content negotiation for a problem.
 *
 * @param mediaType the representation to write
 * @param contentType the {@code Content-Type} to send: the representation's own
 *     ({@link ProblemMediaType#contentType()}), or the other media type of that representation the
 *     client accepted when it excluded the registered one ({@code application/json} after
 *     {@code application/problem+json;q=0})
 * @param dependsOnAccept whether another {@code Accept} could have chosen another representation,
 *     in which case the response should carry {@code Vary: Accept} (RFC 9110 §12.5.5)
 * @since 0.3.0
 */
record Negotiated(ProblemMediaType mediaType, String contentType, boolean dependsOnAccept) {

  /**
   * Checks the components.
   *
   * @param mediaType see the record description
   * @param contentType see the record description
   * @param dependsOnAccept see the record description
   */
  Negotiated {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(contentType, "contentType");
  }
}
