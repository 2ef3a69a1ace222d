package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real-server checks on {@link PayaraMicro}; its MicroProfile OpenAPI (3.1, older than the
 * filter's model) still serves its document with the WAR's filter configured.
 */
class PayaraMicroIT extends RealServerContract {

    @RegisterExtension
    static final RealServerExtension SERVER = new RealServerExtension(PayaraMicro::new);

    @Override
    RealServerExtension extension() {
        return SERVER;
    }

    @Test
    void theServersOpenApiStillAnswersWithTheFilterConfigured() throws Exception {
        assumeFalse(ItWar.isStandIn(), "the stand-in WAR has no book store");
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(SERVER.server().baseUri().resolve("/openapi?format=JSON"))
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as("GET /openapi: %s", document.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(document.body()).path("paths").has("/books/search"))
                .as("paths of %s", document.body()).isTrue();
    }
}
