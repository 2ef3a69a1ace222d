package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ClientErrorException;
import dev.statuskit.FoundException;
import dev.statuskit.HttpException;
import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.MovedPermanentlyException;
import dev.statuskit.NotModifiedException;
import dev.statuskit.PermanentRedirectException;
import dev.statuskit.ProxyAuthenticationRequiredException;
import dev.statuskit.RangeNotSatisfiableException;
import dev.statuskit.RedirectionException;
import dev.statuskit.SeeOtherException;
import dev.statuskit.ServerErrorException;
import dev.statuskit.TemporaryRedirectException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.UpgradeRequiredException;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.EntityTag;
import dev.statuskit.header.Protocol;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** One instance of every concrete {@link HttpException} class in core, found on the class path. */
final class TypedExceptions {

  private static final URI LOCATION = URI.create("https://example.com/new");

  /** Classes whose constructors need header data. */
  private static final Map<Class<?>, Supplier<HttpException>> NEEDS_ARGUMENTS = Map.ofEntries(
      Map.entry(ClientErrorException.class, () -> new ClientErrorException(499)),
      Map.entry(ServerErrorException.class, () -> new ServerErrorException(599)),
      Map.entry(RedirectionException.class, () -> new RedirectionException(399)),
      Map.entry(FoundException.class, () -> new FoundException(LOCATION)),
      Map.entry(MovedPermanentlyException.class, () -> new MovedPermanentlyException(LOCATION)),
      Map.entry(SeeOtherException.class, () -> new SeeOtherException(LOCATION)),
      Map.entry(TemporaryRedirectException.class, () -> new TemporaryRedirectException(LOCATION)),
      Map.entry(PermanentRedirectException.class, () -> new PermanentRedirectException(LOCATION)),
      Map.entry(NotModifiedException.class, () -> new NotModifiedException(EntityTag.strong("v1"))),
      Map.entry(MethodNotAllowedException.class, () -> new MethodNotAllowedException("GET", "HEAD")),
      Map.entry(UnauthorizedException.class, () -> new UnauthorizedException(Challenge.bearer("api"))),
      Map.entry(ProxyAuthenticationRequiredException.class,
          () -> new ProxyAuthenticationRequiredException(Challenge.basic("proxy"))),
      Map.entry(RangeNotSatisfiableException.class, () -> new RangeNotSatisfiableException(1000)),
      Map.entry(UpgradeRequiredException.class, () -> new UpgradeRequiredException(Protocol.of("HTTP", "2.0"))));

  private TypedExceptions() {}

  static List<HttpException> all() {
    List<HttpException> out = new ArrayList<>();
    for (Class<? extends HttpException> c : classes()) {
      Supplier<HttpException> s = NEEDS_ARGUMENTS.get(c);
      try {
        out.add(s != null ? s.get() : c.getConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(c + " has no no-argument constructor; add it to NEEDS_ARGUMENTS", e);
      }
    }
    assertThat(out).hasSizeGreaterThan(40);
    return out;
  }

  private static List<Class<? extends HttpException>> classes() {
    try {
      Path dir = Path.of(HttpException.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve("dev/statuskit");
      List<Class<? extends HttpException>> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (!name.endsWith("Exception.class") || name.contains("$")) {
            continue;
          }
          Class<?> c = Class.forName("dev.statuskit." + name.substring(0, name.length() - 6));
          if (HttpException.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
            out.add(c.asSubclass(HttpException.class));
          }
        }
      }
      return out;
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
