package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandInWarTest {

    @Test
    void holdsOnlyTheStandInClassesSoTheServerSuppliesJakartaRest(@TempDir Path dir) throws Exception {
        Path war = StandInWar.build(dir.resolve("stand-in.war"));

        try (ZipFile zip = new ZipFile(war.toFile())) {
            assertThat(Collections.list(zip.entries())).extracting(e -> e.getName())
                    .filteredOn(name -> !name.endsWith("/"))
                    .containsExactlyInAnyOrder(
                            "WEB-INF/classes/dev/statuskit/realservers/standin/StandInApplication.class",
                            "WEB-INF/classes/dev/statuskit/realservers/standin/StandInResource.class");
        }
    }

    @Test
    void standInChecksCoverStatusesHeadersAndHead() {
        assertThat(ItChecks.standIn()).extracting(Check::status).contains(200, 404, 405, 406, 503);
        assertThat(ItChecks.standIn()).filteredOn(c -> c.method().equals("HEAD")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ItChecks.standIn()).flatExtracting(c -> c.headers().keySet()).contains("Allow", "Retry-After");
    }
}
