package dev.statuskit.realservers;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real-server checks on {@link OpenLiberty}, and its MicroProfile OpenAPI document: the 429 that
 * {@code GET /books/search} is described with is the one it sends.
 */
class OpenLibertyIT extends RealServerContract {

    @RegisterExtension
    static final RealServerExtension SERVER = new RealServerExtension(OpenLiberty::new);

    @Override
    RealServerExtension extension() {
        return SERVER;
    }

    @Test
    void theServersOpenApiDescribesThe429TheSearchSends() throws Exception {
        assumeFalse(ItWar.isStandIn(), "the stand-in WAR has no book store");
        DescribedEqualsSent.check(SERVER.server().baseUri());
    }
}
