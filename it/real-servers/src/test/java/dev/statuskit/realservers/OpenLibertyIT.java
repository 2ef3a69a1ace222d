package dev.statuskit.realservers;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The real-server checks on {@link OpenLiberty}. */
class OpenLibertyIT extends RealServerContract {

    @RegisterExtension
    static final RealServerExtension SERVER = new RealServerExtension(OpenLiberty::new);
}
