package dev.statuskit.realservers;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The listening TCP sockets of a process tree, read from Linux {@code /proc} (the sockets a process
 * holds in {@code /proc/<pid>/fd}, matched by inode against {@code /proc/net/tcp} and {@code tcp6}),
 * so a test can prove that a server opened nothing beyond 127.0.0.1.
 */
final class Listeners {

    /** Socket state LISTEN in {@code /proc/net/tcp}. */
    private static final String LISTEN = "0A";

    /** A listening socket: its address as the kernel shows it (hex) and whether that is loopback. */
    record Listener(long pid, String address, int port, boolean loopback) {
    }

    private Listeners() {
    }

    static boolean supported() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    static List<Listener> of(List<ProcessHandle> tree) throws IOException {
        List<Listener> listeners = new ArrayList<>();
        for (ProcessHandle process : tree) {
            Set<String> inodes = socketInodes(process.pid());
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path file = Path.of(table);
                if (!Files.isReadable(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && LISTEN.equals(f[3]) && inodes.contains(f[9])) {
                        String[] local = f[1].split(":");
                        listeners.add(new Listener(process.pid(), local[0], Integer.parseInt(local[1], 16),
                                isLoopback(local[0])));
                    }
                }
            }
        }
        return listeners;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        if (!Files.isDirectory(fds)) {
            return inodes;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
            for (Path fd : entries) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // The descriptor closed meanwhile.
                }
            }
        }
        return inodes;
    }

    /**
     * IPv4 is one little-endian word ({@code 0100007F} is 127.0.0.1); IPv6 is four, so {@code ::1} is
     * {@code 00000000000000000000000001000000} and {@code ::ffff:127.x.y.z} ends in {@code FFFF0000}
     * then the IPv4 word.
     */
    static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
    }
}
