package dev.statuskit.realservers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Open Liberty ({@code io.openliberty:openliberty-runtime}, all features) running a server whose
 * {@code server.xml} enables {@code servlet-6.0} (without it the application cannot see the Servlet API), {@code restfulWS-3.1}, {@code cdi-4.0}, {@code beanValidation-3.0} and
 * {@code jsonb-3.0} (Jakarta EE 10: what the example WAR uses),
 * HTTP on 127.0.0.1 only, HTTPS off and the command port off ({@code command.port=-1}, so the server
 * is stopped by signal). The user directory lives in the work directory, so the distribution stays
 * untouched.
 */
final class OpenLiberty extends ChildProcessServer {

    private static final String SERVER = "statuskit";

    OpenLiberty() {
        super("openliberty", "Open Liberty " + System.getProperty("statuskit.it.liberty.version", ""),
                "statuskit.it.liberty.home");
    }

    @Override
    void start(Path war, Path home, Path work) throws Exception {
        Path userDir = work.resolve("usr");
        Path serverDir = userDir.resolve("servers").resolve(SERVER);
        Files.createDirectories(serverDir);
        Path app = Distribution.copyWar(war, work.resolve("apps"));
        int port = Ports.free();
        Files.writeString(serverDir.resolve("server.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <server description="StatusKit real-server IT">
                    <featureManager>
                        <feature>servlet-6.0</feature>
                        <feature>restfulWS-3.1</feature>
                        <feature>cdi-4.0</feature>
                        <feature>beanValidation-3.0</feature>
                        <feature>jsonb-3.0</feature>
                        <feature>mpOpenAPI-4.0</feature>
                    </featureManager>
                    <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="%d" httpsPort="-1"/>
                    <webApplication location="%s" contextRoot="/%s"/>
                </server>
                """.formatted(port, app, CONTEXT_ROOT), StandardCharsets.UTF_8);
        Files.writeString(serverDir.resolve("bootstrap.properties"), "command.port=-1\n", StandardCharsets.UTF_8);
        Path messages = serverDir.resolve("logs").resolve("messages.log");
        List<String> command = List.of("bash", home.resolve("bin").resolve("server").toString(), "run", SERVER);
        Map<String, String> env = Map.of(
                "WLP_USER_DIR", userDir.toString(),
                "JVM_ARGS", "-Xmx384m");
        // CWWKZ0001I: application started; CWWKF0011I: server ready.
        // CWWKZ0002E/CWWKZ0004E: application failed to start.
        launch(command, work, env, port,
                started -> contains(messages, "CWWKZ0001I") && contains(messages, "CWWKF0011I"),
                started -> contains(messages, "CWWKZ0002E") || contains(messages, "CWWKZ0004E"));
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
