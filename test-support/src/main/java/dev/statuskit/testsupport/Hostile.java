package dev.statuskit.testsupport;

import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.Problem;
import dev.statuskit.SeeOtherException;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.UnavailableForLegalReasonsException;
import dev.statuskit.header.Challenge;
import dev.statuskit.spi.ExtensionValueWriter;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What the hostile applications of the servlet and JAX-RS suites share: the secret and the text
 * that must never reach a body, the hooks that misbehave on the paths that ask for it (the suites'
 * service files name them), and the exceptions every runtime's hostile endpoint throws by name.
 */
public final class Hostile {

  private Hostile() {}

  /** A secret the applications know; no response may carry it. */
  public static final String SECRET = "secret-db-password-marker";

  /** In every exception message of the hostile applications; never in a body. */
  public static final String LEAK = "password " + SECRET + " rejected by SELECT pw FROM users"
      + " reading /home/app/conf/db.properties";

  /**
   * Text that breaks naive writers: quotes, backslashes, control characters, lone surrogates,
   * markup that closes a script or a CDATA section, XML-illegal characters.
   */
  public static final String HOSTILE = "q\"uote \\back\\slash \u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f"
      + " lone \ud800 and \udc00 pair \ud83d\ude00 </script><script>alert(1)</script> ]]> <![CDATA[x]]>"
      + " &amp; <!-- --> \ufffe\uffff end";

  /** Counted down when a streaming response ({@link #stream}) ends, normally or not. */
  public static final AtomicReference<CountDownLatch> STREAM_DONE = new AtomicReference<>(new CountDownLatch(1));

  /**
   * The body of the streaming endpoints, then {@link #STREAM_DONE} counted down however it ended.
   * {@code stream-fail}: the first half of a body, flushed so the response is committed, then a failure;
   * {@code slow}: about 170 MB in flushed chunks, long enough for the client to go away in the middle.
   *
   * @param what {@code stream-fail} or {@code slow}
   * @param out the response's stream
   * @throws IOException when the client went away
   */
  public static void stream(String what, OutputStream out) throws IOException {
    try {
      if (what.equals("stream-fail")) {
        out.write("first-half ".repeat(2000).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        throw new IllegalStateException(LEAK);
      }
      byte[] chunk = "slow-chunk ".repeat(800).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 20_000; i++) {
        out.write(chunk);
        out.flush();
      }
    } finally {
      STREAM_DONE.get().countDown();
    }
  }

  /**
   * The exception a hostile endpoint throws for a case every runtime shares: header injection
   * (refused while the exception is built, so this call itself throws), hostile bodies, cause
   * chains and the extensions the misbehaving hooks act on.
   *
   * @param what the case, the last segment of the request path
   * @return the exception to throw, or null when the case is the runtime's own
   */
  public static @Nullable RuntimeException thrown(String what) {
    return switch (what) {
      case "inject-header" -> new TooManyRequestsException("x").header("X-Note", "ok\r\nInjected: yes");
      case "inject-header-lf" -> new TooManyRequestsException("x").header("X-Note", "ok\nInjected: yes");
      case "inject-header-nul" -> new TooManyRequestsException("x").header("X-Note", "ok\u0000Injected: yes");
      case "inject-header-ctl" -> new TooManyRequestsException("x").header("X-Note", "ok\u001bInjected");
      case "inject-header-nonascii" -> new TooManyRequestsException("x").header("X-Note", "caf\u00e9");
      case "inject-header-name" -> new TooManyRequestsException("x").header("X-A\r\nInjected", "yes");
      case "inject-allow" -> new MethodNotAllowedException("GET\r\nInjected: yes");
      case "inject-challenge" -> new UnauthorizedException(Challenge.bearer("api\"\r\nInjected: yes"));
      case "inject-link" -> new UnavailableForLegalReasonsException()
          .header("Link", "<https://authority.example/>; rel=\"blocked-by\"; title=\"a\r\nInjected: yes\"");
      case "inject-retry-after" -> new TooManyRequestsException("x").header("Retry-After", "1\r\nInjected: yes");
      // Encoded: non-ASCII in a Location is percent-encoded.
      case "inject-location" -> new SeeOtherException(URI.create("/caf\u00e9?q=\u00fc"));
      case "body-hostile" -> new TooManyRequestsException(HOSTILE).extension("note", HOSTILE)
          .extension("list", List.of(HOSTILE, 1, true)).extension("map", Map.of("k", HOSTILE));
      case "body-huge" -> new TooManyRequestsException("x".repeat(1 << 20));
      case "body-deep" -> new TooManyRequestsException("deep").extension("deep", nested(40)).extension("fine", "yes");
      case "body-cyclic" -> {
        List<Object> self = new ArrayList<>();
        self.add(self);
        yield new TooManyRequestsException("cyclic").extension("cycle", self).extension("fine", "yes");
      }
      case "customizer-leak", "listener-throws", "filter-leak" -> new IllegalStateException(LEAK);
      case "value-writer-leak" -> new ServiceUnavailableException("Down.").extension("boom", new Exploding("b"))
          .extension("fine", "yes");
      case "customizer-throws", "bad-extension", "cyclic-extension" -> new TooManyRequestsException("Slow down.");
      case "value-writer-throws" -> new TooManyRequestsException("Slow down.").extension("boom", new Exploding("b"));
      case "cause-cycle" -> {
        IllegalStateException a = new IllegalStateException(LEAK);
        IllegalStateException b = new IllegalStateException(LEAK, a);
        a.initCause(b);
        yield a;
      }
      case "deep-chain" -> chain(new TooManyRequestsException("deep"), 10_000);
      case "typed-in-chain" -> chain(new TooManyRequestsException("Slow down."), 20);
      case "suppressed" -> {
        IllegalStateException e = new IllegalStateException(LEAK);
        IllegalStateException other = new IllegalStateException(LEAK);
        for (int i = 0; i < 1000; i++) {
          e.addSuppressed(new RuntimeException(LEAK));
        }
        e.addSuppressed(other);
        other.addSuppressed(e);
        yield e;
      }
      default -> null;
    };
  }

  /** A typed exception under {@code depth} untyped wrappers that carry the leak. */
  private static RuntimeException chain(RuntimeException typed, int depth) {
    RuntimeException e = typed;
    for (int i = 0; i < depth; i++) {
      e = new RuntimeException(LEAK, e);
    }
    return e;
  }

  /**
   * Lists nested {@code depth} deep.
   *
   * @param depth how deep
   * @return {@code [[...["bottom"]...]]}
   */
  public static Object nested(int depth) {
    Object v = "bottom";
    for (int i = 0; i < depth; i++) {
      v = List.of(v);
    }
    return v;
  }

  /**
   * A type no writer knows but {@link ExplodingWriter}, which fails on it.
   *
   * @param name any name
   */
  public record Exploding(String name) {}

  /** Fails on {@link Exploding} with the leak in its message. */
  public static final class ExplodingWriter implements ExtensionValueWriter {
    /** For the service loader. */
    public ExplodingWriter() {}

    @Override
    public boolean accepts(Class<?> type) {
      return type == Exploding.class;
    }

    @Override
    public Object toJsonValue(Object value) {
      throw new IllegalStateException("cannot convert: " + LEAK);
    }
  }

  /** Misbehaves on the paths that ask for it. */
  public static final class BadCustomizer implements ProblemCustomizer {
    /** For the service loader. */
    public BadCustomizer() {}

    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      String path = event.path();
      if (path.endsWith("/customizer-throws") || path.endsWith("/customizer-leak")) {
        throw new IllegalStateException("customizer: " + LEAK);
      }
      if (path.endsWith("/bad-extension")) {
        return problem.toBuilder().extension("opaque", new Object()).build();
      }
      if (path.endsWith("/cyclic-extension")) {
        Map<String, Object> self = new HashMap<>();
        self.put("self", self);
        return problem.toBuilder().extension("cyclic", self).build();
      }
      return problem;
    }
  }

  /** Throws on the paths that ask for it. */
  public static final class BadListener implements ProblemListener {
    /** For the service loader. */
    public BadListener() {}

    @Override
    public void onProblem(ProblemEvent event) {
      if (event.path().endsWith("/listener-throws")) {
        throw new IllegalStateException("listener: " + LEAK);
      }
    }
  }
}
