package dev.statuskit.servlet.it.tomcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.servlet.RateLimitHeaders;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.servlet.it.Http;
import dev.statuskit.servlet.it.LocalTomcat;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rate limiter's fields on a 200 and on StatusKit's 429, in embedded Tomcat. */
class RateLimitHeadersIT {

  private static final RateLimitPolicy POLICY = RateLimitPolicy.of("search", 2).window(Duration.ofMinutes(1));
  private static LocalTomcat server;
  private static URI uri;

  /** Two requests a minute; the third is refused with the draft's quota-exceeded problem. */
  public static final class Limiter implements Filter {
    private final AtomicInteger used = new AtomicInteger();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws java.io.IOException,
        jakarta.servlet.ServletException {
      int n = used.incrementAndGet();
      if (n > 2) {
        throw TooManyRequestsException.quotaExceeded("search").retryAfter(Duration.ofSeconds(60))
            .rateLimitPolicies(POLICY).rateLimits(RateLimit.of("search", 0).reset(Duration.ofSeconds(60)));
      }
      RateLimitHeaders.set((HttpServletResponse) res, List.of(POLICY),
          List.of(RateLimit.of("search", 2 - n).reset(Duration.ofSeconds(60))));
      chain.doFilter(req, res);
    }
  }

  /** Answers 200 with a small JSON body. */
  public static final class Search extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
      resp.setContentType("application/json;charset=UTF-8");
      resp.getWriter().write("[]");
    }
  }

  @BeforeAll
  static void start() throws Exception {
    server = new LocalTomcat("statuskit-ratelimit");
    Context context = server.context;
    context.addServletContainerInitializer((classes, sc) -> {
      StatusKitServlet.register(sc);
      sc.addFilter("limiter", Limiter.class).addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/search");
      sc.addServlet("search", Search.class).addMapping("/search");
    }, Set.of());
    server.addStatusKitErrorPage();
    server.tomcat.start();
    uri = server.root().resolve("/search");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @Test
  void successAndRefusalCarryTheSameFields() throws Exception {
    Http.Reply first = Http.get(uri);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.contentType()).isEqualTo("application/json;charset=utf-8");
    assertThat(first.headers().get("ratelimit-policy")).containsExactly("\"search\";q=2;w=60");
    assertThat(first.headers().get("ratelimit")).containsExactly("\"search\";r=1;t=60");
    assertThat(first.body()).isEqualTo("[]");

    Http.Reply second = Http.get(uri);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.headers().get("ratelimit")).containsExactly("\"search\";r=0;t=60");

    Http.Reply refused = Http.get(uri);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.headers().get("retry-after")).containsExactly("60");
    assertThat(refused.headers().get("ratelimit-policy")).containsExactly("\"search\";q=2;w=60");
    assertThat(refused.headers().get("ratelimit")).containsExactly("\"search\";r=0;t=60");
    refused.problem().hasExactlyMembers("status", "title", "type", "violated-policies");
    assertThat(refused.json().get("type").asText()).isEqualTo("https://iana.org/assignments/http-problem-types#quota-exceeded");
    assertThat(refused.json().get("violated-policies").toString()).isEqualTo("[\"search\"]");
  }

  @Test
  void emptyCollectionsLeaveTheFieldsAlone() {
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.fieldValue(List.of()));
    // Nothing to set: no call reaches the response.
    RateLimitHeaders.set(new NoResponse(), List.of(), List.of());
  }

  /** A response that fails on any use. */
  private static final class NoResponse extends jakarta.servlet.http.HttpServletResponseWrapper {
    NoResponse() {
      super((HttpServletResponse) java.lang.reflect.Proxy.newProxyInstance(RateLimitHeadersIT.class.getClassLoader(),
          new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
            throw new AssertionError("called " + m.getName());
          }));
    }
  }
}
