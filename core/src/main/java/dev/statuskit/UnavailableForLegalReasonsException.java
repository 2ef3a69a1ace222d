package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.Link;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers 451 Unavailable For Legal Reasons: the resource is blocked because of a legal demand; the
 * response carries {@code Link: <...>; rel="blocked-by"} when the blocking entity is given.
 *
 * <p>The link identifies the entity that implements the block, not whoever demanded it; the body
 * should explain the demand (RFC 7725 §3, §4). The response is cacheable by default.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7725#section-3">RFC 7725 §3</a>
 * @since 0.1.0
 */
public final class UnavailableForLegalReasonsException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  private @Nullable URI blockedBy;

  /** An exception without a blocking-entity link. */
  public UnavailableForLegalReasonsException() {
    super(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS, HeaderFields.empty());
  }

  /**
   * An exception that names the blocking entity.
   *
   * @param blocker the URI identifying the entity that implements the block
   */
  public UnavailableForLegalReasonsException(URI blocker) {
    this();
    blockedBy(blocker);
  }

  /**
   * Sets the {@code Link} to the blocking entity.
   *
   * @param blocker the URI identifying it
   * @return this exception
   */
  public UnavailableForLegalReasonsException blockedBy(URI blocker) {
    addHeader("Link", Link.blockedBy(blocker).value());
    this.blockedBy = blocker;
    return this;
  }

  /**
   * The blocking entity, as given to {@link #blockedBy(URI)} and sent in the {@code blocked-by} link.
   *
   * @return the URI identifying it, or empty when none was given
   */
  public Optional<URI> getBlockedBy() {
    return Optional.ofNullable(blockedBy);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public UnavailableForLegalReasonsException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public UnavailableForLegalReasonsException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public UnavailableForLegalReasonsException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public UnavailableForLegalReasonsException type(URI type) { super.type(type); return this; }
  @Override
  public UnavailableForLegalReasonsException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public UnavailableForLegalReasonsException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public UnavailableForLegalReasonsException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public UnavailableForLegalReasonsException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public UnavailableForLegalReasonsException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public UnavailableForLegalReasonsException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public UnavailableForLegalReasonsException cause(Throwable cause) { super.cause(cause); return this; }
}
