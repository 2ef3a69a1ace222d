package dev.statuskit.examples;

import dev.statuskit.RangeNotSatisfiableException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One byte range of a {@code Range} header (RFC 9110 §14.1.2): {@code first-last}, {@code first-}
 * or {@code -suffix}. Several ranges, other units and malformed values are ignored (the whole
 * representation is sent, as §14.2 allows).
 *
 * @param first the first byte
 * @param last the last byte, inclusive
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /**
   * Reads a {@code Range} header against a representation of a length.
   *
   * @param header the header value, or null
   * @param length the complete length
   * @return the satisfiable range, or empty to send everything
   * @throws RangeNotSatisfiableException if the range starts after the end
   */
  static Optional<ByteRange> of(@Nullable String header, long length) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.trim());
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      return Optional.empty();
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0 || length == 0) {
        throw new RangeNotSatisfiableException(length);
      }
      return Optional.of(new ByteRange(Math.max(0, length - suffix), length - 1));
    }
    long first = Long.parseLong(m.group(1));
    if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
      return Optional.empty();
    }
    long last = m.group(2).isEmpty() ? length - 1 : Long.parseLong(m.group(2));
    if (first >= length) {
      throw new RangeNotSatisfiableException(length)
          .detail("The text is " + length + " bytes long; the range starts at byte " + first + ".");
    }
    return Optional.of(new ByteRange(first, Math.min(last, length - 1)));
  }

  long length() {
    return last - first + 1;
  }
}
