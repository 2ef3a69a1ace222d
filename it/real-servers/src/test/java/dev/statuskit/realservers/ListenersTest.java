package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ListenersTest {

    @ParameterizedTest(name = "{0} loopback={1}")
    @CsvSource({
        "0100007F, true",
        "0101007F, true",
        "00000000, false",
        "0200000A, false",
        "00000000000000000000000001000000, true",
        "0000000000000000FFFF00000100007F, true",
        "00000000000000000000000000000000, false",
        "0000000000000000FFFF00000200000A, false",
    })
    void recognisesLoopbackInKernelHex(String hex, boolean loopback) {
        assertThat(Listeners.isLoopback(hex)).isEqualTo(loopback);
    }

    @Test
    void findsThisProcessListeningSocketsAndTheirAddress() throws Exception {
        assumeTrue(Listeners.supported(), "reads Linux /proc");
        try (ServerSocket loopback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket any = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {

            List<Listeners.Listener> found = Listeners.of(List.of(ProcessHandle.current()));

            assertThat(found).filteredOn(l -> l.port() == loopback.getLocalPort())
                    .singleElement().extracting(Listeners.Listener::loopback).isEqualTo(true);
            assertThat(found).filteredOn(l -> l.port() == any.getLocalPort())
                    .singleElement().extracting(Listeners.Listener::loopback).isEqualTo(false);
        }
    }
}
