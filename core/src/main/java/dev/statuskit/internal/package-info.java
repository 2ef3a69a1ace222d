/**
 * Not API: helpers that StatusKit's own modules share: rebuilding the exception of a received
 * response, a problem's members as it holds them (for the writers, without an {@code Optional}
 * per member), and the declaration rules
 * of StatusKit's annotations, shared by the annotation processor (compile time) and the adapters'
 * deployment check (run time), so that both report a misdeclaration with the same message.
 * Exported only to the StatusKit adapters; anything here may change in any release.
 *
 * <pre>{@code
 * // at deployment, for builds that ran no annotation processor
 * for (Class<?> c : Declarations.indexed(loader)) {
 *   List<String> violations = Declarations.check(c);
 *   if (!violations.isEmpty()) throw new IllegalStateException(String.join("\n", violations));
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.internal;

import org.jspecify.annotations.NullMarked;
