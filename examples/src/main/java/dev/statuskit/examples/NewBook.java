package dev.statuskit.examples;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of a create or replace request, validated with Bean Validation. Mutable, for JSON-B. */
public class NewBook {

  private @Nullable String title;
  private @Nullable String author;
  private int year;

  /** An empty request, filled by JSON-B. */
  public NewBook() {}

  /**
   * A request with every field.
   *
   * @param title the title
   * @param author the author
   * @param year the year of publication
   */
  public NewBook(String title, String author, int year) {
    this.title = title;
    this.author = author;
    this.year = year;
  }

  /**
   * The title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = 200)
  public @Nullable String getTitle() {
    return title;
  }

  /**
   * Sets the title.
   *
   * @param title the title
   */
  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  /**
   * The author.
   *
   * @return the author
   */
  @NotBlank
  @Size(max = 200)
  public @Nullable String getAuthor() {
    return author;
  }

  /**
   * Sets the author.
   *
   * @param author the author
   */
  public void setAuthor(@Nullable String author) {
    this.author = author;
  }

  /**
   * The year of publication.
   *
   * @return the year
   */
  @Min(1450)
  @Max(2100)
  public int getYear() {
    return year;
  }

  /**
   * Sets the year of publication.
   *
   * @param year the year
   */
  public void setYear(int year) {
    this.year = year;
  }
}
