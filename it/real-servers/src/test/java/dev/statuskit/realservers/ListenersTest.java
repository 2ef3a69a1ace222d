package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenersTest {

    /** 127.0.0.1, 127.0.1.1, ::1 and ::ffff:127.0.0.1 as /proc/net/tcp(6) writes them. */
    @ParameterizedTest
    @ValueSource(strings = {"0100007F", "0101007F", "00000000000000000000000001000000",
        "0000000000000000FFFF00000100007F"})
    void recognisesLoopbackInKernelHex(String hex) {
        assertThat(Listeners.isLoopback(hex)).isTrue();
    }

    /** 0.0.0.0, 10.0.0.2, :: and ::ffff:10.0.0.2. */
    @ParameterizedTest
    @ValueSource(strings = {"00000000", "0200000A", "00000000000000000000000000000000",
        "0000000000000000FFFF00000200000A"})
    void recognisesOtherAddressesInKernelHex(String hex) {
        assertThat(Listeners.isLoopback(hex)).isFalse();
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
