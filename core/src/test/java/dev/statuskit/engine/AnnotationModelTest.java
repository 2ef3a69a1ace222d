package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpProblem;
import dev.statuskit.LogRecords;
import dev.statuskit.Problem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.spi.ProblemEvent;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * How the {@code @HttpProblem} metadata of a class is read. The engine reads it once per class; each
 * test loads its exception classes afresh, in a class loader of their own, so that the reading itself
 * is what is tested, every time.
 */
class AnnotationModelTest {

  @HttpProblem(status = 409, type = "https://api.example/problems/stock")
  public static class BaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension public final String sku = "A-1";
    public final String notAMember = "internal";

    public BaseException() {
      super("Out of stock.");
    }

    @ProblemExtension
    public int getLeft() {
      return 0;
    }

    public String getNotAMember() {
      return "internal";
    }
  }

  @HttpProblem(status = 409, title = "Reserved", type = "https://api.example/problems/stock")
  public static class ReservedException extends BaseException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension("holder") public final String owner = "ann";

    @ProblemExtension
    public boolean isRetryable() {
      return true;
    }

    @ProblemExtension
    public String get() {
      return "plain";
    }

    @ProblemExtension
    public String reason() {
      return "held";
    }

    @ProblemExtension("until")
    public String getExpiry() {
      return "tomorrow";
    }

    @ProblemExtension
    public String getBroken() {
      throw new IllegalStateException("boom");
    }
  }

  public static class PlainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlainException() {
      super("plain");
    }
  }

  @HttpProblem(status = 400)
  public static class StaticMemberException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension public static final String SHARED = "x";
  }

  /** Loads {@code type} again, in a class loader of its own, and makes an instance. */
  private static Throwable fresh(Class<? extends Throwable> type) throws Exception {
    String name = type.getName();
    byte[] bytes;
    try (InputStream in = type.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
      bytes = in.readAllBytes();
    }
    ClassLoader own = new ClassLoader(AnnotationModelTest.class.getClassLoader()) {
      private Class<?> loaded;

      @Override
      protected synchronized Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (n.equals(name)) {
          if (loaded == null) {
            loaded = defineClass(n, bytes, 0, bytes.length);
          }
          return loaded;
        }
        return super.loadClass(n, resolve);
      }
    };
    return (Throwable) own.loadClass(name).getConstructor().newInstance();
  }

  private static final ProblemEngine ENGINE = ProblemEngine.builder().serviceLoader(false).cdi(false).build();

  private static ProblemEvent handle(Throwable t) {
    return ENGINE.handle(t, ProblemEngine.Request.of("GET", "/"));
  }

  @Test
  void membersAreReadFromAnnotatedFieldsAndMethodsOfTheClassAndItsSuperclasses() throws Exception {
    List<ProblemEvent> r = new ArrayList<>();
    List<String> log = LogRecords.during(Level.WARNING, () -> r.add(handle(fresh(ReservedException.class))));
    ProblemEvent e = r.get(0);

    assertThat(e.origin()).isEqualTo(ProblemEvent.Origin.ANNOTATED);
    assertThat(e.problem().title()).hasValue("Reserved");
    assertThat(e.problem().type()).hasToString("https://api.example/problems/stock");
    assertThat(e.problem().detail()).hasValue("Out of stock.");
    assertThat(e.problem().extensions()).isEqualTo(Map.of("holder", "ann", "retryable", true, "get", "plain",
        "reason", "held", "until", "tomorrow", "sku", "A-1", "left", 0));
    assertThat(log).containsExactly("WARNING StatusKit left out extension member broken of " + ReservedException.class.getName()
        + ": its accessor failed");
  }

  @Test
  void aClassWithoutTitleOfAProblemTypeHasNone() throws Exception {
    ProblemEvent e = handle(fresh(BaseException.class));

    assertThat(e.problem()).isEqualTo(Problem.builder().type("https://api.example/problems/stock").status(409)
        .detail("Out of stock.").extension("sku", "A-1").extension("left", 0).build());
    assertThat(e.problem().title()).isEmpty(); // only about:blank takes the reason phrase
  }

  @Test
  void anUnannotatedClassIsNotAnsweredByAnnotation() throws Exception {
    assertThat(handle(fresh(PlainException.class)).origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
  }

  @Test
  void aMisannotatedClassIsReportedOnceAndAnsweredAsUnhandled() throws Exception {
    List<ProblemEvent> r = new ArrayList<>();
    List<String> log = LogRecords.during(Level.WARNING, () -> r.add(handle(fresh(StaticMemberException.class))));

    assertThat(r.get(0).origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
    assertThat(r.get(0).problem().extensions()).isEmpty();
    assertThat(log).hasSize(2); // the report of the class, then the log record of the 500
    assertThat(log.get(0)).startsWith("SEVERE StatusKit ignores @HttpProblem on " + StaticMemberException.class.getName()
        + " and answers it as unhandled: ").contains("static");
  }
}
