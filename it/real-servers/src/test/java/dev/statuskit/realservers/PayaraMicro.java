package dev.statuskit.realservers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro 6 ({@code fish.payara.extras:payara-micro}, Jakarta EE 10): {@code java -jar
 * payara-micro.jar --deploy}. Hazelcast (so clustering) and phone-home are off; the HTTP listener
 * is bound to 127.0.0.1 by a pre-boot command; HTTPS and JMX are disabled in its default domain.xml.
 */
final class PayaraMicro extends ChildProcessServer {

    PayaraMicro() {
        super("payara-micro", "Payara Micro " + System.getProperty("statuskit.it.payara.version", "6"),
                "statuskit.it.payara.jar");
    }

    /** Payara 6 has MicroProfile OpenAPI 3.1, older than the filter's model. */
    @Override
    public boolean describesProblemsInOpenApi() {
        return false;
    }

    @Override
    void start(Path war, Path jar, Path work) throws Exception {
        Path deployed = Distribution.copyWar(war, work.resolve("deploy"));
        int port = Ports.free();
        Files.createDirectories(work.resolve("root"));
        Files.createDirectories(work.resolve("unpack"));
        Path preBoot = work.resolve("pre-boot-commands.txt");
        Files.writeString(preBoot,
                "set configs.config.server-config.network-config.network-listeners"
                        + ".network-listener.http-listener.address=127.0.0.1\n",
                StandardCharsets.UTF_8);
        List<String> command = List.of(
                java(), "-Xmx384m", "-Djava.net.preferIPv4Stack=true",
                "-jar", jar.toString(),
                "--port", Integer.toString(port),
                // No Hazelcast at all, hence no cluster. Not --nocluster: with it Payara 6.2025.10
                // still starts a local Hazelcast member listening on 0.0.0.0:6900.
                "--nohazelcast",
                "--disablephonehome",
                "--rootdir", work.resolve("root").toString(),
                "--unpackdir", work.resolve("unpack").toString(),
                "--prebootcommandfile", preBoot.toString(),
                "--deploy", deployed.toString());
        launch(command, work, Map.of(), port,
                started -> started.logContains("Deployed 1 archive(s)") && started.logContains(" ready in "),
                started -> started.logContains("Exception while deploying") || started.logContains("Failed to deploy"));
    }
}
