package dev.statuskit.realservers;

import dev.statuskit.realservers.Check.Body;
import dev.statuskit.realservers.standin.StandInResource;
import java.util.List;
import java.util.Set;

/**
 * The black-box checks run against every server, per WAR. Statuses and required headers are
 * RFC 9110 facts (§15.5.6: 405 carries {@code Allow}; §10.2.3: {@code Retry-After} on 503; §9.3.2:
 * HEAD has no content) and must hold on every server; bodies of the stand-in's errors are the
 * servers' own pages and are not compared.
 */
final class ItChecks {

    private ItChecks() {
    }

    /**
     * The stand-in's checks when {@link ItWar} deploys the stand-in; none otherwise: the example WAR
     * is checked by {@link dev.statuskit.examples.BlackBoxChecks} (see {@link RealServerContract}).
     */
    static List<Check> forWar() {
        return ItWar.isStandIn() ? standIn() : List.of();
    }

    static List<Check> standIn() {
        String retryAfter = Long.toString(StandInResource.RETRY_AFTER_SECONDS);
        return List.of(
                Check.of("GET", "/api/ok", "application/json", 200,
                                Body.jsonObject("application/json", Set.of("status"),
                                        json -> json.path("status").asText().equals("ok")))
                        .withHeader("Content-Type", "(?i)application/json.*"),
                Check.of("HEAD", "/api/ok", "application/json", 200, Body.empty())
                        .withHeader("Content-Type", "(?i)application/json.*"),
                // The resource throws NotAllowedException("POST"): Allow must survive the error path.
                Check.of("GET", "/api/not-allowed", null, 405, Body.any())
                        .withHeader("Allow", "(?i).*\\bPOST\\b.*"),
                // The runtime's own 405 for a method no resource method has.
                Check.of("DELETE", "/api/ok", null, 405, Body.any())
                        .withHeader("Allow", "(?i).*\\bGET\\b.*"),
                Check.of("GET", "/api/unavailable", null, 503, Body.any())
                        .withHeader("Retry-After", retryAfter),
                Check.of("HEAD", "/api/unavailable", null, 503, Body.empty())
                        .withHeader("Retry-After", retryAfter),
                Check.of("GET", "/api/no-such-thing", null, 404, Body.any()),
                Check.of("GET", "/api/ok", "text/csv", 406, Body.any()));
    }
}
