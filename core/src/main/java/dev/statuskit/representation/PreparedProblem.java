package dev.statuskit.representation;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A problem made ready to write: extension values checked and converted, {@code detail} cut to the
 * configured length; {@code language} is the tag of a localized title and detail, or null. Building one is the only step that can fail; writing it cannot (but for I/O).
 */
record PreparedProblem(String type, @Nullable String title, int status, @Nullable String detail,
    @Nullable String instance, Map<String, @Nullable Object> extensions, @Nullable String language) {

  /** The heading of the human-readable forms: "429 Too Many Requests", "429", a title, or "Problem". */
  String heading() {
    if (status != 0 && title != null) {
      return status + " " + title;
    }
    if (status != 0) {
      return Integer.toString(status);
    }
    return title != null ? title : "Problem";
  }
}
