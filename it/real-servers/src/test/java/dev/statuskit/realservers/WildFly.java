package dev.statuskit.realservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * WildFly ({@code org.wildfly:wildfly-dist}, Jakarta EE 10 since 27) in standalone mode with the
 * MicroProfile configuration ({@code standalone-microprofile.xml}: the web profile and MicroProfile
 * OpenAPI). The distribution stays untouched: each start copies
 * {@code standalone/} to a fresh base directory, drops the WAR into its {@code deployments} and waits
 * for the scanner's {@code .deployed} (or {@code .failed}) marker. Both interfaces (public and
 * management) are bound to 127.0.0.1 and every socket binding is shifted by one free port offset.
 */
final class WildFly extends ChildProcessServer {

    /** Every socket binding of standalone-microprofile.xml (ajp, http, https, management, transactions). */
    private static final int[] BASE_PORTS = {8009, 8080, 8443, 9990, 9993, 4712, 4713};

    WildFly() {
        super("wildfly", "WildFly " + System.getProperty("statuskit.it.wildfly.version", ""),
                "statuskit.it.wildfly.home");
    }

    /** Copies the directory tree {@code from} to {@code to}, keeping file attributes. */
    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A copy of {@code standalone/} in {@code work} is the server's base directory; the WAR goes to its deployments. */
    @Override
    void start(Path war, Path home, Path work) throws Exception {
        Path base = work.resolve("standalone");
        copyTree(home.resolve("standalone"), base);
        Distribution.copyWar(war, base.resolve("deployments"));
        Path deployed = base.resolve("deployments").resolve(CONTEXT_ROOT + ".war.deployed");
        Path failed = base.resolve("deployments").resolve(CONTEXT_ROOT + ".war.failed");
        int offset = Ports.freeOffset(BASE_PORTS);
        int port = 8080 + offset;
        List<String> command = List.of(
                "bash", home.resolve("bin").resolve("standalone.sh").toString(),
                "-c", "standalone-microprofile.xml",
                "-b", "127.0.0.1",
                "-bmanagement", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.server.base.dir=" + base);
        Map<String, String> env = Map.of(
                "JBOSS_HOME", home.toString(),
                "JAVA_OPTS", "-Xms64m -Xmx384m -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true"
                        + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true");
        try {
            launch(command, work, env, port, started -> Files.exists(deployed), started -> Files.exists(failed));
        } catch (Exception | Error e) {
            if (Files.exists(failed)) {
                System.err.println(Files.readString(failed));
            }
            throw e;
        }
    }
}
