package dev.statuskit.realservers;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link RealServer} with {@link ItWar#war()} before a test class and stops it after, even
 * when starting or a test fails; prints how long start (with deploy), the tests and stop took. Test
 * methods get the running server as a {@link RealServer} parameter.
 */
final class RealServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Supplier<RealServer> factory;
    private @Nullable RealServer server;
    private long testsStarted;

    RealServerExtension(Supplier<RealServer> factory) {
        this.factory = factory;
    }

    RealServer server() {
        return Objects.requireNonNull(server, "server not started");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RealServer.class;
    }

    @Override
    public RealServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        RealServer created = factory.get();
        server = created;
        long begin = System.nanoTime();
        try {
            created.start(ItWar.war());
        } catch (Exception | Error e) {
            created.close();
            throw e;
        }
        report(created, "started and deployed", begin);
        testsStarted = System.nanoTime();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RealServer running = server;
        server = null;
        if (running != null) {
            if (testsStarted != 0) {
                report(running, "checks ran", testsStarted);
            }
            long begin = System.nanoTime();
            running.close();
            report(running, "stopped", begin);
        }
    }

    private static void report(RealServer server, String what, long sinceNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - sinceNanos);
        System.out.printf("[real-servers] %s %s in %.1f s%n", server.description(), what, took.toMillis() / 1000.0);
    }
}
