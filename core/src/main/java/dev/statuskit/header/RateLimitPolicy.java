package dev.statuskit.header;

import dev.statuskit.header.StructuredFields.Item;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One quota policy of a {@code RateLimit-Policy} field: a policy name with its quota {@code q}, the
 * quota unit {@code qu}, the window {@code w} and the partition key {@code pk}, as the IETF draft
 * "RateLimit header fields for HTTP" defines them.
 *
 * <p><b>Draft:</b> StatusKit follows {@value RateLimit#DRAFT}. The draft is not final and may still
 * rename parameters; StatusKit sends these fields only when an application builds them (the typed
 * exceptions' {@code rateLimitPolicies(..)}, the adapters' success helpers), never on its own.
 *
 * <p>Immutable. Validated when built: the name is an RFC 9651 String (printable ASCII), the quota a
 * non-negative Integer, the window a positive whole number of seconds.
 *
 * <pre>{@code
 * RateLimitPolicy.of("burst", 100).window(Duration.ofMinutes(1)).item();   // "burst";q=100;w=60
 * RateLimitPolicy.fieldValue(List.of(burst, daily));   // "burst";q=100;w=60, "daily";q=1000;w=86400
 * }</pre>
 *
 * @see <a href="https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-10#section-3">draft-ietf-httpapi-ratelimit-headers-10 §3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9651">RFC 9651</a>
 * @since 0.3.0
 */
public final class RateLimitPolicy extends FieldValue {

  /** The field name, {@code RateLimit-Policy}. */
  public static final String FIELD = "RateLimit-Policy";

  /** The unit of a quota ({@code qu}, the draft's "RateLimit quota unit" registry). */
  public enum QuotaUnit {
    /** The number of requests; the default, not sent. */
    REQUESTS("requests"),
    /** The number of content bytes. */
    CONTENT_BYTES("content-bytes"),
    /** The number of concurrent requests. */
    CONCURRENT_REQUESTS("concurrent-requests");

    private final String token;

    QuotaUnit(String token) {
      this.token = token;
    }

    /**
     * The registered name, as sent in {@code qu}.
     *
     * @return for example {@code "content-bytes"}
     */
    public String registeredName() {
      return token;
    }

    static QuotaUnit of(String name) {
      for (QuotaUnit u : values()) {
        if (u.token.equals(name)) {
          return u;
        }
      }
      throw new IllegalArgumentException("quota unit " + dev.statuskit.header.internal.FieldSyntax.show(name)
          + " is not registered (" + RateLimit.DRAFT + " §3.1.2: requests, content-bytes or concurrent-requests)");
    }
  }

  private final String name;
  private final long quota;
  private final QuotaUnit unit;
  private final @Nullable Long windowSeconds;
  private final byte @Nullable [] partitionKey;

  private RateLimitPolicy(String name, long quota, QuotaUnit unit, @Nullable Long windowSeconds,
      byte @Nullable [] partitionKey) {
    this.name = name;
    this.quota = quota;
    this.unit = unit;
    this.windowSeconds = windowSeconds;
    this.partitionKey = partitionKey;
  }

  /**
   * A policy with a name and a quota, counted in requests, without window or partition key.
   *
   * @param name the policy name: printable ASCII (an RFC 9651 String)
   * @param quota the quota {@code q}: zero or more, at most 15 digits
   * @return the policy
   * @throws IllegalArgumentException if the name or the quota is invalid
   */
  public static RateLimitPolicy of(String name, long quota) {
    return new RateLimitPolicy(requireName(name), requireQuota(quota, "quota (q)"), QuotaUnit.REQUESTS, null, null);
  }

  static String requireName(String name) {
    return StructuredFields.requireStringContent(Objects.requireNonNull(name, "name"), "policy name");
  }

  static long requireQuota(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " " + value + " is negative (" + RateLimit.DRAFT
          + ": a non-negative Integer)");
    }
    return StructuredFields.requireInteger(value, what);
  }

  /**
   * This policy with a quota unit.
   *
   * @param unit the unit of {@code q}
   * @return a new policy
   */
  public RateLimitPolicy unit(QuotaUnit unit) {
    return new RateLimitPolicy(name, quota, Objects.requireNonNull(unit, "unit"), windowSeconds, partitionKey);
  }

  /**
   * This policy with a time window {@code w}.
   *
   * @param window positive, in whole seconds
   * @return a new policy
   * @throws IllegalArgumentException if the window is zero, negative, not whole seconds or too long
   */
  public RateLimitPolicy window(Duration window) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero() || window.getNano() != 0) {
      throw new IllegalArgumentException("window (w) " + window + " is not a positive whole number of seconds ("
          + RateLimit.DRAFT + " §3.1.3: a non-negative, non-zero Integer of seconds; no sub-second precision)");
    }
    return new RateLimitPolicy(name, quota, unit, StructuredFields.requireInteger(window.getSeconds(), "window (w)"),
        partitionKey);
  }

  /**
   * This policy with a partition key {@code pk}, sent as a Byte Sequence.
   *
   * @param key the key's bytes; copied
   * @return a new policy
   */
  public RateLimitPolicy partitionKey(byte[] key) {
    return new RateLimitPolicy(name, quota, unit, windowSeconds, Objects.requireNonNull(key, "key").clone());
  }

  /**
   * The policy name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The quota {@code q}.
   *
   * @return zero or more, in {@link #unit()}
   */
  public long quota() {
    return quota;
  }

  /**
   * The quota unit {@code qu}.
   *
   * @return the unit; {@link QuotaUnit#REQUESTS} when none was given
   */
  public QuotaUnit unit() {
    return unit;
  }

  /**
   * The window {@code w}.
   *
   * @return the window, or empty
   */
  public Optional<Duration> window() {
    return windowSeconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(windowSeconds));
  }

  /**
   * The partition key {@code pk}.
   *
   * @return a copy of the key's bytes, or empty
   */
  public Optional<byte[]> partitionKey() {
    return RateLimit.copyOf(partitionKey);
  }

  Item toItem() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("q", quota);
    if (unit != QuotaUnit.REQUESTS) {
      params.put("qu", unit.token);
    }
    if (windowSeconds != null) {
      params.put("w", windowSeconds);
    }
    return RateLimit.withPartitionKey(name, params, partitionKey);
  }

  /**
   * This policy as one List member.
   *
   * @return for example {@code "burst";q=100;w=60}
   */
  public String item() {
    return StructuredFields.serializeItem(toItem());
  }

  /**
   * The value of a {@code RateLimit-Policy} field: a List of policies.
   *
   * @param policies one or more policies
   * @return the field value
   * @throws IllegalArgumentException if there is no policy (the field is a non-empty List)
   */
  public static String fieldValue(Collection<RateLimitPolicy> policies) {
    if (policies.isEmpty()) {
      throw new IllegalArgumentException(FIELD + " is a non-empty List (" + RateLimit.DRAFT + " §3): give a policy");
    }
    return RateLimit.serializeMembers(policies, "policy", RateLimitPolicy::toItem);
  }

  /**
   * Parses the {@code RateLimit-Policy} field lines of a response, as a client reads them; the lines
   * of one response form one List (RFC 9651 §3.1). Parameters the draft does not define are ignored.
   *
   * @param lines the field lines, in order
   * @return the policies, in order
   * @throws IllegalArgumentException if the field is malformed (a client then ignores it, as the
   *     draft says)
   */
  public static List<RateLimitPolicy> parse(List<String> lines) {
    List<Object> members = StructuredFields.parseList(lines);
    if (members.isEmpty()) {
      throw new IllegalArgumentException(FIELD + " " + dev.statuskit.header.internal.FieldSyntax.show(String.join(", ", lines))
          + " is empty (" + RateLimit.DRAFT + " §3: a non-empty List)");
    }
    List<RateLimitPolicy> policies = new ArrayList<>(members.size());
    for (Object m : members) {
      Item item = RateLimit.requireStringItem(m, FIELD);
      RateLimitPolicy p = of((String) item.value(), RateLimit.requiredInteger(item, "q", FIELD, "§3.1.1"));
      Object qu = item.params().get("qu");
      if (qu != null) {
        if (!(qu instanceof String unitName)) {
          throw new IllegalArgumentException(FIELD + " qu " + qu + " is not a String (" + RateLimit.DRAFT + " §3.1.2)");
        }
        p = p.unit(QuotaUnit.of(unitName));
      }
      Long seconds = RateLimit.optionalInteger(item, "w", FIELD, "§3.1.3");
      if (seconds != null) {
        p = p.window(Duration.ofSeconds(seconds));
      }
      byte[] key = RateLimit.optionalBytes(item, FIELD);
      policies.add(key == null ? p : p.partitionKey(key));
    }
    return List.copyOf(policies);
  }

  @Override
  Object wireForm() {
    return item();
  }
}
