/**
 * Header field values built to the RFC grammar and validated when built.
 *
 * <pre>{@code
 * Challenge.bearer("orders").param("error", "invalid_token").value();
 * // Bearer realm="orders", error=invalid_token
 * RetryAfter.delay(Duration.ofMinutes(2)).value();   // 120
 * ContentRange.unsatisfied(47022).value();            // bytes * /47022 (without the space)
 * }</pre>
 *
 * <p>Nothing here accepts CR, LF, NUL, other control characters or non-ASCII text: such input is
 * rejected with an {@link java.lang.IllegalArgumentException} that names the value and the rule,
 * so no user-controlled text can split a response.
 */
@NullMarked
package dev.statuskit.header;

import org.jspecify.annotations.NullMarked;
