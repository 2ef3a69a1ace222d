/**
 * Checks any HTTP response, StatusKit's or not, against the per-status rules of RFC 9110 and the
 * problem details format of RFC 9457: the rules the test kit asserts and the conformance guard
 * enforces.
 *
 * <pre>{@code
 * ResponseView r = ResponseView.of(405, Map.of("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT")), new byte[0]);
 * List<Violation> v = ComplianceChecker.check(r);
 * // [MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6)]
 * }</pre>
 *
 * @since 0.3.0
 */
@NullMarked
package dev.statuskit.conformance;

import org.jspecify.annotations.NullMarked;
