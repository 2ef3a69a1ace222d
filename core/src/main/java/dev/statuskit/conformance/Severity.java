package dev.statuskit.conformance;

/**
 * How strongly an RFC asks for what a {@link Violation} found missing or wrong: the RFC 2119 keyword
 * of the broken requirement.
 *
 * @since 0.3.0
 */
public enum Severity {
  /** A MUST or MUST NOT was broken: the response is not conformant. */
  MUST,
  /** A SHOULD or SHOULD NOT was broken: conformant, but the RFC asks for more. */
  SHOULD
}
