package dev.statuskit.realservers;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The real-server checks on {@link WildFly}. */
class WildFlyIT extends RealServerContract {

    @RegisterExtension
    static final RealServerExtension SERVER = new RealServerExtension(WildFly::new);
}
