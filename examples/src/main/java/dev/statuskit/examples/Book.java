package dev.statuskit.examples;

import dev.statuskit.header.EntityTag;

/**
 * A book as the API shows it. Immutable; every change makes a new version.
 *
 * @param id the identifier in URLs
 * @param title the title
 * @param author the author
 * @param year the year of publication
 * @param version the version, increased by every change (the {@code ETag} is derived from it)
 */
public record Book(String id, String title, String author, int year, long version) {

  /**
   * The strong entity tag of this version.
   *
   * @return for example {@code "1-v3"}
   */
  public EntityTag entityTag() {
    return EntityTag.strong(id + "-v" + version);
  }
}
