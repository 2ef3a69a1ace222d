package dev.statuskit.representation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A small UTF-8 encoding buffer in front of an {@link OutputStream}: representations stream through
 * it without building a string of the whole document. Not thread-safe; one per write.
 *
 * <p>Lone surrogates (a high surrogate not followed by a low one, or a low one on its own) cannot be
 * encoded in UTF-8; {@link #codePoint(int)} callers replace them with U+FFFD (see {@link #REPLACEMENT}).
 */
final class Utf8Sink {

  /** Written for every lone surrogate, in every representation. */
  static final int REPLACEMENT = 0xFFFD;

  private final @Nullable OutputStream out;
  private byte[] buf;
  private int n;

  /** A sink that hands its buffer to {@code out} whenever it is full. */
  Utf8Sink(OutputStream out, int size) {
    this.out = out;
    this.buf = new byte[size];
  }

  /** A sink that grows its buffer instead; {@link #toByteArray()} gives the bytes. */
  Utf8Sink(int initialSize) {
    this.out = null;
    this.buf = new byte[initialSize];
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, n);
  }

  /** Writes ASCII text (the caller guarantees every char is below U+0080). */
  Utf8Sink ascii(String s) throws IOException {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      if (n == buf.length) {
        drain();
      }
      buf[n++] = (byte) s.charAt(i);
    }
    return this;
  }

  Utf8Sink ascii(char c) throws IOException {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = (byte) c;
    return this;
  }

  /** Writes one Unicode scalar value (never a surrogate code point). */
  void codePoint(int cp) throws IOException {
    if (n + 4 > buf.length) {
      drain();
    }
    if (cp < 0x80) {
      buf[n++] = (byte) cp;
    } else if (cp < 0x800) {
      buf[n++] = (byte) (0xC0 | cp >> 6);
      buf[n++] = (byte) (0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      buf[n++] = (byte) (0xE0 | cp >> 12);
      buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[n++] = (byte) (0x80 | cp & 0x3F);
    } else {
      buf[n++] = (byte) (0xF0 | cp >> 18);
      buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
      buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[n++] = (byte) (0x80 | cp & 0x3F);
    }
  }

  /**
   * The code point at {@code i}, or {@link #REPLACEMENT} for a lone surrogate; callers advance by
   * {@link #width(String, int)}.
   */
  static int scalarAt(String s, int i) {
    char c = s.charAt(i);
    if (!Character.isSurrogate(c)) {
      return c;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
      return Character.toCodePoint(c, s.charAt(i + 1));
    }
    return REPLACEMENT;
  }

  /** How many chars the scalar at {@code i} takes: 2 for a valid surrogate pair, else 1. */
  static int width(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
  }

  /** Hands the buffered bytes to the stream (does not flush the stream). */
  void drain() throws IOException {
    if (out == null) {
      if (n + 4 > buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    } else if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
  }
}
