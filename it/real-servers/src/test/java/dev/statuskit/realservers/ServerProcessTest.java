package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

    @Test
    void stopEndsTheLaunchScriptAndTheProcessItStarted(@TempDir Path work) throws Exception {
        // Like standalone.sh: a shell whose child does the work; destroying only the shell orphans the child.
        ServerProcess process = ServerProcess.start("script",
                List.of("bash", "-c", "sleep 300 & echo started; wait"), work, Map.of());
        try (ServerSocket port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            process.awaitReady(() -> process.logContains("started"), () -> false, port.getLocalPort());
        }
        // The backgrounded child may show up in /proc a moment after "started" is logged.
        java.util.Optional<ProcessHandle> child = java.util.Optional.empty();
        for (long end = System.nanoTime() + 10_000_000_000L; child.isEmpty() && System.nanoTime() < end; ) {
            child = process.handle().descendants().findFirst();
            if (child.isEmpty()) {
                Thread.sleep(20);
            }
        }
        List<ProcessHandle> tree = List.of(process.handle(), child.orElseThrow());

        process.stop();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(work.resolve("server.pid")).doesNotExist();
    }

    @Test
    void childSeesTheBuildJdkAsJavaHome(@TempDir Path work) throws Exception {
        ServerProcess process = ServerProcess.start("env",
                List.of("bash", "-c", "echo \"home=$JAVA_HOME\"; echo \"java=$(command -v java)\""), work, Map.of());
        process.handle().onExit().join();
        process.stop();

        String javaHome = System.getProperty("java.home");
        assertThat(Files.readString(process.log()))
                .contains("home=" + javaHome)
                .contains("java=" + Path.of(javaHome, "bin", "java"));
    }

    @Test
    void awaitReadyReportsAProcessThatDiedWithItsLog(@TempDir Path work) throws Exception {
        ServerProcess process = ServerProcess.start("dies",
                List.of("bash", "-c", "echo cannot bind; exit 3"), work, Map.of());

        assertThatThrownBy(() -> process.awaitReady(() -> false, () -> false, Ports.free()))
                .hasMessageContaining("exited with 3")
                .hasMessageContaining("cannot bind");
        process.stop();
    }
}
