package dev.statuskit.realservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * THE switch for what the real servers run: system property {@code statuskit.it.war} (set it with
 * {@code -Dstatuskit.it.war=/path/to/app.war}; this module's pom passes it to failsafe). Blank means
 * the stand-in WAR built by {@link StandInWar}. The checks that go with each WAR are chosen in
 * {@link ItChecks#forWar()}.
 */
final class ItWar {

    static final String PROPERTY = "statuskit.it.war";

    private static Path built;

    private ItWar() {
    }

    /** Whether the stand-in is used (no {@value #PROPERTY} given). */
    static boolean isStandIn() {
        String configured = System.getProperty(PROPERTY);
        return configured == null || configured.isBlank();
    }

    /** The WAR to deploy; the stand-in is built once per test JVM. */
    static synchronized Path war() throws IOException {
        if (!isStandIn()) {
            Path war = Path.of(System.getProperty(PROPERTY)).toAbsolutePath();
            if (!Files.isRegularFile(war)) {
                throw new IllegalStateException(PROPERTY + "=" + war + " is not a file");
            }
            return war;
        }
        if (built == null) {
            built = StandInWar.build(ServerProcess.workRoot().resolve("stand-in").resolve("stand-in.war"));
        }
        return built;
    }
}
