package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statuskit.examples.BlackBoxChecks;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same black-box checks on every real server: each subclass registers a
 * {@link RealServerExtension} for its server, which hands the running server to each test.
 */
abstract class RealServerContract {

    static List<Check> checks() {
        return ItChecks.forWar();
    }

    static List<BlackBoxChecks.Check> exampleChecks() {
        return ItWar.isStandIn() ? List.of() : BlackBoxChecks.all();
    }

    /**
     * The example WAR: the same black-box checks as on the embedded server, and each unexpected
     * 500's occurrence id must be in the server's log, written there by StatusKit.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("exampleChecks")
    void exampleAnswersAsOnTheEmbeddedServer(BlackBoxChecks.Check check, RealServer server) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        check.run(URI.create(server.baseUri() + "/"), ids::add);
        for (String id : ids) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            String log = "";
            while (System.nanoTime() < deadline && !(log = java.nio.file.Files.readString(server.log(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).contains(id)) {
                Thread.sleep(100); // the server may flush its console a little later
            }
            assertThat(log).as("occurrence %s in %s", id, server.log()).contains(id);
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("checks")
    void answersAsChecked(Check check, RealServer server) throws Exception {
        Exchange answer = HttpProbe.exchange(server.baseUri(), check);
        System.out.printf("[real-servers] %s %s %s -> %d %s, %d body bytes, Content-Type %s%n", server.name(),
                check.method(), check.path(), answer.status(),
                check.headers().keySet().stream().map(name -> name + ": " + answer.header(name).orElse("(absent)"))
                        .collect(java.util.stream.Collectors.joining(", ")),
                answer.body().length, answer.header("Content-Type").orElse("(none)"));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(answer.status()).as("status of %s; answer %s", check, answer).isEqualTo(check.status());
        for (Map.Entry<String, Pattern> header : check.headers().entrySet()) {
            softly.assertThat(answer.header(header.getKey()))
                    .as("%s on %s; answer %s", header.getKey(), check, answer)
                    .hasValueSatisfying(value -> assertThat(value).matches(header.getValue()));
        }
        softly.assertThat(check.body().test().test(answer))
                .as("body %s of %s; answer %s", check.body().description(), check, answer)
                .isTrue();
        softly.assertAll();
    }

    @Test
    void listensOnLoopbackOnly(RealServer server) throws Exception {
        assumeTrue(Listeners.supported(), "reads the listening sockets from Linux /proc");

        List<Listeners.Listener> listeners = Listeners.of(server.processTree());

        assertThat(listeners).extracting(Listeners.Listener::port).contains(server.baseUri().getPort());
        assertThat(listeners).allSatisfy(listener -> assertThat(listener.loopback()).as("%s", listener).isTrue());
    }

    /** The server's own {@code /openapi} still answers with the WAR's filter configured, and lists the search. */
    @Test
    void theServersOpenApiListsTheSearch(RealServer server) throws Exception {
        assumeFalse(ItWar.isStandIn(), "the stand-in WAR has no book store");
        assertThat(DescribedEqualsSent.search(server.baseUri()).isObject()).isTrue();
    }

    /** The 429 that {@code GET /books/search} is described with in the server's document is the one it sends. */
    @Test
    void theServersOpenApiDescribesThe429TheSearchSends(RealServer server) throws Exception {
        assumeFalse(ItWar.isStandIn(), "the stand-in WAR has no book store");
        assumeTrue(server.describesProblemsInOpenApi(), server.description() + " runs no ProblemOasFilter");
        DescribedEqualsSent.check(server.baseUri());
    }
}
