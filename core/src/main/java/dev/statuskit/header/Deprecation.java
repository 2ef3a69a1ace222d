package dev.statuskit.header;

import dev.statuskit.header.StructuredFields.Date;
import dev.statuskit.header.StructuredFields.Item;
import dev.statuskit.header.internal.HttpDate;
import dev.statuskit.header.internal.Link;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * That a resource is (or will be) deprecated, and when it goes away: the {@code Deprecation} field
 * (RFC 9745, an RFC 9651 Date), the {@code Sunset} field (RFC 8594, an HTTP-date) and {@code Link}s
 * to the documents that explain them ({@code rel="deprecation"}, {@code rel="sunset"}).
 *
 * <p>Immutable. Validated when built: times are whole seconds (truncated), the sunset is not
 * earlier than the deprecation (RFC 9745 §4), and links are written in their ASCII form. Send the
 * fields on the resource's success responses, and on the 410 or 308 that follow the sunset
 * ({@code GoneException.deprecation(..)}, {@code PermanentRedirectException.deprecation(..)}):
 *
 * <pre>{@code
 * Deprecation d = Deprecation.at(Instant.parse("2026-06-30T23:59:59Z"))
 *     .sunset(Instant.parse("2026-12-31T23:59:59Z"))
 *     .notice(URI.create("https://api.example/deprecations/v1"));
 * d.headerFields().forEach(responseContext.getHeaders()::add);   // a JAX-RS response filter
 * // Deprecation: @1782863999
 * // Sunset: Thu, 31 Dec 2026 23:59:59 GMT
 * // Link: <https://api.example/deprecations/v1>; rel="deprecation"; type="text/html"
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9745">RFC 9745</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8594">RFC 8594</a>
 * @since 0.3.0
 */
public final class Deprecation extends FieldValue {

  /** The field name, {@code Deprecation}. */
  public static final String FIELD = "Deprecation";

  /** The field name, {@code Sunset}. */
  public static final String SUNSET_FIELD = "Sunset";

  private final Instant date;
  private final @Nullable Instant sunset;
  private final @Nullable Link notice;
  private final @Nullable Link sunsetNotice;

  private Deprecation(Instant date, @Nullable Instant sunset, @Nullable Link notice, @Nullable Link sunsetNotice) {
    this.date = date;
    this.sunset = sunset;
    this.notice = notice;
    this.sunsetNotice = sunsetNotice;
  }

  /**
   * A deprecation that takes effect at a point in time (in the past: deprecated; in the future:
   * will be).
   *
   * @param date when the resource is or was deprecated; truncated to seconds
   * @return the value
   * @throws IllegalArgumentException if the date is outside what an RFC 9651 Date can carry
   */
  public static Deprecation at(Instant date) {
    Instant d = Objects.requireNonNull(date, "date").truncatedTo(ChronoUnit.SECONDS);
    StructuredFields.requireInteger(d.getEpochSecond(), "Deprecation date");
    return new Deprecation(d, null, null, null);
  }

  /**
   * This deprecation with the time the resource is expected to stop responding.
   *
   * @param at the sunset; truncated to seconds
   * @return a new value
   * @throws IllegalArgumentException if the sunset is earlier than the deprecation, or has no
   *     four-digit year
   */
  public Deprecation sunset(Instant at) {
    Instant s = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.SECONDS);
    if (s.isBefore(date)) {
      throw new IllegalArgumentException("Sunset " + s + " is earlier than the Deprecation " + date
          + " (RFC 9745 §4: the Sunset date should not be earlier than the Deprecation date)");
    }
    HttpDate.format(s); // checks the year
    return new Deprecation(date, s, notice, sunsetNotice);
  }

  /**
   * This deprecation with a link to a document that explains it ({@code rel="deprecation"},
   * {@code type="text/html"}).
   *
   * @param document the document's URI
   * @return a new value
   */
  public Deprecation notice(URI document) {
    return new Deprecation(date, sunset, Link.of(Objects.requireNonNull(document, "document"), "deprecation")
        .param("type", "text/html"), sunsetNotice);
  }

  /**
   * This deprecation with a link to a document about the sunset ({@code rel="sunset"}, RFC 8594 §6).
   *
   * @param document the document's URI
   * @return a new value
   */
  public Deprecation sunsetNotice(URI document) {
    return new Deprecation(date, sunset, notice, Link.of(Objects.requireNonNull(document, "document"), "sunset"));
  }

  /**
   * When the resource is or was deprecated.
   *
   * @return the instant, whole seconds
   */
  public Instant date() {
    return date;
  }

  /**
   * When the resource is expected to stop responding.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> sunset() {
    return Optional.ofNullable(sunset);
  }

  /**
   * The {@code Deprecation} field value.
   *
   * @return an RFC 9651 Date, for example {@code @1782863999}
   */
  public String value() {
    return StructuredFields.serializeItem(new Item(new Date(date.getEpochSecond())));
  }

  /**
   * Every field this value puts on a response: {@code Deprecation}, then {@code Sunset} and the
   * {@code Link}s when given.
   *
   * @return the header fields
   */
  public HeaderFields headerFields() {
    HeaderFields.Builder b = HeaderFields.builder().add(FIELD, value());
    if (sunset != null) {
      b.add(SUNSET_FIELD, HttpDate.format(sunset));
    }
    if (notice != null) {
      b.add("Link", notice.value());
    }
    if (sunsetNotice != null) {
      b.add("Link", sunsetNotice.value());
    }
    return b.build();
  }

  /**
   * Parses a {@code Deprecation} field value, as a client reads it.
   *
   * @param value an RFC 9651 Date, such as {@code @1688169599}
   * @return the value (without sunset or links, which are other fields)
   * @throws IllegalArgumentException if it is not a Date
   */
  public static Deprecation parse(String value) {
    Item item = StructuredFields.parseItem(Objects.requireNonNull(value, "value"));
    if (!(item.value() instanceof Date d)) {
      throw new IllegalArgumentException("Deprecation " + dev.statuskit.header.internal.FieldSyntax.show(value)
          + " is not an RFC 9651 Date (RFC 9745 §2.1: Deprecation = sf-date)");
    }
    return at(Instant.ofEpochSecond(d.seconds()));
  }

  @Override
  Object wireForm() {
    return headerFields();
  }
}
