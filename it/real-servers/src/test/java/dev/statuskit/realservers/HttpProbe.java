package dev.statuskit.realservers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Sends a {@link Check}'s request. {@link HttpClient} for every method but HEAD; HEAD goes over a raw
 * socket with {@code Connection: close}, because HttpClient never reads a HEAD body and so could not
 * show a server that wrongly sends one.
 */
final class HttpProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    private HttpProbe() {
    }

    static Exchange exchange(URI base, Check check) throws IOException, InterruptedException {
        URI target = URI.create(base + check.path());
        return "HEAD".equals(check.method()) ? rawHead(target, check.accept()) : client(target, check);
    }

    private static Exchange client(URI target, Check check) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(TIMEOUT)
                .method(check.method(), HttpRequest.BodyPublishers.noBody());
        if (check.accept() != null) {
            request.header("Accept", check.accept());
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Exchange(response.statusCode(), response.headers().map(), response.body());
    }

    static Exchange rawHead(URI target, @Nullable String accept) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            String request = "HEAD " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + (accept == null ? "" : "Accept: " + accept + "\r\n")
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readUntilClosed(socket));
        }
    }

    /** Reads to EOF; once the header section is complete, waits at most 3 s more for stray bytes. */
    private static byte[] readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            if (indexOfBlankLine(all.toByteArray()) >= 0) {
                socket.setSoTimeout(3000);
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                if (indexOfBlankLine(all.toByteArray()) >= 0) {
                    return all.toByteArray();
                }
                throw e;
            }
            if (n < 0) {
                return all.toByteArray();
            }
            all.write(buffer, 0, n);
        }
    }

    private static Exchange parse(byte[] raw) throws IOException {
        int end = indexOfBlankLine(raw);
        if (end < 0) {
            throw new IOException("no complete header section in " + raw.length + " bytes: "
                    + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Exchange(Integer.parseInt(statusLine[1]), new LinkedHashMap<>(headers), body);
    }

    private static int indexOfBlankLine(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
