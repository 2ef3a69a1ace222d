/**
 * Not API: helpers that StatusKit's own modules share (header-field syntax checks, HTTP dates,
 * {@code Link} values, rebuilding the exception of a received response). Anything here may change
 * or go in any release; applications use {@code dev.statuskit} and its other packages instead.
 */
@NullMarked
package dev.statuskit.internal;

import org.jspecify.annotations.NullMarked;
