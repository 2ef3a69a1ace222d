package dev.statuskit.benchmarks;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;

/**
 * A bounded soak of the error path, in process: a million (or the first argument) 429 responses
 * built, resolved, negotiated and written to a stream, printing the heap used after a full GC
 * every 100,000. The {@code Accept} values cycle through 1,000 distinct strings, so the bounded
 * negotiation cache is filled and cleared many times. Not a test: it asserts nothing; it prints
 * the series and the growth from the first to the last sample.
 */
public final class Soak {

  private Soak() {}

  /**
   * Runs the soak.
   *
   * @param args the number of responses (default 1,000,000)
   * @throws Exception if writing fails
   */
  public static void main(String[] args) throws Exception {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long every = 100_000L;
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    CountingStream out = new CountingStream();
    long first = -1;
    long warm = -1; // the sample at 100,000: classes loaded, caches filled, buffers lent
    long last = -1;
    long start = System.nanoTime();
    System.out.printf("%12s %14s%n", "responses", "heap after GC");
    for (long i = 0; i <= total; i++) {
      if (i % every == 0) {
        System.gc();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        if (first < 0) {
          first = used;
        }
        if (i == every) {
          warm = used;
        }
        last = used;
        System.out.printf("%12d %11d KB%n", i, used / 1024);
        if (i == total) {
          break;
        }
      }
      ProblemEvent e = engine.handle(ErrorPathBenchmark.statusKitException(), ProblemEngine.Request.of("GET",
          "/orders/" + (i % 10_000), Map.of("Accept", "application/problem+json, application/json;q=0.9, */*;q=0." + (i % 1000))));
      out.write(e.body());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d responses, %d bytes written, %.1f s; heap after GC: first %d KB, at %d %d KB, last %d KB;"
        + " growth from %d to the end %+d KB%n", total, out.count, seconds, first / 1024, every, warm / 1024,
        last / 1024, every, (last - warm) / 1024);
  }

  /** Counts what it is given and keeps nothing. */
  private static final class CountingStream extends OutputStream {
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
}
