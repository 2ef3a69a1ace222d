package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.Link;
import java.net.URI;
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
 * @since 0.1
 */
public final class UnavailableForLegalReasonsException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  private @Nullable Link blockedBy;

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
    Link link = Link.blockedBy(blocker);
    addHeader("Link", link.value());
    this.blockedBy = link;
    return this;
  }

  /**
   * The {@code blocked-by} link.
   *
   * @return the link, or empty
   */
  public Optional<Link> blockedBy() {
    return Optional.ofNullable(blockedBy);
  }
}
