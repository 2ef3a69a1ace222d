package dev.statuskit.realservers.standin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The stand-in WAR's Jakarta REST application under {@code /api}: plain Jakarta REST, no StatusKit,
 * so the real-server harness can be proved before the adapters and the example WAR exist.
 */
@ApplicationPath("/api")
public class StandInApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StandInResource.class);
    }
}
