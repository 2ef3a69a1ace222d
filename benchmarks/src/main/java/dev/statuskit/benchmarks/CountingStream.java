package dev.statuskit.benchmarks;

import java.io.OutputStream;

/**
 * A response's stream as the benchmarks need one: counts what it is given, keeps nothing, and stays
 * open when a writer closes it (as a servlet container's does).
 */
final class CountingStream extends OutputStream {
  /** The bytes written so far. */
  long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }
}
