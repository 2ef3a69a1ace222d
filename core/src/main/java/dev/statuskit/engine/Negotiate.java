package dev.statuskit.engine;

import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import java.util.List;

/**
 * Stage 7: the representation from {@code Accept}; {@code Vary: Accept} when another
 * {@code Accept} could have chosen another one and no {@code Vary} already covers it, with
 * {@code Accept-Language} when the localize stage chose a language; {@code Content-Type}. A status
 * without content (304) gets none of them.
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
    boolean accept = n.dependsOnAccept() && !varyCovers(d, "Accept");
    boolean language = d.language != null && !varyCovers(d, "Accept-Language");
    if (!accept && !language) {
      d.set(contentType);
    } else if (own && !d.contains("Vary") && (!language || accept)) {
      // The common cases, one array each: Vary: Accept, or Vary: Accept, Accept-Language.
      d.set((language ? VARY_LANGUAGE_AND_CONTENT_TYPE : VARY_AND_CONTENT_TYPE)[type.ordinal()]);
    } else {
      // A Vary of other fields stays: ours is added as a field line of its own.
      String vary = accept && language ? "Accept, Accept-Language" : accept ? "Accept" : "Accept-Language";
      d.headers(d.headers().toBuilder().add("Vary", vary).build().with(contentType));
    }
  }

  /** The fields this stage sets, built once per representation. */
  private static final HeaderFields[] CONTENT_TYPE = new HeaderFields[ProblemMediaType.values().length];
  private static final HeaderFields[] VARY_AND_CONTENT_TYPE = new HeaderFields[ProblemMediaType.values().length];
  private static final HeaderFields[] VARY_LANGUAGE_AND_CONTENT_TYPE =
      new HeaderFields[ProblemMediaType.values().length];

  static {
    for (ProblemMediaType t : ProblemMediaType.values()) {
      CONTENT_TYPE[t.ordinal()] = HeaderFields.builder().add("Content-Type", t.contentType()).build();
      VARY_AND_CONTENT_TYPE[t.ordinal()] = HeaderFields.builder().add("Vary", "Accept")
          .add("Content-Type", t.contentType()).build();
      VARY_LANGUAGE_AND_CONTENT_TYPE[t.ordinal()] = HeaderFields.builder().add("Vary", "Accept, Accept-Language")
          .add("Content-Type", t.contentType()).build();
    }
  }

  private static boolean varyCovers(Draft d, String field) {
    List<String> vary = d.all("Vary");
    for (int i = 0; i < vary.size(); i++) { // no iterator: most error responses carry no Vary yet
      if (ContentNegotiation.varyCovers(vary.get(i), field)) {
        return true;
      }
    }
    return false;
  }
}
