package dev.statuskit.examples.servers;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The real-server checks on {@link WildFly}. */
class WildFlyIT extends RealServerContract {

    @RegisterExtension
    static final RealServerExtension SERVER = new RealServerExtension(WildFly::new);

    @Override
    RealServerExtension extension() {
        return SERVER;
    }
}
