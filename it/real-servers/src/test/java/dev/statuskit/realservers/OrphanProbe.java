package dev.statuskit.realservers;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in a separate JVM by {@link ServerProcessOrphansTest}: starts a launch-script-like process tree
 * through {@link ServerProcess}, prints its pids, then either exits without stopping it (the shutdown
 * hook must) or waits to be killed outright (the next start must clean up).
 */
final class OrphanProbe {

    private OrphanProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path work = ServerProcess.freshWorkDir("probe");
        ServerProcess process = ServerProcess.start("probe",
                List.of("bash", "-c", "sleep 300 & echo started; wait"), work, Map.of());
        try (ServerSocket port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            process.awaitReady(() -> process.logContains("started"), () -> false, port.getLocalPort());
        }
        StringBuilder pids = new StringBuilder("PIDS");
        pids.append(' ').append(process.handle().pid());
        process.handle().descendants().forEach(h -> pids.append(' ').append(h.pid()));
        System.out.println(pids);
        System.out.flush();
        if (args.length > 0 && args[0].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(300_000);
    }
}
