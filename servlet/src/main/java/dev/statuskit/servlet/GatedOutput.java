package dev.statuskit.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The application's body output, passed through a gate: every write, flush and close of the stream
 * or writer reaches the response only as the gate lets it (after a conformance check, or unless
 * StatusKit has taken the response over). Readiness and the write listener are the response's own.
 */
final class GatedOutput {

  /** Runs an output action, or drops it. */
  @FunctionalInterface
  interface Gate {
    /**
     * Lets the action through, or not.
     *
     * @param action the write, flush or close
     * @throws IOException what the action throws
     */
    void pass(Action action) throws IOException;
  }

  /** One write, flush or close of the delegate. */
  @FunctionalInterface
  interface Action {
    /**
     * Performs it.
     *
     * @throws IOException what the delegate throws
     */
    void run() throws IOException;
  }

  private GatedOutput() {}

  /**
   * A stream whose writes, flush and close pass through the gate.
   *
   * @param delegate the response's stream
   * @param gate the gate
   * @return the gated stream
   */
  static ServletOutputStream stream(ServletOutputStream delegate, Gate gate) {
    return new ServletOutputStream() {
      @Override
      public boolean isReady() {
        return delegate.isReady();
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        delegate.setWriteListener(listener);
      }

      @Override
      public void write(int b) throws IOException {
        gate.pass(() -> delegate.write(b));
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        gate.pass(() -> delegate.write(b, off, len));
      }

      @Override
      public void flush() throws IOException {
        gate.pass(delegate::flush);
      }

      @Override
      public void close() throws IOException {
        gate.pass(delegate::close);
      }
    };
  }

  /**
   * A writer whose writes, flush and close pass through the gate.
   *
   * @param delegate the response's writer
   * @param gate the gate
   * @return the gated writer, not flushing on its own
   */
  static PrintWriter writer(PrintWriter delegate, Gate gate) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        gate.pass(() -> delegate.write(cbuf, off, len));
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        gate.pass(() -> delegate.write(str, off, len));
      }

      @Override
      public void flush() throws IOException {
        gate.pass(delegate::flush);
      }

      @Override
      public void close() throws IOException {
        gate.pass(delegate::close);
      }
    }, false);
  }
}
