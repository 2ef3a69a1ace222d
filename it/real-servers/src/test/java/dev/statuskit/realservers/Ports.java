package dev.statuskit.realservers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on 127.0.0.1. These servers take explicit ports (none accepts port 0 and reports
 * back), so a port is probed free here and handed over; the short race is accepted.
 */
final class Ports {

    /** Lowest and highest offsets tried for servers that shift a fixed port set (WildFly). */
    private static final int MIN_OFFSET = 10_000;
    private static final int MAX_OFFSET = 22_000;

    private Ports() {
    }

    static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    /**
     * A free port on 127.0.0.1 below the Linux ephemeral range, so that no outgoing connection takes
     * it between this probe and the server's bind.
     */
    static int free() {
        return freeOffset(0);
    }

    /**
     * An offset that makes every one of {@code basePorts} free on 127.0.0.1; the offsets stay below
     * the Linux ephemeral range (32768 and up) so outgoing connections cannot take them meanwhile.
     */
    static int freeOffset(int... basePorts) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(MIN_OFFSET, MAX_OFFSET);
            if (allFree(offset, basePorts)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port offset between " + MIN_OFFSET + " and " + MAX_OFFSET);
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(loopback(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean allFree(int offset, int... basePorts) {
        for (int base : basePorts) {
            if (!isFree(base + offset)) {
                return false;
            }
        }
        return true;
    }
}
