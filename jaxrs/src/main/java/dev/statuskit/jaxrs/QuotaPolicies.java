package dev.statuskit.jaxrs;

import dev.statuskit.header.RateLimitPolicy;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a response filter to each resource method with {@link QuotaPolicy} (on the method, else
 * on its class): the field value is built once, when the application starts, so that an invalid
 * declaration fails the start rather than a request.
 */
final class QuotaPolicies implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method m = resourceInfo.getResourceMethod();
    Class<?> c = resourceInfo.getResourceClass();
    if (m == null || c == null) {
      return;
    }
    QuotaPolicy[] declared = m.getAnnotationsByType(QuotaPolicy.class);
    AnnotatedElement on = m;
    if (declared.length == 0) {
      declared = c.getAnnotationsByType(QuotaPolicy.class);
      on = c;
    }
    if (declared.length == 0) {
      return;
    }
    context.register(new Filter(fieldValue(declared, on)));
  }

  static String fieldValue(QuotaPolicy[] declared, AnnotatedElement on) {
    List<RateLimitPolicy> policies = new ArrayList<>(declared.length);
    for (QuotaPolicy q : declared) {
      try {
        RateLimitPolicy p = RateLimitPolicy.of(q.name(), q.quota()).unit(q.unit());
        if (q.window() != 0) {
          p = p.window(Duration.ofSeconds(q.window()));
        }
        policies.add(p);
      } catch (IllegalArgumentException invalid) {
        throw new IllegalArgumentException("@QuotaPolicy on " + on + ": " + invalid.getMessage(), invalid);
      }
    }
    return RateLimitPolicy.fieldValue(policies);
  }

  /** Adds the endpoint's policies to a response that has none. */
  static final class Filter implements ContainerResponseFilter {
    private final String value;

    Filter(String value) {
      this.value = value;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!response.getHeaders().containsKey(RateLimitPolicy.FIELD)) {
        response.getHeaders().putSingle(RateLimitPolicy.FIELD, value);
      }
    }
  }
}
