package dev.statuskit.header;

import dev.statuskit.header.StructuredFields.Bytes;
import dev.statuskit.header.StructuredFields.Item;
import dev.statuskit.header.internal.FieldSyntax;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One service limit of a {@code RateLimit} field: the name of a quota policy with the remaining
 * quota {@code r}, the seconds until more quota is available {@code t}, and the partition key
 * {@code pk}, as the IETF draft "RateLimit header fields for HTTP" defines them.
 *
 * <p><b>Draft:</b> StatusKit follows {@value #DRAFT}. The draft is not final and may still rename
 * parameters; StatusKit sends these fields only when an application builds them (the typed
 * exceptions' {@code rateLimits(..)}, the adapters' success helpers), never on its own. The fields
 * may appear on success and error responses, never in a trailer section.
 *
 * <p>Immutable. Validated when built: the policy name is an RFC 9651 String (printable ASCII), the
 * remaining quota a non-negative Integer; a reset is sent in whole seconds, rounded up so that a
 * client never comes back early.
 *
 * <pre>{@code
 * RateLimit.of("default", 50).reset(Duration.ofSeconds(30)).item();   // "default";r=50;t=30
 * }</pre>
 *
 * @see <a href="https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-10#section-4">draft-ietf-httpapi-ratelimit-headers-10 §4</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9651">RFC 9651</a>
 * @since 0.3.0
 */
public final class RateLimit extends FieldValue {

  /** The version of the draft whose fields StatusKit writes and reads. */
  public static final String DRAFT = "draft-ietf-httpapi-ratelimit-headers-10";

  /** The field name, {@code RateLimit}. */
  public static final String FIELD = "RateLimit";

  private final String policy;
  private final long remaining;
  private final @Nullable Long resetSeconds;
  private final byte @Nullable [] partitionKey;

  private RateLimit(String policy, long remaining, @Nullable Long resetSeconds, byte @Nullable [] partitionKey) {
    this.policy = policy;
    this.remaining = remaining;
    this.resetSeconds = resetSeconds;
    this.partitionKey = partitionKey;
  }

  /**
   * The limit of a policy, without reset or partition key.
   *
   * @param policy the policy name: printable ASCII (an RFC 9651 String)
   * @param remaining the remaining quota {@code r}: zero or more, at most 15 digits
   * @return the limit
   * @throws IllegalArgumentException if the name or the remaining quota is invalid
   */
  public static RateLimit of(String policy, long remaining) {
    return new RateLimit(RateLimitPolicy.requireName(policy), RateLimitPolicy.requireQuota(remaining, "remaining (r)"),
        null, null);
  }

  /**
   * This limit with the time until more quota is available ({@code t}).
   *
   * @param reset zero or positive; fractions of a second round up
   * @return a new limit
   * @throws IllegalArgumentException if the reset is negative or too long
   */
  public RateLimit reset(Duration reset) {
    Objects.requireNonNull(reset, "reset");
    if (reset.isNegative()) {
      throw new IllegalArgumentException("reset (t) " + reset + " is negative (" + DRAFT
          + " §4.1.2: a non-negative Integer of seconds, like delay-seconds)");
    }
    long seconds = reset.getSeconds() + (reset.getNano() > 0 ? 1 : 0);
    return new RateLimit(policy, remaining, StructuredFields.requireInteger(seconds, "reset (t)"), partitionKey);
  }

  /**
   * This limit with a partition key {@code pk}, sent as a Byte Sequence.
   *
   * @param key the key's bytes; copied
   * @return a new limit
   */
  public RateLimit partitionKey(byte[] key) {
    return new RateLimit(policy, remaining, resetSeconds, Objects.requireNonNull(key, "key").clone());
  }

  /**
   * The name of the policy this limit belongs to.
   *
   * @return the name
   */
  public String policy() {
    return policy;
  }

  /**
   * The remaining quota {@code r}.
   *
   * @return zero or more quota units
   */
  public long remaining() {
    return remaining;
  }

  /**
   * Whether the quota is used up ({@code r=0}).
   *
   * @return {@code true} when nothing remains
   */
  public boolean exhausted() {
    return remaining == 0;
  }

  /**
   * The time until more quota is available ({@code t}).
   *
   * @return whole seconds, or empty
   */
  public Optional<Duration> reset() {
    return resetSeconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(resetSeconds));
  }

  /**
   * The partition key {@code pk}.
   *
   * @return a copy of the key's bytes, or empty
   */
  public Optional<byte[]> partitionKey() {
    return copyOf(partitionKey);
  }

  /** A copy of a partition key {@code pk}, as the getters of both fields hand it out. */
  static Optional<byte[]> copyOf(byte @Nullable [] partitionKey) {
    return partitionKey == null ? Optional.empty() : Optional.of(partitionKey.clone());
  }

  private Item toItem() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("r", remaining);
    if (resetSeconds != null) {
      params.put("t", resetSeconds);
    }
    return withPartitionKey(policy, params, partitionKey);
  }

  /**
   * The member of a field: its name with the parameters, and last the partition key {@code pk} as a
   * Byte Sequence when there is one; the one writer of {@code pk} for both fields.
   */
  static Item withPartitionKey(String name, Map<String, Object> params, byte @Nullable [] partitionKey) {
    if (partitionKey != null) {
      params.put("pk", new Bytes(partitionKey));
    }
    return new Item(name, params);
  }

  /**
   * This limit as one List member.
   *
   * @return for example {@code "default";r=50;t=30}
   */
  public String item() {
    return StructuredFields.serializeItem(toItem());
  }

  /**
   * The value of a {@code RateLimit} field: a List of limits.
   *
   * @param limits one or more limits
   * @return the field value
   * @throws IllegalArgumentException if there is no limit (an empty List is not sent)
   */
  public static String fieldValue(Collection<RateLimit> limits) {
    if (limits.isEmpty()) {
      throw new IllegalArgumentException(FIELD + " is a List whose empty value is not sent (RFC 9651 §4.1.1): give a limit");
    }
    return serializeMembers(limits, "limit", RateLimit::toItem);
  }

  /** Serializes the members of a List field, each turned into its Item; a null member is refused by name. */
  static <T> String serializeMembers(Collection<T> members, String what, Function<T, Item> toItem) {
    List<Item> items = new ArrayList<>(members.size());
    for (T m : members) {
      items.add(toItem.apply(Objects.requireNonNull(m, what)));
    }
    return StructuredFields.serializeList(items);
  }

  /**
   * Parses the {@code RateLimit} field lines of a response, as a client reads them; the lines of one
   * response form one List (RFC 9651 §3.1). Parameters the draft does not define are ignored.
   *
   * @param lines the field lines, in order
   * @return the limits, in order; empty when there is no line
   * @throws IllegalArgumentException if the field is malformed (a client then ignores it, as the
   *     draft says)
   */
  public static List<RateLimit> parse(List<String> lines) {
    List<Object> members = StructuredFields.parseList(lines);
    List<RateLimit> limits = new ArrayList<>(members.size());
    for (Object m : members) {
      Item item = requireStringItem(m, FIELD);
      RateLimit limit = of((String) item.value(), requiredInteger(item, "r", FIELD, "§4.1.1"));
      Long seconds = optionalInteger(item, "t", FIELD, "§4.1.2");
      if (seconds != null) {
        limit = limit.reset(Duration.ofSeconds(seconds));
      }
      byte[] key = optionalBytes(item, FIELD);
      limits.add(key == null ? limit : limit.partitionKey(key));
    }
    return List.copyOf(limits);
  }

  static Item requireStringItem(Object member, String field) {
    if (!(member instanceof Item item) || !(item.value() instanceof String)) {
      throw new IllegalArgumentException(field + " member " + FieldSyntax.show(StructuredFields.serializeList(List.of(member)))
          + " is not a String Item (" + DRAFT + ": each member is a String naming a policy)");
    }
    return item;
  }

  /** The Integer parameter a member of {@code field} must carry, or an exception naming the member and section. */
  static long requiredInteger(Item item, String key, String field, String section) {
    if (!(item.params().get(key) instanceof Long value)) {
      throw new IllegalArgumentException(field + " item " + StructuredFields.serializeList(List.of(item))
          + " has no Integer " + key + " (" + DRAFT + " " + section + ": " + key + " is REQUIRED)");
    }
    return value;
  }

  /** An optional Integer parameter of a member of {@code field}: null when absent, an exception when not an Integer. */
  static @Nullable Long optionalInteger(Item item, String key, String field, String section) {
    Object value = item.params().get(key);
    if (value != null && !(value instanceof Long)) {
      throw new IllegalArgumentException(field + " " + key + " " + value + " is not an Integer (" + DRAFT + " "
          + section + ")");
    }
    return (Long) value;
  }

  /** The optional partition key {@code pk} of a member of {@code field}: null when absent. */
  static byte @Nullable [] optionalBytes(Item item, String field) {
    Object pk = item.params().get("pk");
    if (pk == null) {
      return null;
    }
    if (!(pk instanceof Bytes bytes)) {
      throw new IllegalArgumentException(field + " pk " + pk + " is not a Byte Sequence (" + DRAFT + ")");
    }
    return bytes.value();
  }

  @Override
  Object wireForm() {
    return item();
  }
}
