package dev.statuskit.spi;

import dev.statuskit.engine.ProblemEngine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language a problem's {@code title} and {@code detail} are localized to; a localized
 * response carries {@code Content-Language} with that language and {@code Accept-Language} in
 * {@code Vary}. Without one, StatusKit negotiates the request's {@code Accept-Language} against
 * the supported languages (RFC 9110 §12.5.4, RFC 4647 lookup). Replace it to take a user's own
 * language from a session or a token claim.
 *
 * <p>Found through {@link java.util.ServiceLoader} and, when a CDI container is present, as a CDI
 * bean; one given to {@code ProblemEngine.Builder#localeResolver} wins, then the lowest
 * {@code jakarta.annotation.Priority}. It runs on the error path: it must be fast and should not
 * throw (one that throws leaves the problem unlocalized, and is logged).
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class SessionLocale implements LocaleResolver {
 *   @Inject UserSession session;
 *   public Optional<Locale> resolve(ProblemEngine.Request request, List<Locale> supported) {
 *     return Optional.ofNullable(session.language());
 *   }
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4">RFC 9110 §12.5.4</a>
 * @since 0.3.0
 */
@FunctionalInterface
public interface LocaleResolver {

  /**
   * The language of this request's problem.
   *
   * @param request the request (its header fields, read lazily)
   * @param supported the languages configured ({@code statuskit.languages}), in order of preference
   * @return the language, or empty to leave the problem unlocalized
   */
  Optional<Locale> resolve(ProblemEngine.Request request, List<Locale> supported);
}
