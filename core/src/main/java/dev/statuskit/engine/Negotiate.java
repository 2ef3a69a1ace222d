package dev.statuskit.engine;

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
    if (n.dependsOnAccept() && !varyCoversAccept(d)) {
      d.headers = d.headers.toBuilder().add("Vary", "Accept").build();
    }
    d.mediaType = n.mediaType();
    d.headers = d.headers.with("Content-Type", n.mediaType().contentType());
  }

  private static boolean varyCoversAccept(Draft d) {
    for (String v : d.headers.all("Vary")) {
      if (ContentNegotiation.varyCoversAccept(v)) {
        return true;
      }
    }
    return false;
  }
}
