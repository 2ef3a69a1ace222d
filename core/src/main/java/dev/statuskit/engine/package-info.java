/**
 * The one error pipeline: {@link dev.statuskit.engine.ProblemEngine} turns a throwable or a bare
 * status into the response every adapter sends, through stages in one documented order, with one
 * immutable {@link dev.statuskit.engine.Settings} snapshot.
 *
 * <pre>{@code
 * ProblemEngine engine = ProblemEngine.builder()
 *     .settings(Settings.builder().set(Settings.MAX_DETAIL_LENGTH, 1024).build())
 *     .map(OptimisticLockException.class, 409)
 *     .build();
 * ProblemEvent answer = engine.handle(thrown, request);   // status, header fields, problem, bytes
 * }</pre>
 *
 * <p>Applications configure an engine and hand it to an adapter; adapters implement
 * {@link dev.statuskit.engine.ProblemEngine.Request} and send the event they get back.
 */
@NullMarked
package dev.statuskit.engine;

import org.jspecify.annotations.NullMarked;
