package dev.statuskit;

import static dev.statuskit.HttpStatus.HeaderRule.Requirement.MAY;
import static dev.statuskit.HttpStatus.HeaderRule.Requirement.MUST;
import static dev.statuskit.HttpStatus.HeaderRule.Requirement.MUST_NOT;
import static dev.statuskit.HttpStatus.HeaderRule.Requirement.SHOULD;
import static dev.statuskit.HttpStatus.HeaderRule.Requirement.SHOULD_NOT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP status code with what the RFCs say about it: the RFC 9110 reason phrase, its class, the
 * defining section, whether a response may carry content, whether it is heuristically cacheable,
 * and the header fields that are MUST / SHOULD / MAY / SHOULD NOT / MUST NOT on it.
 *
 * <p>Every code of the IANA HTTP Status Code Registry (RFC 9110 §16.2.1) from 100 to 511 that an
 * RFC defines is a constant here. Codes outside the registry but inside 100-599 (for example 599) are still
 * representable through {@link #valueOf(int)}; they have an empty reason phrase, no rules and the
 * properties of their class. Instances are immutable and registered ones are singletons, so
 * {@code ==} and {@link #equals(Object)} agree for them.
 *
 * <pre>{@code
 * HttpStatus s = HttpStatus.valueOf(429);
 * s.reasonPhrase();            // "Too Many Requests"
 * s.series();                  // CLIENT_ERROR
 * s.headerRules();             // [Retry-After MAY (RFC 6585 §4)]
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @since 0.1.0
 */
public final class HttpStatus implements Comparable<HttpStatus> {

  /** The class of a status code: its first digit. */
  public enum Series {
    /** 1xx: the request was received, continuing process. */
    INFORMATIONAL,
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL,
    /** 3xx: further action is needed to complete the request. */
    REDIRECTION,
    /** 4xx: the request contains bad syntax or cannot be fulfilled. */
    CLIENT_ERROR,
    /** 5xx: the server failed to fulfil an apparently valid request. */
    SERVER_ERROR;

    /** values() clones its array on every call; the series of every exception built reads this one. */
    private static final Series[] VALUES = values();

    /**
     * The series of a code.
     *
     * @param code a code in 100-599
     * @return its series
     * @throws IllegalArgumentException if the code is outside 100-599
     */
    public static Series of(int code) {
      checkRange(code);
      return VALUES[code / 100 - 1];
    }
  }

  private static final HttpStatus[] REGISTERED = new HttpStatus[600];
  private static final List<HttpStatus> ALL = new ArrayList<>();

  // 1xx
  /** 100 Continue (RFC 9110 §15.2.1). */
  public static final HttpStatus CONTINUE = reg(100, "Continue", "RFC 9110 §15.2.1", false, false);
  /** 101 Switching Protocols (RFC 9110 §15.2.2). */
  public static final HttpStatus SWITCHING_PROTOCOLS = reg(101, "Switching Protocols", "RFC 9110 §15.2.2", false, false,
      rule("Upgrade", MUST, null, "RFC 9110 §15.2.2"), rule("Connection", MUST, null, "RFC 9110 §7.8"));
  /** 102 Processing (RFC 2518 §10.1); legacy. */
  public static final HttpStatus PROCESSING = reg(102, "Processing", "RFC 2518 §10.1", false, false);
  /** 103 Early Hints (RFC 8297 §2). */
  public static final HttpStatus EARLY_HINTS = reg(103, "Early Hints", "RFC 8297 §2", false, false,
      rule("Link", MAY, null, "RFC 8297 §2"));

  // 2xx
  /** 200 OK (RFC 9110 §15.3.1). */
  public static final HttpStatus OK = reg(200, "OK", "RFC 9110 §15.3.1", true, true,
      rule("ETag", SHOULD, "for GET and HEAD, when the resource has one", "RFC 9110 §15.3.1"),
      rule("Last-Modified", SHOULD, "for GET and HEAD, when the resource has one", "RFC 9110 §15.3.1"));
  /** 201 Created (RFC 9110 §15.3.2). */
  public static final HttpStatus CREATED = reg(201, "Created", "RFC 9110 §15.3.2", true, false,
      rule("Location", SHOULD, "when a POST created the resource", "RFC 9110 §9.3.3"));
  /** 202 Accepted (RFC 9110 §15.3.3). */
  public static final HttpStatus ACCEPTED = reg(202, "Accepted", "RFC 9110 §15.3.3", true, false);
  /** 203 Non-Authoritative Information (RFC 9110 §15.3.4). */
  public static final HttpStatus NON_AUTHORITATIVE_INFORMATION =
      reg(203, "Non-Authoritative Information", "RFC 9110 §15.3.4", true, true);
  /** 204 No Content (RFC 9110 §15.3.5). */
  public static final HttpStatus NO_CONTENT = reg(204, "No Content", "RFC 9110 §15.3.5", false, true,
      rule("Content-Length", MUST_NOT, null, "RFC 9110 §8.6"),
      rule("Transfer-Encoding", MUST_NOT, null, "RFC 9112 §6.1"));
  /** 205 Reset Content (RFC 9110 §15.3.6). */
  public static final HttpStatus RESET_CONTENT = reg(205, "Reset Content", "RFC 9110 §15.3.6", false, false);
  /** 206 Partial Content (RFC 9110 §15.3.7). */
  public static final HttpStatus PARTIAL_CONTENT = reg(206, "Partial Content", "RFC 9110 §15.3.7", true, true,
      rule("Content-Range", MUST, "for a single-part response", "RFC 9110 §15.3.7.1"),
      rule("Content-Range", MUST_NOT, "in the header section of a multipart response", "RFC 9110 §15.3.7.2"));
  /** 207 Multi-Status (RFC 4918 §11.1). */
  public static final HttpStatus MULTI_STATUS = reg(207, "Multi-Status", "RFC 4918 §11.1", true, false);
  /** 208 Already Reported (RFC 5842 §7.1). */
  public static final HttpStatus ALREADY_REPORTED = reg(208, "Already Reported", "RFC 5842 §7.1", true, false);
  /** 226 IM Used (RFC 3229 §10.4.1). */
  public static final HttpStatus IM_USED = reg(226, "IM Used", "RFC 3229 §10.4.1", true, false,
      rule("ETag", MUST, null, "RFC 3229 §10.4.1"), rule("IM", MAY, null, "RFC 3229 §10.5.2"));

  // 3xx
  /** 300 Multiple Choices (RFC 9110 §15.4.1). */
  public static final HttpStatus MULTIPLE_CHOICES = reg(300, "Multiple Choices", "RFC 9110 §15.4.1", true, true,
      rule("Location", SHOULD, "when the server has a preferred choice", "RFC 9110 §15.4.1"),
      rule("Retry-After", MAY, null, "RFC 9110 §10.2.3"));
  /** 301 Moved Permanently (RFC 9110 §15.4.2). */
  public static final HttpStatus MOVED_PERMANENTLY = reg(301, "Moved Permanently", "RFC 9110 §15.4.2", true, true,
      rule("Location", SHOULD, null, "RFC 9110 §15.4.2"), rule("Retry-After", MAY, null, "RFC 9110 §10.2.3"));
  /** 302 Found (RFC 9110 §15.4.3). */
  public static final HttpStatus FOUND = reg(302, "Found", "RFC 9110 §15.4.3", true, false,
      rule("Location", SHOULD, null, "RFC 9110 §15.4.3"), rule("Retry-After", MAY, null, "RFC 9110 §10.2.3"));
  /** 303 See Other (RFC 9110 §15.4.4). */
  public static final HttpStatus SEE_OTHER = reg(303, "See Other", "RFC 9110 §15.4.4", true, false,
      rule("Location", MUST, null, "RFC 9110 §15.4.4"), rule("Retry-After", MAY, null, "RFC 9110 §10.2.3"));
  /** 304 Not Modified (RFC 9110 §15.4.5). */
  public static final HttpStatus NOT_MODIFIED = reg(304, "Not Modified", "RFC 9110 §15.4.5", false, false,
      rule("ETag", MUST, "when a 200 to the same request would carry it", "RFC 9110 §15.4.5"),
      rule("Cache-Control", MUST, "when a 200 to the same request would carry it", "RFC 9110 §15.4.5"),
      rule("Vary", MUST, "when a 200 to the same request would carry it", "RFC 9110 §15.4.5"),
      rule("Last-Modified", MAY, "when there is no ETag", "RFC 9110 §15.4.5"));
  /** 305 Use Proxy (RFC 9110 §15.4.6); deprecated, never generated. */
  public static final HttpStatus USE_PROXY = reg(305, "Use Proxy", "RFC 9110 §15.4.6", true, false);
  /** 306 (Unused) (RFC 9110 §15.4.7); reserved. */
  public static final HttpStatus UNUSED = reg(306, "(Unused)", "RFC 9110 §15.4.7", true, false);
  /** 307 Temporary Redirect (RFC 9110 §15.4.8). */
  public static final HttpStatus TEMPORARY_REDIRECT = reg(307, "Temporary Redirect", "RFC 9110 §15.4.8", true, false,
      rule("Location", SHOULD, null, "RFC 9110 §15.4.8"), rule("Retry-After", MAY, null, "RFC 9110 §10.2.3"));
  /** 308 Permanent Redirect (RFC 9110 §15.4.9). */
  public static final HttpStatus PERMANENT_REDIRECT = reg(308, "Permanent Redirect", "RFC 9110 §15.4.9", true, true,
      rule("Location", SHOULD, null, "RFC 9110 §15.4.9"), rule("Retry-After", MAY, null, "RFC 9110 §10.2.3"));

  // 4xx
  /** 400 Bad Request (RFC 9110 §15.5.1). */
  public static final HttpStatus BAD_REQUEST = reg(400, "Bad Request", "RFC 9110 §15.5.1", true, false);
  /** 401 Unauthorized (RFC 9110 §15.5.2). */
  public static final HttpStatus UNAUTHORIZED = reg(401, "Unauthorized", "RFC 9110 §15.5.2", true, false,
      rule("WWW-Authenticate", MUST, null, "RFC 9110 §15.5.2"));
  /** 402 Payment Required (RFC 9110 §15.5.3); reserved. */
  public static final HttpStatus PAYMENT_REQUIRED = reg(402, "Payment Required", "RFC 9110 §15.5.3", true, false);
  /** 403 Forbidden (RFC 9110 §15.5.4). */
  public static final HttpStatus FORBIDDEN = reg(403, "Forbidden", "RFC 9110 §15.5.4", true, false);
  /** 404 Not Found (RFC 9110 §15.5.5). */
  public static final HttpStatus NOT_FOUND = reg(404, "Not Found", "RFC 9110 §15.5.5", true, true);
  /** 405 Method Not Allowed (RFC 9110 §15.5.6). */
  public static final HttpStatus METHOD_NOT_ALLOWED = reg(405, "Method Not Allowed", "RFC 9110 §15.5.6", true, true,
      rule("Allow", MUST, null, "RFC 9110 §15.5.6"));
  /** 406 Not Acceptable (RFC 9110 §15.5.7). */
  public static final HttpStatus NOT_ACCEPTABLE = reg(406, "Not Acceptable", "RFC 9110 §15.5.7", true, false);
  /** 407 Proxy Authentication Required (RFC 9110 §15.5.8). */
  public static final HttpStatus PROXY_AUTHENTICATION_REQUIRED =
      reg(407, "Proxy Authentication Required", "RFC 9110 §15.5.8", true, false,
          rule("Proxy-Authenticate", MUST, null, "RFC 9110 §15.5.8"));
  /** 408 Request Timeout (RFC 9110 §15.5.9). */
  public static final HttpStatus REQUEST_TIMEOUT = reg(408, "Request Timeout", "RFC 9110 §15.5.9", true, false,
      rule("Connection", SHOULD, "over HTTP/1.1 when the server intends to close", "RFC 9112 §9.6"));
  /** 409 Conflict (RFC 9110 §15.5.10). */
  public static final HttpStatus CONFLICT = reg(409, "Conflict", "RFC 9110 §15.5.10", true, false);
  /** 410 Gone (RFC 9110 §15.5.11). */
  public static final HttpStatus GONE = reg(410, "Gone", "RFC 9110 §15.5.11", true, true);
  /** 411 Length Required (RFC 9110 §15.5.12). */
  public static final HttpStatus LENGTH_REQUIRED = reg(411, "Length Required", "RFC 9110 §15.5.12", true, false);
  /** 412 Precondition Failed (RFC 9110 §15.5.13). */
  public static final HttpStatus PRECONDITION_FAILED =
      reg(412, "Precondition Failed", "RFC 9110 §15.5.13", true, false);
  /** 413 Content Too Large (RFC 9110 §15.5.14). */
  public static final HttpStatus CONTENT_TOO_LARGE = reg(413, "Content Too Large", "RFC 9110 §15.5.14", true, false,
      rule("Retry-After", SHOULD, "when the condition is temporary", "RFC 9110 §15.5.14"));
  /** 414 URI Too Long (RFC 9110 §15.5.15). */
  public static final HttpStatus URI_TOO_LONG = reg(414, "URI Too Long", "RFC 9110 §15.5.15", true, true);
  /** 415 Unsupported Media Type (RFC 9110 §15.5.16). */
  public static final HttpStatus UNSUPPORTED_MEDIA_TYPE =
      reg(415, "Unsupported Media Type", "RFC 9110 §15.5.16", true, false,
          rule("Accept-Encoding", MUST_NOT, "when the failure is unrelated to content coding", "RFC 9110 §12.5.3"),
          rule("Accept-Encoding", MAY, "when a content coding was the problem", "RFC 9110 §15.5.16"),
          rule("Accept-Patch", SHOULD, "when a PATCH document format is not supported", "RFC 5789 §2.2"),
          rule("Accept-Post", MAY, "when a POST media type is not supported", "W3C LDP 1.0 §7.1"),
          rule("Accept", MAY, "when the media type was the problem", "RFC 9110 §15.5.16"));
  /** 416 Range Not Satisfiable (RFC 9110 §15.5.17). */
  public static final HttpStatus RANGE_NOT_SATISFIABLE =
      reg(416, "Range Not Satisfiable", "RFC 9110 §15.5.17", true, false,
          rule("Content-Range", SHOULD, "for byte ranges", "RFC 9110 §15.5.17"));
  /** 417 Expectation Failed (RFC 9110 §15.5.18). */
  public static final HttpStatus EXPECTATION_FAILED =
      reg(417, "Expectation Failed", "RFC 9110 §15.5.18", true, false);
  /** 418 (Unused) (RFC 9110 §15.5.19); reserved, reason phrase from RFC 2324. */
  public static final HttpStatus I_AM_A_TEAPOT = reg(418, "I'm a teapot", "RFC 9110 §15.5.19", true, false);
  /** 421 Misdirected Request (RFC 9110 §15.5.20). */
  public static final HttpStatus MISDIRECTED_REQUEST =
      reg(421, "Misdirected Request", "RFC 9110 §15.5.20", true, false);
  /** 422 Unprocessable Content (RFC 9110 §15.5.21). */
  public static final HttpStatus UNPROCESSABLE_CONTENT =
      reg(422, "Unprocessable Content", "RFC 9110 §15.5.21", true, false);
  /** 423 Locked (RFC 4918 §11.3). */
  public static final HttpStatus LOCKED = reg(423, "Locked", "RFC 4918 §11.3", true, false);
  /** 424 Failed Dependency (RFC 4918 §11.4). */
  public static final HttpStatus FAILED_DEPENDENCY = reg(424, "Failed Dependency", "RFC 4918 §11.4", true, false);
  /** 425 Too Early (RFC 8470 §5.2). */
  public static final HttpStatus TOO_EARLY = reg(425, "Too Early", "RFC 8470 §5.2", true, false);
  /** 426 Upgrade Required (RFC 9110 §15.5.22). */
  public static final HttpStatus UPGRADE_REQUIRED = reg(426, "Upgrade Required", "RFC 9110 §15.5.22", true, false,
      rule("Upgrade", MUST, null, "RFC 9110 §15.5.22"), rule("Connection", MUST, null, "RFC 9110 §7.8"));
  /** 428 Precondition Required (RFC 6585 §3). */
  public static final HttpStatus PRECONDITION_REQUIRED =
      unstorable(428, "Precondition Required", "RFC 6585 §3", true, false);
  /** 429 Too Many Requests (RFC 6585 §4). */
  public static final HttpStatus TOO_MANY_REQUESTS = unstorable(429, "Too Many Requests", "RFC 6585 §4", true, false,
      rule("Retry-After", MAY, null, "RFC 6585 §4"));
  /** 431 Request Header Fields Too Large (RFC 6585 §5). */
  public static final HttpStatus REQUEST_HEADER_FIELDS_TOO_LARGE =
      unstorable(431, "Request Header Fields Too Large", "RFC 6585 §5", true, false);
  /** 451 Unavailable For Legal Reasons (RFC 7725 §3). */
  public static final HttpStatus UNAVAILABLE_FOR_LEGAL_REASONS =
      reg(451, "Unavailable For Legal Reasons", "RFC 7725 §3", true, true,
          rule("Link", SHOULD, "rel=\"blocked-by\", sent by the blocking entity", "RFC 7725 §4"));

  // 5xx
  /** 500 Internal Server Error (RFC 9110 §15.6.1). */
  public static final HttpStatus INTERNAL_SERVER_ERROR =
      reg(500, "Internal Server Error", "RFC 9110 §15.6.1", true, false);
  /** 501 Not Implemented (RFC 9110 §15.6.2). */
  public static final HttpStatus NOT_IMPLEMENTED = reg(501, "Not Implemented", "RFC 9110 §15.6.2", true, true);
  /** 502 Bad Gateway (RFC 9110 §15.6.3). */
  public static final HttpStatus BAD_GATEWAY = reg(502, "Bad Gateway", "RFC 9110 §15.6.3", true, false);
  /** 503 Service Unavailable (RFC 9110 §15.6.4). */
  public static final HttpStatus SERVICE_UNAVAILABLE =
      reg(503, "Service Unavailable", "RFC 9110 §15.6.4", true, false,
          rule("Retry-After", MAY, null, "RFC 9110 §15.6.4"));
  /** 504 Gateway Timeout (RFC 9110 §15.6.5). */
  public static final HttpStatus GATEWAY_TIMEOUT = reg(504, "Gateway Timeout", "RFC 9110 §15.6.5", true, false);
  /** 505 HTTP Version Not Supported (RFC 9110 §15.6.6). */
  public static final HttpStatus HTTP_VERSION_NOT_SUPPORTED =
      reg(505, "HTTP Version Not Supported", "RFC 9110 §15.6.6", true, false);
  /** 506 Variant Also Negotiates (RFC 2295 §8.1). */
  public static final HttpStatus VARIANT_ALSO_NEGOTIATES =
      reg(506, "Variant Also Negotiates", "RFC 2295 §8.1", true, false);
  /** 507 Insufficient Storage (RFC 4918 §11.5). */
  public static final HttpStatus INSUFFICIENT_STORAGE =
      reg(507, "Insufficient Storage", "RFC 4918 §11.5", true, false);
  /** 508 Loop Detected (RFC 5842 §7.2). */
  public static final HttpStatus LOOP_DETECTED = reg(508, "Loop Detected", "RFC 5842 §7.2", true, false);
  /** 510 Not Extended (RFC 2774 §7); historic. */
  public static final HttpStatus NOT_EXTENDED = reg(510, "Not Extended", "RFC 2774 §7", true, false);
  /** 511 Network Authentication Required (RFC 6585 §6). */
  public static final HttpStatus NETWORK_AUTHENTICATION_REQUIRED =
      unstorable(511, "Network Authentication Required", "RFC 6585 §6", true, false,
          rule("WWW-Authenticate", SHOULD_NOT, null, "RFC 6585 §6"));

  private static final List<HttpStatus> VALUES = Collections.unmodifiableList(ALL);

  private final int code;
  private final Series series;
  private final String reasonPhrase;
  private final @Nullable String reference;
  private final boolean contentAllowed;
  private final boolean heuristicallyCacheable;
  private final List<HeaderRule> headerRules;
  private final boolean registered;
  // Derived once: every exception constructor checks them, and runtimes call toString() per error
  // (Jersey puts the exception's message, which starts with it, into the exception it wraps it in).
  private final List<String> required;
  private final List<String> prohibited;
  private final String text;
  private final boolean storable;
  private final boolean retryAfterApplies;
  private final @Nullable String challengeField;

  private HttpStatus(int code, String reasonPhrase, @Nullable String reference, boolean contentAllowed,
      boolean heuristicallyCacheable, List<HeaderRule> headerRules, boolean registered, boolean storable) {
    this.code = code;
    this.storable = storable;
    this.series = Series.of(code);
    this.reasonPhrase = reasonPhrase;
    this.reference = reference;
    this.contentAllowed = contentAllowed;
    this.heuristicallyCacheable = heuristicallyCacheable;
    this.headerRules = headerRules;
    this.registered = registered;
    List<String> req = new ArrayList<>(2);
    List<String> pro = new ArrayList<>(1);
    for (HeaderRule r : headerRules) {
      if (r.isUnconditionalMust()) {
        req.add(r.field());
      }
      if (r.isUnconditionalProhibition()) {
        pro.add(r.field());
      }
    }
    this.required = List.copyOf(req);
    // Derived from the header rules, so that the table stays the one source: an error status that
    // gives Retry-After a meaning takes a default one; the MUST field of a challenge names where it goes.
    boolean retry = false;
    String challenge = null;
    for (HeaderRule r : headerRules) {
      if (code >= 400 && r.field().equals("Retry-After")) {
        retry = true;
      }
      if (r.requirement() == HeaderRule.Requirement.MUST && r.field().endsWith("-Authenticate")) {
        challenge = r.field();
      }
    }
    this.retryAfterApplies = retry;
    this.challengeField = challenge;
    this.prohibited = List.copyOf(pro);
    this.text = reasonPhrase.isEmpty() ? Integer.toString(code) : code + " " + reasonPhrase;
  }

  private static HeaderRule rule(String field, HeaderRule.Requirement req, @Nullable String when, String ref) {
    return new HeaderRule(field, req, when, ref);
  }

  private static HttpStatus reg(int code, String phrase, String ref, boolean content, boolean cacheable,
      HeaderRule... rules) {
    return register(new HttpStatus(code, phrase, ref, content, cacheable, List.of(rules), true, true));
  }

  /** A status whose responses caches MUST NOT store (RFC 6585 §3-§6). */
  private static HttpStatus unstorable(int code, String phrase, String ref, boolean content, boolean cacheable,
      HeaderRule... rules) {
    return register(new HttpStatus(code, phrase, ref, content, cacheable, List.of(rules), true, false));
  }

  private static HttpStatus register(HttpStatus s) {
    int code = s.code;
    REGISTERED[code] = s;
    ALL.add(s);
    return s;
  }

  private static void checkRange(int code) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException(
          "HTTP status code " + code + " is outside 100-599 (RFC 9110 §15: three digits, first digit 1-5)");
    }
  }

  /**
   * The status for a code: the registered constant, or an unregistered status for a code of
   * 100-599 that the registry does not list.
   *
   * @param code the numeric status code
   * @return the status
   * @throws IllegalArgumentException if the code is outside 100-599
   */
  public static HttpStatus valueOf(int code) {
    checkRange(code);
    HttpStatus s = REGISTERED[code];
    if (s != null) {
      return s;
    }
    // Unregistered codes behave like the x00 of their class (RFC 9110 §15), without rules.
    return new HttpStatus(code, "", null, code >= 200, false, List.of(), false, true); // 1xx never has content
  }

  /**
   * The registered status for a code.
   *
   * @param code any integer
   * @return the registered status, or empty when the code is not in the registry
   */
  public static Optional<HttpStatus> resolve(int code) {
    return code < 100 || code > 599 ? Optional.empty() : Optional.ofNullable(REGISTERED[code]);
  }

  /**
   * Every registered status, in ascending order of code.
   *
   * @return an unmodifiable list
   */
  public static List<HttpStatus> values() {
    return VALUES;
  }

  /**
   * The numeric code.
   *
   * @return a code in 100-599
   */
  public int code() {
    return code;
  }

  /**
   * The reason phrase RFC 9110 §15 recommends (for example "Content Too Large").
   *
   * @return the phrase, or an empty string for an unregistered code
   */
  public String reasonPhrase() {
    return reasonPhrase;
  }

  /**
   * The class of this status.
   *
   * @return the series
   */
  public Series series() {
    return series; // derived once: every exception constructor asks
  }

  /**
   * The RFC and section that define this status (for example {@code RFC 9110 §15.5.6}).
   *
   * @return the reference, or empty for an unregistered code
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Whether a response with this status may carry content. False for 1xx, 204, 205 and 304
   * (RFC 9110 §6.4.1, §15.3.6). Independently of this, a response to HEAD never carries content.
   *
   * @return {@code true} if content is allowed
   */
  public boolean isContentAllowed() {
    return contentAllowed;
  }

  /**
   * Whether caches may reuse a response with this status without explicit freshness
   * (RFC 9110 §15.1, RFC 7725 §3).
   *
   * @return {@code true} if heuristically cacheable
   */
  public boolean isHeuristicallyCacheable() {
    return heuristicallyCacheable;
  }

  /**
   * Whether the code is listed in the IANA HTTP Status Code Registry.
   *
   * @return {@code true} for the constants of this class
   */
  public boolean isRegistered() {
    return registered;
  }

  /**
   * Whether this is a 4xx or 5xx status.
   *
   * @return {@code true} for 400-599
   */
  public boolean isError() {
    return code >= 400;
  }

  /**
   * What the RFCs say about header fields on responses with this status.
   *
   * @return an unmodifiable list, empty for codes without specific rules
   */
  public List<HeaderRule> headerRules() {
    return headerRules;
  }

  /**
   * Whether caches may store a response with this status. 428, 429, 431 and 511 MUST NOT be stored
   * (RFC 6585 §3-§6); StatusKit then sends {@code Cache-Control: no-store} unless the response says
   * otherwise.
   *
   * @return {@code false} for the statuses caches must not store
   * @since 0.3.0
   */
  public boolean isStorable() {
    return storable;
  }

  /**
   * Whether an origin server with a clock MUST send {@code Date} on a response with this status:
   * every 2xx, 3xx and 4xx; a 1xx or 5xx MAY carry it (RFC 9110 §6.6.1).
   *
   * @return {@code true} for 200-499
   * @since 0.3.0
   */
  public boolean requiresDate() {
    return code >= 200 && code < 500;
  }

  /**
   * Whether a response with this error status takes a {@code Retry-After} (413, 429, 503: the
   * error statuses whose header rules give it a meaning, RFC 9110 §10.2.3), so that an endpoint's
   * default delay applies when the answer carries none.
   *
   * @return {@code true} for the error statuses with a {@code Retry-After} rule
   * @since 0.3.0
   */
  public boolean takesRetryAfter() {
    return retryAfterApplies;
  }

  /**
   * The field that carries this status's challenges: {@code WWW-Authenticate} for 401,
   * {@code Proxy-Authenticate} for 407 (RFC 9110 §11.6.1, §11.7.1).
   *
   * @return the field name, or empty for a status without challenges
   * @since 0.3.0
   */
  public Optional<String> challengeField() {
    return Optional.ofNullable(challengeField);
  }

  /**
   * The header fields a response with this status must always carry.
   *
   * @return the names of the unconditional MUST rules, in table order
   */
  public List<String> requiredHeaders() {
    return required;
  }

  /**
   * The header fields a response with this status must not, or should not, carry in any case.
   *
   * @return the names of the unconditional MUST NOT and SHOULD NOT rules
   */
  public List<String> prohibitedHeaders() {
    return prohibited;
  }

  @Override
  public int compareTo(HttpStatus other) {
    return Integer.compare(code, other.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HttpStatus other && other.code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  /**
   * The status line form without the protocol.
   *
   * @return for example {@code "429 Too Many Requests"}, or {@code "599"} for an unregistered code
   */
  @Override
  public String toString() {
    return text;
  }


  /**
   * What the RFCs say about one header field on responses of one status code.
   *
   * <p>Instances are immutable. The registry in {@link HttpStatus} holds them as data: the typed
   * exceptions check the {@link Requirement#MUST unconditional MUST} rules when they are built, and
   * the tests and documentation are derived from the same table.
   *
   * @param field the header field name, in its canonical spelling (for example {@code Allow})
   * @param requirement the RFC keyword that applies
   * @param condition when the rule applies, if it applies only in some cases (for example "when the
   *     condition is temporary"); {@code null} when it always applies
   * @param reference the RFC section that states the rule (for example {@code RFC 9110 §15.5.6})
   * @see <a href="https://www.rfc-editor.org/rfc/rfc2119">RFC 2119</a>
   * @since 0.1.0
   */
  public record HeaderRule(String field, Requirement requirement, @Nullable String condition, String reference) {

    /** The RFC 2119 keyword of a {@link HeaderRule}. */
    public enum Requirement {
      /** The server MUST send the field (or the status is defined by it). */
      MUST,
      /** The server SHOULD send the field. */
      SHOULD,
      /** The server MAY send the field, or the RFC merely says it "ought to" or "can". */
      MAY,
      /** The server SHOULD NOT send the field. */
      SHOULD_NOT,
      /** The server MUST NOT send the field. */
      MUST_NOT
    }

    /**
     * Checks the components.
     *
     * @param field see the record description
     * @param requirement see the record description
     * @param condition see the record description
     * @param reference see the record description
     * @throws NullPointerException if {@code field}, {@code requirement} or {@code reference} is null
     */
    public HeaderRule {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(requirement, "requirement");
      Objects.requireNonNull(reference, "reference");
    }

    /**
     * The condition under which the rule applies.
     *
     * @return the condition, or empty when the rule always applies
     */
    public Optional<String> when() {
      return Optional.ofNullable(condition);
    }

    /**
     * Whether the rule always applies and demands the field.
     *
     * @return {@code true} for a MUST without a condition
     */
    public boolean isUnconditionalMust() {
      return requirement == Requirement.MUST && condition == null;
    }

    /**
     * Whether the rule forbids or discourages the field without a condition.
     *
     * @return {@code true} for a MUST NOT or SHOULD NOT without a condition
     */
    public boolean isUnconditionalProhibition() {
      return condition == null
          && (requirement == Requirement.MUST_NOT || requirement == Requirement.SHOULD_NOT);
    }
  }
}
