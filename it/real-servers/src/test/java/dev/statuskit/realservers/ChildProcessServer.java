package dev.statuskit.realservers;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What every {@link RealServer} here shares: one {@link ServerProcess} and the URI it serves. */
abstract class ChildProcessServer implements RealServer {

    private @Nullable ServerProcess process;
    private @Nullable URI baseUri;

    /** Records the started process (so that {@link #close()} stops it) and its HTTP port. */
    final ServerProcess started(ServerProcess started, int httpPort) {
        process = started;
        baseUri = URI.create("http://127.0.0.1:" + httpPort + "/" + CONTEXT_ROOT);
        return started;
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
