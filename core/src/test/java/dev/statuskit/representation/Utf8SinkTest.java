package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoding buffer itself: the exact bytes of each write, and the exact chunks a stream is handed
 * (a streaming sink hands over at most its size at a time, and only when the next write does not fit).
 */
class Utf8SinkTest {

  /** Records every call it gets, one string (UTF-8) per call. */
  private static final class Chunks extends OutputStream {
    final List<String> calls = new ArrayList<>();

    @Override
    public void write(int b) {
      calls.add("byte " + b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      calls.add(new String(b, off, len, StandardCharsets.UTF_8));
    }
  }

  private static String utf8(Utf8Sink s) {
    return new String(s.toByteArray(), StandardCharsets.UTF_8);
  }

  /** What a sink of {@code size} bytes on a stream writes: one string per call the stream gets. */
  private static List<String> chunks(int size, Writes writes) throws IOException {
    Chunks out = new Chunks();
    Utf8Sink s = Utf8Sink.borrow(out, size);
    writes.to(s);
    s.drain();
    s.release();
    return out.calls;
  }

  /** Writes to a sink. */
  @FunctionalInterface
  private interface Writes {
    void to(Utf8Sink s) throws IOException;
  }

  @Test
  void asciiTextIsHandedOverInChunksOfTheSinkSize() throws IOException {
    List<String> calls = chunks(4, s -> {
      s.ascii("abcdefghij").ascii('k').ascii('l');
      s.drain(); // and once more after: nothing left, no empty write
    });

    assertThat(calls).containsExactly("abcd", "efgh", "ijkl");
  }

  /** A sink smaller than the longest code point still takes one: at least 4 bytes, whatever is asked. */
  @Test
  void aSinkOfFewerBytesThanACodePointStillWritesOne() throws IOException {
    String emoji = new String(Character.toChars(0x1F600));
    for (int size = 0; size < 4; size++) {
      Utf8Sink growing = new Utf8Sink(size);
      growing.ascii('a');
      growing.codePoint(0x1F600);
      growing.codePoint(0xE9);
      assertThat(utf8(growing)).isEqualTo("a" + emoji + "\u00e9");
    }
    assertThat(chunks(1, s -> {
      s.codePoint(0x1F600);
      s.codePoint(0x1F600);
    })).containsExactly(emoji, emoji);
  }

  @Test
  void aCharThatDoesNotFitHandsTheFullBufferOverFirst() throws IOException {
    assertThat(chunks(4, s -> s.ascii("abcd").ascii('e'))).containsExactly("abcd", "e");
  }

  @Test
  void plainRunsAreCopiedUpToTheFirstCharThatNeedsEscaping() throws IOException {
    List<Integer> ends = new ArrayList<>();
    List<String> calls = chunks(4, s -> {
      ends.add(s.copyJsonPlain("abcdef\"gh", 0));
      ends.add(s.copyJsonPlain("ab\"cd", 3));
      ends.add(s.copyJsonPlain("\\x", 0));
    });

    assertThat(ends).containsExactly(6, 5, 0);
    assertThat(calls).containsExactly("abcd", "efcd");
  }

  @Test
  void jsonAndMarkupRunsStopAtTheirOwnCharacters() throws IOException {
    Utf8Sink s = new Utf8Sink(4);
    // JSON: printable ASCII but '"' and '\'; tab, line feed, DEL and non-ASCII end a run.
    assertThat(s.copyJsonPlain(" ~<>&'\t", 0)).isEqualTo(6);
    for (char end : "\n\u007f\u001f\u00e9".toCharArray()) {
      assertThat(s.copyJsonPlain("a" + end + "b", 0)).as("JSON, U+%04X", (int) end).isEqualTo(1);
    }
    // Markup: printable ASCII but & < > " ', plus tab and line feed; CR, DEL and non-ASCII end a run.
    assertThat(s.copyMarkupPlain(" ~\\\t\n\"", 0)).isEqualTo(5);
    for (char end : "'<>&\r\u007f\u001f".toCharArray()) {
      assertThat(s.copyMarkupPlain("a" + end + "b", 0)).as("markup, U+%04X", (int) end).isEqualTo(1);
    }

    assertThat(utf8(s)).isEqualTo(" ~<>&'aaaa" + " ~\\\t\naaaaaaa");
  }

  @Test
  void aGrowingSinkMakesRoomForALongRunAtOnce() throws IOException {
    Utf8Sink s = new Utf8Sink(4);
    s.ascii("ab");
    assertThat(s.copyJsonPlain("x".repeat(100), 0)).isEqualTo(100);
    assertThat(s.copyMarkupPlain("y".repeat(3), 0)).isEqualTo(3);

    assertThat(utf8(s)).isEqualTo("ab" + "x".repeat(100) + "yyy");
  }

  @Test
  void rawBytesLongerThanTheBufferGoStraightToTheStream() throws IOException {
    List<String> calls = chunks(4, s -> {
      s.ascii("ab").raw(ascii("cdefgh")).raw(ascii("xy")).raw(ascii("zw"));
      s.ascii("abc").raw(ascii("de")).raw(ascii("fg"));
    });

    assertThat(calls).containsExactly("ab", "cdefgh", "xyzw", "abc", "defg");
  }

  @Test
  void rawBytesFillTheBufferExactlyBeforeItIsHandedOver() throws IOException {
    assertThat(chunks(4, s -> s.ascii("ab").raw(ascii("cd")).raw(ascii("efgh")))).containsExactly("abcd", "efgh");
  }

  @Test
  void aGrowingSinkTakesRawBytesOfAnyLength() throws IOException {
    Utf8Sink s = new Utf8Sink(4);
    s.ascii("ab").raw(ascii("cdefghij")).raw(ascii("k")).raw(ascii("l".repeat(40)));

    assertThat(utf8(s)).isEqualTo("abcdefghijk" + "l".repeat(40));
  }

  @Test
  void decimalsAreWrittenAsLongToStringWritesThem() throws IOException {
    Utf8Sink s = new Utf8Sink(4);
    long[] values = {0, 7, -7, 10, -10, 429, 1234567890123L, -1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MIN_VALUE + 1, Integer.MIN_VALUE};
    StringBuilder expected = new StringBuilder();
    for (long v : values) {
      s.decimal(v).ascii(',');
      expected.append(v).append(',');
    }

    assertThat(utf8(s)).isEqualTo(expected.toString());
  }

  /** A growing sink whose buffer is full makes room for the longest decimal in one step. */
  @Test
  void aFullGrowingSinkTakesTheLongestDecimal() throws IOException {
    Utf8Sink s = new Utf8Sink(4);
    s.ascii("abcd").decimal(Long.MIN_VALUE + 1);

    assertThat(utf8(s)).isEqualTo("abcd" + (Long.MIN_VALUE + 1));
  }

  /** A decimal needs at most 20 bytes: the buffer is handed over first only when fewer than 20 are left. */
  @Test
  void aDecimalIsHandedOverWholeAfterWhatPrecedesIt() throws IOException {
    List<String> calls = chunks(24, s -> {
      s.ascii("abcd").decimal(-123); // 4 + 20 fit in 24
      s.ascii("ef").decimal(45); // 10 + 20 do not
    });

    assertThat(calls).containsExactly("abcd-123ef", "45");
  }

  @Test
  void codePointsAreEncodedAsUtf8AtEveryLengthBoundary() throws IOException {
    int[] cps = {0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    Utf8Sink s = new Utf8Sink(4);
    StringBuilder expected = new StringBuilder();
    for (int cp : cps) {
      s.codePoint(cp);
      expected.appendCodePoint(cp);
    }

    assertThat(s.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A code point needs at most 4 bytes: the buffer is handed over first only when fewer than 4 are left. */
  @Test
  void aCodePointIsNeverSplitAcrossChunks() throws IOException {
    List<String> calls = chunks(6, s -> {
      s.ascii("ab");
      s.codePoint(0x1F600); // 2 + 4 fit in 6
      s.ascii("cdef");
      s.codePoint(0xE9); // 4 + 4 do not
    });

    assertThat(calls).containsExactly("ab\uD83D\uDE00", "cdef", "\u00e9");
  }

  @Test
  void scalarAtGivesCodePointsAndReplacesLoneSurrogates() {
    String s = "a\uD83D\uDE00\uD800b\uDC00\uD800";

    assertThat(Utf8Sink.scalarAt(s, 0)).isEqualTo('a');
    assertThat(Utf8Sink.scalarAt(s, 1)).isEqualTo(0x1F600);
    assertThat(Utf8Sink.scalarAt(s, 2)).isEqualTo(Utf8Sink.REPLACEMENT); // the low half read on its own
    assertThat(Utf8Sink.scalarAt(s, 3)).isEqualTo(Utf8Sink.REPLACEMENT); // a high surrogate before a letter
    assertThat(Utf8Sink.scalarAt(s, 4)).isEqualTo('b');
    assertThat(Utf8Sink.scalarAt(s, 5)).isEqualTo(Utf8Sink.REPLACEMENT);
    assertThat(Utf8Sink.scalarAt(s, 6)).isEqualTo(Utf8Sink.REPLACEMENT); // a high surrogate at the end
    assertThat(Utf8Sink.scalarAt("\uD800\uD800", 0)).isEqualTo(Utf8Sink.REPLACEMENT);
    assertThat(Utf8Sink.scalarAt("\uFFFF", 0)).isEqualTo(0xFFFF);
  }

  @Test
  void aGrowingSinkKeepsEverythingWrittenThroughEveryMethod() throws IOException {
    Utf8Sink s = new Utf8Sink(4);
    for (int i = 0; i < 50; i++) {
      s.ascii('<').ascii("ab").codePoint(0x1F600);
      s.decimal(i).raw(ascii("/>"));
    }
    s.drain();

    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      expected.append("<ab\uD83D\uDE00").append(i).append("/>");
    }
    assertThat(utf8(s)).isEqualTo(expected.toString());
  }

  /** A write that starts while this thread's buffer is lent out gets a buffer of its own. */
  @Test
  void aWriteInsideAWriteDoesNotShareTheBuffer() throws IOException {
    Chunks inner = new Chunks();
    Utf8Sink outer = Utf8Sink.borrow(null, 16);
    outer.ascii("outer-");
    Utf8Sink nested = Utf8Sink.borrow(inner, 16);
    nested.ascii("inner");
    nested.drain();
    nested.release();
    outer.ascii("end");
    Utf8Sink after = Utf8Sink.borrow(null, 16); // the nested buffer, given back
    after.ascii("zz");

    assertThat(utf8(outer)).isEqualTo("outer-end");
    assertThat(inner.calls).containsExactly("inner");
    assertThat(utf8(after)).isEqualTo("zz");
    outer.release();
    after.release();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
