package consumer;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.jaxrs.StatusKitFeature;
import dev.statuskit.representation.ProblemWriter;
import dev.statuskit.servlet.ProblemFilter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    TooManyRequestsException e = new TooManyRequestsException();
    e.detail("Slow down.");
    Problem problem = e.toProblem();
    byte[] json = ProblemWriter.defaults().toBytes(problem, ProblemMediaType.JSON);
    System.out.println(new String(json, StandardCharsets.UTF_8));
    // Instantiating the adapters loads them and links them against the Jakarta API modules.
    System.out.println(new StatusKitFeature().getClass().getName());
    System.out.println(new ProblemFilter().getClass().getName());
    // The adapters' setting keys reach core through the services their module-infos provide.
    System.out.println(String.join(" ", Settings.knownKeys().keySet()));
    // The engine on the module path: classification, rules, negotiation, the bytes.
    ProblemEngine engine = ProblemEngine.builder().cdi(false).build();
    var event = engine.handle(new TooManyRequestsException(),
        ProblemEngine.Request.of("GET", "/orders", Map.of("Accept", "text/plain")));
    System.out.println(event.status() + " " + event.headers().asMap());
    // The localize stage reads core's own titles from inside the named module.
    var german = engine.handle(new TooManyRequestsException(),
        ProblemEngine.Request.of("GET", "/orders", Map.of("Accept-Language", "de")));
    System.out.println(german.problem().title().orElse("") + " " + german.headers().asMap());
  }
}
