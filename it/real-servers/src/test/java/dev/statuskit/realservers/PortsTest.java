package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortIsBelowTheEphemeralRangeAndBindableOnLoopback() throws Exception {
        int port = Ports.free();

        assertThat(port).isBetween(10_000, 21_999);
        try (ServerSocket socket = new ServerSocket(port, 1, Ports.loopback())) {
            assertThat(Ports.isFree(port)).isFalse();
        }
    }

    @Test
    void offsetFreesEveryShiftedPort() {
        int[] bases = {8009, 8080, 8443, 9990, 9993, 4712, 4713};

        int offset = Ports.freeOffset(bases);

        for (int base : bases) {
            assertThat(Ports.isFree(base + offset)).as("port %d", base + offset).isTrue();
        }
    }
}
