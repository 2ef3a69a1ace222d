package dev.statuskit.realservers;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** What every {@link RealServer} here shares: one {@link ServerProcess} and the URI it serves. */
abstract class ChildProcessServer implements RealServer {

    private final String name;
    private final String description;
    private final String distributionKey;
    private @Nullable ServerProcess process;
    private @Nullable URI baseUri;

    /** {@code distributionKey} is the system property that names the server's distribution ({@link Distribution}). */
    ChildProcessServer(String name, String description, String distributionKey) {
        this.name = name;
        this.description = description;
        this.distributionKey = distributionKey;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final void start(Path war) throws Exception {
        start(war, Distribution.path(distributionKey), ServerProcess.freshWorkDir(name));
    }

    /**
     * Deploys {@code war} and {@link #launch launches} the server from {@code distribution}, with
     * {@code work} (fresh and empty) for everything it writes.
     */
    abstract void start(Path war, Path distribution, Path work) throws Exception;

    /**
     * Starts {@code command} in {@code work}, records the process (so that {@link #close()} stops it)
     * and its HTTP port, and waits until it is {@code ready} and accepts connections; stops it and
     * throws when it has {@code failed}, exits or does not get ready in time.
     */
    final void launch(List<String> command, Path work, Map<String, String> env, int httpPort,
            Predicate<ServerProcess> ready, Predicate<ServerProcess> failed) throws Exception {
        ServerProcess started = ServerProcess.start(name, command, work, env);
        process = started;
        baseUri = URI.create("http://127.0.0.1:" + httpPort + "/" + CONTEXT_ROOT);
        try {
            started.awaitReady(() -> ready.test(started), () -> failed.test(started), httpPort);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    @Override
    public final URI baseUri() {
        return Objects.requireNonNull(baseUri, "not started");
    }

    @Override
    public final Path log() {
        return Objects.requireNonNull(process, "not started").log();
    }

    @Override
    public final List<ProcessHandle> processTree() {
        ServerProcess running = Objects.requireNonNull(process, "not started");
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(running.handle());
        tree.addAll(running.handle().descendants().toList());
        return tree;
    }

    @Override
    public final void close() {
        ServerProcess running = process;
        process = null;
        if (running != null) {
            running.stop();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
