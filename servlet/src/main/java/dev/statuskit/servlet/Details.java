package dev.statuskit.servlet;

import org.jspecify.annotations.Nullable;

/** Turns text from {@code sendError} or the container into a {@code detail} that is safe to send. */
final class Details {

  private Details() {}

  /**
   * Cleans a message: control characters (C0, DEL, C1, line and paragraph separators) become
   * spaces, runs of white space collapse, and text longer than {@code max} is cut to end in an
   * ellipsis, never splitting a surrogate pair.
   *
   * @param message the raw message, possibly null
   * @param max the longest result
   * @return the cleaned text, or null when nothing printable is left
   */
  static @Nullable String clean(@Nullable String message, int max) {
    if (message == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Math.min(message.length(), max + 1));
    boolean space = false;
    for (int i = 0; i < message.length() && sb.length() <= max; i++) {
      char c = message.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    if (sb.length() == 0) {
      return null;
    }
    if (sb.length() > max) {
      int cut = max - 1;
      if (Character.isHighSurrogate(sb.charAt(cut - 1))) {
        cut--;
      }
      sb.setLength(cut);
      sb.append('\u2026');
    }
    return sb.toString();
  }
}
