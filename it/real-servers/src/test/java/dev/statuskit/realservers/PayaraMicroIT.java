package dev.statuskit.realservers;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The real-server checks on {@link PayaraMicro}. */
class PayaraMicroIT extends RealServerContract {

    @RegisterExtension
    static final RealServerExtension SERVER = new RealServerExtension(PayaraMicro::new);
}
