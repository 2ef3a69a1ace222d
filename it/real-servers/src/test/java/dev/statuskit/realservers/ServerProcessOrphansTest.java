package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No server process outlives the test JVM, whether it exits normally or is killed outright. */
class ServerProcessOrphansTest {

    @Test
    void shutdownHookStopsServersTheTestsLeftRunning(@TempDir Path workRoot) throws Exception {
        Process jvm = probe(workRoot, "exit");
        List<Long> tree = pids(jvm);

        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(tree).hasSize(2).noneMatch(ServerProcessOrphansTest::alive);
    }

    @Test
    void nextStartStopsWhatAKilledJvmLeftBehind(@TempDir Path workRoot) throws Exception {
        Process jvm = probe(workRoot, "hang");
        List<Long> tree = pids(jvm);
        jvm.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(tree).as("SIGKILL leaves the tree running").allMatch(ServerProcessOrphansTest::alive);

        String before = System.getProperty("statuskit.it.work.dir");
        System.setProperty("statuskit.it.work.dir", workRoot.toString());
        try {
            ServerProcess.freshWorkDir("probe");
        } finally {
            if (before == null) {
                System.clearProperty("statuskit.it.work.dir");
            } else {
                System.setProperty("statuskit.it.work.dir", before);
            }
        }

        assertThat(tree).noneMatch(ServerProcessOrphansTest::alive);
    }

    /** A process that is gone has no handle any more: its hook may have stopped it before we looked. */
    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Process probe(Path workRoot, String mode) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", classPath, "-Dstatuskit.it.work.dir=" + workRoot,
                OrphanProbe.class.getName(), mode)
                .redirectErrorStream(true)
                .start();
    }

    /** Reads the probe's {@code PIDS} line: the launched shell and its child. */
    private static List<Long> pids(Process jvm) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PIDS ")) {
                List<Long> tree = new ArrayList<>();
                Arrays.stream(line.substring(5).split(" ")).forEach(pid -> tree.add(Long.parseLong(pid)));
                return tree;
            }
            seen.add(line);
        }
        throw new AssertionError("probe printed no pids: " + seen);
    }
}
