package dev.statuskit.servlet;

import dev.statuskit.engine.ProblemEngine;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The async context downstream code sees; it only changes {@link #start(Runnable)}: what the
 * runnable throws is answered at once with its problem. Without it every container tested
 * (Tomcat, Jetty, Undertow) drops such an exception and the request waits for its time-out.
 */
final class ProblemAsyncContext implements AsyncContext {

  private final AsyncContext delegate;
  private final ProblemResponder responder;

  ProblemAsyncContext(AsyncContext delegate, ProblemResponder responder) {
    this.delegate = delegate;
    this.responder = responder;
  }

  AsyncContext delegate() {
    return delegate;
  }

  @Override
  public void start(Runnable run) {
    delegate.start(() -> {
      try {
        run.run();
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
          throw e;
        }
        if (!(delegate.getRequest() instanceof HttpServletRequest request)) {
          throw e;
        }
        ProblemEngine.Classification c = responder.classify(request, e);
        boolean leftToContainer = c.isUnhandled() && !responder.settings().mapUnhandled();
        try {
          ProblemAsyncListener.answer(delegate, c, responder);
        } catch (IOException | RuntimeException failed) {
          e.addSuppressed(failed);
          throw e;
        }
        if (leftToContainer) {
          throw e;
        }
      }
    });
  }

  @Override
  public ServletRequest getRequest() {
    return delegate.getRequest();
  }

  @Override
  public ServletResponse getResponse() {
    return delegate.getResponse();
  }

  @Override
  public boolean hasOriginalRequestAndResponse() {
    return delegate.hasOriginalRequestAndResponse();
  }

  @Override
  public void dispatch() {
    delegate.dispatch();
  }

  @Override
  public void dispatch(String path) {
    delegate.dispatch(path);
  }

  @Override
  public void dispatch(ServletContext context, String path) {
    delegate.dispatch(context, path);
  }

  @Override
  public void complete() {
    if (delegate.getResponse() instanceof ProblemResponse wrapped && !wrapped.completeByApplication()) {
      return; // StatusKit answers this request and completes it itself
    }
    delegate.complete();
  }

  @Override
  public void addListener(AsyncListener listener) {
    delegate.addListener(listener);
  }

  @Override
  public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
    delegate.addListener(listener, request, response);
  }

  @Override
  public <T extends AsyncListener> T createListener(Class<T> type) throws ServletException {
    return delegate.createListener(type);
  }

  @Override
  public void setTimeout(long timeout) {
    delegate.setTimeout(timeout);
  }

  @Override
  public long getTimeout() {
    return delegate.getTimeout();
  }
}
