package dev.statuskit.engine;

import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import java.util.List;

/**
 * Stage 6: the representation from {@code Accept}; {@code Vary: Accept} when another
 * {@code Accept} could have chosen another one and no {@code Vary} already covers it;
 * {@code Content-Type}. A status without content (304) gets none of them.
 */
final class Negotiate implements Stage {

  @Override
  public void apply(Draft d) {
    if (!d.status.isContentAllowed()) {
      return;
    }
    Negotiated n = ContentNegotiation.negotiate(d.request.header("Accept"));
    ProblemMediaType type = n.mediaType();
    d.mediaType = type;
    boolean own = n.contentType().equals(type.contentType());
    HeaderFields contentType = own ? CONTENT_TYPE[type.ordinal()]
        : HeaderFields.builder().add("Content-Type", n.contentType()).build();
    if (!n.dependsOnAccept() || varyCoversAccept(d)) {
      d.headers = d.headers.with(contentType);
    } else if (own && !d.headers.contains("Vary")) {
      d.headers = d.headers.with(VARY_AND_CONTENT_TYPE[type.ordinal()]); // the common case: one array
    } else {
      // A Vary of other fields stays: Accept is added as a field line of its own.
      d.headers = d.headers.toBuilder().add("Vary", "Accept").build().with(contentType);
    }
  }

  /** The fields this stage sets, built once per representation. */
  private static final HeaderFields[] CONTENT_TYPE = new HeaderFields[ProblemMediaType.values().length];
  private static final HeaderFields[] VARY_AND_CONTENT_TYPE = new HeaderFields[ProblemMediaType.values().length];

  static {
    for (ProblemMediaType t : ProblemMediaType.values()) {
      CONTENT_TYPE[t.ordinal()] = HeaderFields.builder().add("Content-Type", t.contentType()).build();
      VARY_AND_CONTENT_TYPE[t.ordinal()] = HeaderFields.builder().add("Vary", "Accept")
          .add("Content-Type", t.contentType()).build();
    }
  }

  private static boolean varyCoversAccept(Draft d) {
    List<String> vary = d.headers.all("Vary");
    for (int i = 0; i < vary.size(); i++) { // no iterator: most error responses carry no Vary yet
      if (ContentNegotiation.varyCoversAccept(vary.get(i))) {
        return true;
      }
    }
    return false;
  }
}
