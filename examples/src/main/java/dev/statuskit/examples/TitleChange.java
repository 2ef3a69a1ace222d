package dev.statuskit.examples;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code PATCH}: a new title, and the version the client read (optimistic locking in
 * the body, as many JSON APIs do). Mutable, for JSON-B.
 */
public class TitleChange {

  private @Nullable String title;
  private long version;

  /** An empty change, filled by JSON-B. */
  public TitleChange() {}

  /**
   * The new title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = 200)
  public @Nullable String getTitle() {
    return title;
  }

  /**
   * Sets the new title.
   *
   * @param title the title
   */
  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  /**
   * The version the change is based on.
   *
   * @return the version
   */
  @Min(1)
  public long getVersion() {
    return version;
  }

  /**
   * Sets the version the change is based on.
   *
   * @param version the version
   */
  public void setVersion(long version) {
    this.version = version;
  }
}
