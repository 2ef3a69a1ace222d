package dev.statuskit.test;

import dev.statuskit.conformance.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/** A JDK client that delegates every call and checks each response it gets. */
final class CheckingHttpClient extends HttpClient {

  private final HttpClient delegate;
  private final Severity failOn;
  private final Set<String> ignored;

  CheckingHttpClient(HttpClient delegate, Severity failOn, Set<String> ignored) {
    this.delegate = delegate;
    this.failOn = failOn;
    this.ignored = Set.copyOf(ignored);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    Tee tee = new Tee();
    HttpResponse<T> r = delegate.send(request, tee.wrap(handler));
    String report = check(r, tee);
    if (report != null) {
      throw new AssertionError(report);
    }
    return r;
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
    Tee tee = new Tee();
    return delegate.sendAsync(request, tee.wrap(handler)).thenApply(r -> checked(r, tee));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler,
      @Nullable PushPromiseHandler<T> push) {
    Tee tee = new Tee();
    return delegate.sendAsync(request, tee.wrap(handler), push).thenApply(r -> checked(r, tee));
  }

  private <T> HttpResponse<T> checked(HttpResponse<T> r, Tee tee) {
    String report = check(r, tee);
    if (report != null) {
      throw new AssertionError(report);
    }
    return r;
  }

  private @Nullable String check(HttpResponse<?> r, Tee tee) {
    CapturedResponse captured = CapturedResponse.of(r.request().method(), r.uri().toString(), r.statusCode(),
        r.headers().map(), tee.bytes());
    return Recorder.check(captured, failOn, ignored);
  }

  /** Copies the body bytes as the subscriber the test asked for receives them. */
  private static final class Tee {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean complete;

    <T> BodyHandler<T> wrap(BodyHandler<T> handler) {
      return info -> new TeeSubscriber<>(handler.apply(info), this);
    }

    synchronized void add(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        ByteBuffer d = b.duplicate();
        byte[] a = new byte[d.remaining()];
        d.get(a);
        bytes.write(a, 0, a.length);
      }
    }

    synchronized void complete() {
      complete = true;
    }

    /** The body, or null when the test's subscriber had not read it all when the call returned. */
    synchronized byte @Nullable [] bytes() {
      return complete ? bytes.toByteArray() : null;
    }
  }

  private static final class TeeSubscriber<T> implements BodySubscriber<T> {
    private final BodySubscriber<T> delegate;
    private final Tee tee;

    TeeSubscriber(BodySubscriber<T> delegate, Tee tee) {
      this.delegate = delegate;
      this.tee = tee;
    }

    @Override
    public CompletionStage<T> getBody() {
      return delegate.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      delegate.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      tee.add(item);
      delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
      tee.complete();
      delegate.onComplete();
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  @Override
  public WebSocket.Builder newWebSocketBuilder() {
    return delegate.newWebSocketBuilder();
  }

  /** Java 21's {@code HttpClient.close()}, delegated; on Java 17 a plain method. */
  public void close() {
    invoke("close");
  }

  /** Java 21's {@code HttpClient.shutdownNow()}, delegated; on Java 17 a plain method. */
  public void shutdownNow() {
    invoke("shutdownNow");
  }

  private void invoke(String method) {
    try {
      delegate.getClass().getMethod(method).invoke(delegate);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      // Before Java 21 a client has nothing to close.
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }
}
