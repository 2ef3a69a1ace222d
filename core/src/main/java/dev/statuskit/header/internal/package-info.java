/**
 * Not API: the syntax of header fields (RFC 9110 §5), HTTP dates and {@code Link} values, shared by
 * the header value types, the exceptions, the representations and StatusKit's own adapters.
 * Exported only to the adapters; anything here may change in any release.
 *
 * <pre>{@code
 * FieldSyntax.requireToken(method, "method");       // throws, naming the value and the rule
 * String date = HttpDate.format(Instant.now());     // IMF-fixdate
 * }</pre>
 */
@NullMarked
package dev.statuskit.header.internal;

import org.jspecify.annotations.NullMarked;
