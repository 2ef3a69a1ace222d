package dev.statuskit.realservers;

import dev.statuskit.realservers.standin.StandInApplication;
import dev.statuskit.realservers.standin.StandInResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the stand-in WAR with ShrinkWrap: the two classes of
 * {@link dev.statuskit.realservers.standin} and nothing else (Jakarta REST comes from the
 * server), so it deploys unchanged on every Jakarta EE 10 server.
 */
final class StandInWar {

    private StandInWar() {
    }

    static WebArchive archive() {
        return ShrinkWrap.create(WebArchive.class, "stand-in.war")
                .addClasses(StandInApplication.class, StandInResource.class);
    }

    static Path build(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        archive().as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
