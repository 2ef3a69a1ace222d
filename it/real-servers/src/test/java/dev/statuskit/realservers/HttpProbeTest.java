package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

    @Test
    void headShowsBodyBytesThatAServerWronglySends() throws Exception {
        Exchange answer = headAgainst("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nhello");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText()).isEqualTo("hello");
        assertThat(Check.Body.empty().test().test(answer)).isFalse();
    }

    @Test
    void headWithoutBodyPassesTheEmptyBodyCheckAndKeepsEveryHeader() throws Exception {
        Exchange answer = headAgainst("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n"
                + "retry-after: 60\r\nContent-Length: 42\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).hasValue("120, 60");
        assertThat(Check.Body.empty().test().test(answer)).isTrue();
    }

    @Test
    void problemBodyNeedsTheMediaTypeAndExactlyTheMembers() {
        byte[] json = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}".getBytes(StandardCharsets.UTF_8);
        Exchange problem = new Exchange(404, Map.of("Content-Type", java.util.List.of("application/problem+json")), json);
        Exchange plainJson = new Exchange(404, Map.of("Content-Type", java.util.List.of("application/json")), json);

        assertThat(Check.Body.problem(java.util.Set.of("type", "title", "status")).test().test(problem)).isTrue();
        assertThat(Check.Body.problem(java.util.Set.of("type", "title", "status", "detail")).test().test(problem)).isFalse();
        assertThat(Check.Body.problem(java.util.Set.of("type", "title", "status")).test().test(plainJson)).isFalse();
        assertThat(new Exchange(500, problem.headers(), json).status()).isEqualTo(500);
        assertThat(Check.Body.problem(java.util.Set.of("type", "title", "status")).test()
                .test(new Exchange(500, problem.headers(), json))).as("status member must equal the status").isFalse();
    }

    /** Serves one canned response on 127.0.0.1 and sends a HEAD to it. */
    private static Exchange headAgainst(String response) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket socket = server.accept()) {
                    InputStream in = socket.getInputStream();
                    byte[] request = new byte[4096];
                    int read = 0;
                    while (!new String(request, 0, read, StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                        read += in.read(request, read, request.length - read);
                    }
                    OutputStream out = socket.getOutputStream();
                    out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Exchange answer = HttpProbe.rawHead(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/x"), null);
            served.join();
            return answer;
        }
    }
}
