package dev.statuskit.quarkus.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The example's rate-limited search, over a fixed list of titles. */
@Path("books")
public class SearchResource {

  private static final List<String> TITLES = List.of("Dune", "Dune Messiah", "Hyperion");

  @GET
  @Path("search")
  @RateLimited
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> search(@QueryParam("q") String query) {
    String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
    return TITLES.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
  }
}
