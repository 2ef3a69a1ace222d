package dev.statuskit.realservers;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put a server distribution (failsafe passes the paths as system properties). */
final class Distribution {

    private Distribution() {
    }

    /** The existing path named by system property {@code key}, or a failure that says how to get it. */
    static Path path(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + key + " is not set; run the ITs with "
                    + "mvn -Preal-servers -pl it/real-servers -am verify, which fetches the servers");
        }
        Path path = Path.of(value).toAbsolutePath();
        if (!Files.exists(path)) {
            throw new IllegalStateException(key + "=" + path + " does not exist; the real-servers profile "
                    + "fetches it in pre-integration-test");
        }
        return path;
    }

    /** Copies {@code war} into {@code dir} under the name that gives {@link RealServer#CONTEXT_ROOT}. */
    static Path copyWar(Path war, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        return Files.copy(war, dir.resolve(RealServer.CONTEXT_ROOT + ".war"));
    }
}
