/**
 * Real-server integration tests: Payara Micro, WildFly and Open Liberty, each started as a child
 * process on 127.0.0.1 and probed from outside with data-driven black-box {@link
 * dev.statuskit.realservers.Check}s.
 *
 * <pre>{@code
 * try (RealServer server = new WildFly()) {
 *     server.start(ItWar.war());
 *     Exchange answer = HttpProbe.exchange(server.baseUri(), check);
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.realservers;

import org.jspecify.annotations.NullMarked;
