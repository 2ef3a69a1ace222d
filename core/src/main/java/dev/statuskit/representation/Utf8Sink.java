package dev.statuskit.representation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

  /**
   * Whether a char is copied as it is inside a JSON string: U+0020-U+007E but {@code "} and {@code \}.
   * A table of every char (64 KB) rather than comparisons: one load and no branch per char, about
   * twice as fast as the comparisons on this path, measured.
   */
  private static final boolean[] JSON_PLAIN = new boolean[Character.MAX_VALUE + 1];

  /**
   * Whether a char is copied as it is into XML or HTML text and quoted attributes ({@link Markup#text}):
   * U+0020-U+007E but {@code &}, {@code <}, {@code >}, {@code "} and {@code '}, and tab and line feed.
   */
  private static final boolean[] MARKUP_PLAIN = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c = 0x20; c <= 0x7E; c++) {
      JSON_PLAIN[c] = c != '"' && c != '\\';
      MARKUP_PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }
    MARKUP_PLAIN['\t'] = true;
    MARKUP_PLAIN['\n'] = true;
  }

  /** Written for every lone surrogate, in every representation. */
  static final int REPLACEMENT = 0xFFFD;

  /** The largest buffer a thread keeps between writes; a bigger one (a huge problem) is let go. */
  static final int POOLED_MAX = 16 * 1024;

  /**
   * One buffer per thread, lent to one write at a time, so that writing a problem allocates no
   * buffer (as Jackson's {@code BufferRecycler} does). A write that starts while the buffer is out
   * (a stream that writes a problem from inside {@code write}) gets a new one. The value is a JDK
   * type ({@code byte[][]}, one slot), so a container thread that outlives a redeployed application
   * keeps no class of StatusKit's class loader alive.
   */
  private static final ThreadLocal<byte[][]> POOL = ThreadLocal.withInitial(() -> new byte[1][]);

  private final @Nullable OutputStream out;
  private byte[] buf;
  /** How much of {@code buf} is used: a borrowed buffer may be larger than the chunks a stream should get. */
  private int cap;
  private int n;
  private final byte @Nullable [][] slot;

  /** A sink that grows its buffer instead; {@link #toByteArray()} gives the bytes. */
  Utf8Sink(int initialSize) {
    this(null, new byte[Math.max(initialSize, 4)], null, initialSize);
  }

  private Utf8Sink(@Nullable OutputStream out, byte[] buf, byte @Nullable [][] slot, int size) {
    this.out = out;
    this.buf = buf;
    this.slot = slot;
    // At least the 4 bytes of the longest code point, which codePoint writes after one drain.
    this.cap = out == null ? buf.length : Math.min(Math.max(size, 4), buf.length);
  }

  /**
   * A sink on this thread's buffer (at least {@code size} bytes): streaming to {@code out}, or
   * growing when {@code out} is {@code null}. Give the buffer back with {@link #release()}.
   */
  static Utf8Sink borrow(@Nullable OutputStream out, int size) {
    byte[][] slot = POOL.get();
    byte[] b = slot[0];
    if (b != null && b.length >= size) {
      slot[0] = null;
      return new Utf8Sink(out, b, slot, size);
    }
    return new Utf8Sink(out, new byte[Math.max(size, 2048)], slot, size);
  }

  /** Returns the buffer to the thread, unless it grew too big; the sink must not be used after. */
  void release() {
    if (slot != null && slot[0] == null && buf.length <= POOLED_MAX) {
      slot[0] = buf;
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, n);
  }

  /**
   * The bytes of a constant ASCII fragment of a representation, encoded once by the writers for
   * {@link #raw}.
   */
  static byte[] asciiBytes(String fragment) {
    return fragment.getBytes(StandardCharsets.US_ASCII);
  }

  /** Writes ASCII text (the caller guarantees every char is below U+0080). */
  Utf8Sink ascii(String s) throws IOException {
    copyAscii(s, 0, s.length());
    return this;
  }

  /**
   * Copies the chars of {@code s} from {@code from} on as long as they are printable ASCII
   * (U+0020-U+007E) other than {@code "} and {@code \}: the run of a JSON string that needs no
   * escaping, found in one tight loop and copied in one call.
   *
   * @return the index of the first char not copied, or the length of {@code s}
   */
  int copyJsonPlain(String s, int from) throws IOException {
    return copyPlain(s, from, JSON_PLAIN);
  }

  /**
   * Copies the chars of {@code s} from {@code from} on as long as they need no escaping in XML or
   * HTML text (see {@link #MARKUP_PLAIN}), as {@link #copyJsonPlain} does for JSON.
   *
   * @return the index of the first char not copied, or the length of {@code s}
   */
  int copyMarkupPlain(String s, int from) throws IOException {
    return copyPlain(s, from, MARKUP_PLAIN);
  }

  private int copyPlain(String s, int from, boolean[] plain) throws IOException {
    int len = s.length();
    // First find the run (a scan that only reads), then copy it in one call.
    int end = from;
    while (end < len && plain[s.charAt(end)]) {
      end++;
    }
    copyAscii(s, from, end);
    return end;
  }

  /**
   * Copies the chars of {@code s} from {@code from} to {@code end}, all ASCII, one array copy per
   * chunk for a Latin-1 string: the deprecated {@code getBytes} keeps the low byte of each char,
   * which is the char itself for ASCII. A growing sink makes room for the whole run at once.
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for the ASCII chars it is given
  private void copyAscii(String s, int from, int end) throws IOException {
    if (out == null && n + (end - from) > cap) {
      grow(n + (end - from));
    }
    for (int i = from; i < end; ) {
      if (n == cap) {
        drain();
      }
      int chunk = Math.min(end - i, cap - n);
      s.getBytes(i, i + chunk, buf, n);
      n += chunk;
      i += chunk;
    }
  }

  /** Grows the buffer of a growing sink to hold at least {@code size} bytes. */
  private void grow(int size) {
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size));
    cap = buf.length;
  }

  /** Writes bytes known to be ASCII (constant fragments of a representation, encoded once). */
  Utf8Sink raw(byte[] bytes) throws IOException {
    int len = bytes.length;
    if (n + len > cap) {
      if (out == null) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + len));
        cap = buf.length;
      } else {
        drain();
        if (len > cap) {
          out.write(bytes, 0, len);
          return this;
        }
      }
    }
    System.arraycopy(bytes, 0, buf, n, len);
    n += len;
    return this;
  }

  Utf8Sink ascii(char c) throws IOException {
    if (n == cap) {
      drain();
    }
    buf[n++] = (byte) c;
    return this;
  }

  /** Writes a decimal integer, as {@link Long#toString(long)} would, without building that string. */
  Utf8Sink decimal(long v) throws IOException {
    if (v == Long.MIN_VALUE) {
      return ascii(Long.toString(v));
    }
    if (n + 20 > cap) {
      if (out == null) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + 20));
        cap = buf.length;
      } else {
        drain();
      }
    }
    long x = v;
    if (x < 0) {
      buf[n++] = '-';
      x = -x;
    }
    int start = n;
    do {
      buf[n++] = (byte) ('0' + (int) (x % 10));
      x /= 10;
    } while (x != 0);
    for (int i = start, j = n - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return this;
  }

  /** Writes one Unicode scalar value (never a surrogate code point). */
  void codePoint(int cp) throws IOException {
    if (n + 4 > cap) {
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
   * {@code Character.charCount} of it (2 for a pair, 1 for anything else, the replacement included).
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


  /** Hands the buffered bytes to the stream (does not flush the stream). */
  void drain() throws IOException {
    if (out == null) {
      if (n + 4 > cap) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + 4));
        cap = buf.length;
      }
    } else if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
  }
}
