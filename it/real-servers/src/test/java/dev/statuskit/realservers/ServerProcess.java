package dev.statuskit.realservers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * One server's process tree: started with the build's own JDK ({@code JAVA_HOME} from
 * {@code java.home}), its output in a log file, its pids in a pid file, and stopped together with
 * every descendant (launch scripts such as {@code standalone.sh} run the JVM as a child, which a plain
 * {@link Process#destroy()} of the script would orphan).
 *
 * <p>Three lines of defence against orphans: the owner's {@code close()}, a JVM shutdown hook for
 * every process still alive, and at the next start the pid file of an earlier run whose JVM was
 * killed outright.
 */
record ServerProcess(String name, Process process, Path log, Path pidFile) {

    private static final Set<ServerProcess> LIVE = ConcurrentHashMap.newKeySet();
    private static final Duration GRACE = Duration.ofSeconds(30);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ServerProcess process : LIVE) {
                process.stop();
            }
        }, "statuskit-it-stop-servers"));
    }

    /** Seconds a server may take to start and deploy: {@code statuskit.it.start.timeout}, default 300. */
    static Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("statuskit.it.start.timeout", 300));
    }

    /** The directory under which each server gets a fresh work directory. */
    static Path workRoot() {
        String configured = System.getProperty("statuskit.it.work.dir");
        return Path.of(configured == null || configured.isBlank() ? "target/servers/work" : configured)
                .toAbsolutePath();
    }

    /** A fresh, empty work directory for one server (an earlier run's leftovers are removed). */
    static Path freshWorkDir(String name) throws IOException {
        Path dir = workRoot().resolve(name);
        killStale(dir.resolve("server.pid"));
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Starts {@code command} in {@code workDir} with stdin closed and stdout and stderr appended to
     * {@code workDir/console.log}.
     */
    static ServerProcess start(String name, List<String> command, Path workDir, Map<String, String> env)
            throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path log = workDir.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("PATH", javaHome.resolve("bin") + File.pathSeparator
                + builder.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(env);
        Files.writeString(log, "# " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
        ServerProcess started = new ServerProcess(name, builder.start(), log, workDir.resolve("server.pid"));
        LIVE.add(started);
        started.writePids();
        return started;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code ready} holds and {@code port} accepts connections on 127.0.0.1; throws with
     * the log's tail when the process dies, {@code failed} holds, or the start timeout passes.
     */
    void awaitReady(BooleanSupplier ready, BooleanSupplier failed, int port)
            throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(startTimeout());
        while (!(ready.getAsBoolean() && accepts(port))) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + " while starting; log " + log + ":\n" + tail(40));
            }
            if (failed.getAsBoolean()) {
                throw new IllegalStateException(name + " failed to deploy; log " + log + ":\n" + tail(60));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready within " + startTimeout().toSeconds()
                        + " s; log " + log + ":\n" + tail(40));
            }
            Thread.sleep(250);
        }
        // The JVM runs as a child of a launch script on some servers; record it too.
        writePids();
    }

    /** Whether the log so far contains {@code text}. */
    boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Last {@code lines} lines of the log, for failure messages. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * Sends SIGTERM to the whole tree (deepest first), waits up to 30 s, then kills what is left;
     * returns when no process of the tree is alive.
     */
    void stop() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        Collections.reverse(tree);
        tree.add(process.toHandle());
        terminate(tree);
        LIVE.remove(this);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void terminate(List<ProcessHandle> tree) {
        for (ProcessHandle handle : tree) {
            handle.destroy();
        }
        Instant deadline = Instant.now().plus(GRACE);
        for (ProcessHandle handle : tree) {
            awaitExit(handle, Duration.between(Instant.now(), deadline));
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                awaitExit(handle, Duration.ofSeconds(10));
            }
        }
    }

    private static void awaitExit(ProcessHandle handle, Duration wait) {
        try {
            handle.onExit().get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Left to destroyForcibly.
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writePids() throws IOException {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        tree.addAll(process.descendants().toList());
        String lines = tree.stream()
                .map(h -> h.pid() + " " + h.info().startInstant().map(Instant::toEpochMilli).orElse(0L))
                .collect(Collectors.joining(System.lineSeparator()));
        Files.writeString(pidFile, lines + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /**
     * Kills the processes an earlier run recorded in {@code pidFile} if they still run (same pid and
     * start time), which happens only when that run's JVM was killed before its shutdown hook ran.
     */
    private static void killStale(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<ProcessHandle> stale = new ArrayList<>();
        for (String line : Files.readAllLines(pidFile, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 2) {
                continue;
            }
            long started = Long.parseLong(fields[1]);
            Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(fields[0]));
            if (handle.isPresent() && handle.get().info().startInstant()
                    .map(Instant::toEpochMilli).filter(t -> t == started).isPresent()) {
                stale.addAll(handle.get().descendants().toList());
                stale.add(handle.get());
            }
        }
        if (!stale.isEmpty()) {
            System.err.println("Stopping " + stale.size() + " process(es) left by an earlier run: " + pidFile);
            terminate(stale);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Ports.loopback(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
