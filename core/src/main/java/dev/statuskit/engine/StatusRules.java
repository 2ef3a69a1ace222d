package dev.statuskit.engine;

import dev.statuskit.header.HeaderFields;

/**
 * Stage 3: the rules of the status, read from {@link dev.statuskit.HttpStatus}: a response that
 * caches must not store gets {@code Cache-Control: no-store}, unless it already says something
 * about caching (RFC 6585 §3-§6: a rule for caches, which the origin backs with the field).
 */
final class StatusRules implements Stage {

  /** Built once: most such responses carry no other field. */
  private static final HeaderFields NO_STORE = HeaderFields.builder().add("Cache-Control", "no-store").build();

  @Override
  public void apply(Draft d) {
    if (!d.status.isStorable() && !d.contains("Cache-Control")) {
      d.set(NO_STORE); // set with the negotiated Content-Type, in one copy
    }
  }
}
