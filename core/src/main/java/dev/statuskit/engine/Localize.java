package dev.statuskit.engine;

import dev.statuskit.HttpException;
import dev.statuskit.HttpProblem;
import dev.statuskit.Problem;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.internal.ProblemMembers;
import dev.statuskit.spi.LocaleResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stage 5: {@code title} and {@code detail} in the client's language, nothing else ({@code type},
 * {@code status}, {@code instance} and member names never change). The language is the
 * {@link LocaleResolver}'s, or else negotiated from {@code Accept-Language}. The title is, first
 * found: the application's message of {@code @HttpProblem(titleKey)}, of {@code <type>.title}, of
 * {@code <exception class>.title}, or, when the title is the status's reason phrase, StatusKit's own
 * title of the status. The detail is the application's message of the exception's detail key
 * ({@code detailKey}), of {@code <type>.detail} or of {@code <exception class>.detail}, its
 * placeholders filled from the exception's detail arguments, the extension members and {@code status}. When neither changes the problem stays as it
 * is, without {@code Content-Language}; otherwise the response gets {@code Content-Language} and the
 * negotiate stage adds {@code Accept-Language} to {@code Vary}.
 */
final class Localize implements Stage {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private final boolean enabled;
  private final Messages messages;
  private final List<String> configured;
  private final Hooks hooks;
  private volatile @Nullable AcceptLanguage negotiation;
  /** How many problem types' message keys are kept; the types an application declares are far fewer. */
  private static final int MAX_TYPES = 256;
  /** The message keys per problem type, at most {@link #MAX_TYPES}. */
  private final java.util.concurrent.ConcurrentHashMap<java.net.URI, String[]> typeKeys =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The supported languages as locales, for the {@link LocaleResolver}, built at the first use. */
  private volatile @Nullable List<Locale> supportedLocales;
  /** {@code Content-Language} per language, built once. */
  private final java.util.concurrent.ConcurrentHashMap<String, HeaderFields> contentLanguage =
      new java.util.concurrent.ConcurrentHashMap<>();

  Localize(Settings settings, @Nullable ClassLoader loader, Hooks hooks) {
    this.enabled = settings.get(Settings.LOCALIZE);
    this.messages = new Messages(settings.get(Settings.MESSAGES), loader);
    this.configured = settings.get(Settings.LANGUAGES);
    this.hooks = hooks;
  }

  @Override
  public void apply(Draft d) {
    if (!enabled || !d.status.isContentAllowed()) {
      return;
    }
    String tag = language(d.request);
    if (tag == null) {
      return;
    }
    Problem p = d.problem;
    Throwable source = d.source != null ? d.source : d.exception;
    HttpProblem annotation = source == null ? null : source.getClass().getAnnotation(HttpProblem.class);
    String title = title(p, source, annotation, d.status.code(), d.status.reasonPhrase(), tag);
    String detail = detail(p, source, annotation, tag);
    if (title == null && detail == null) {
      return;
    }
    // One new problem, its extension members shared: a builder would copy them twice.
    d.problem = p.withTitleAndDetail(title != null ? title : ProblemMembers.title(p),
        detail != null ? detail : ProblemMembers.detail(p));
    d.language = tag;
    HeaderFields field = contentLanguage.get(tag);
    if (field == null) {
      field = HeaderFields.builder().add("Content-Language", tag).build();
      if (contentLanguage.size() < 64) {
        contentLanguage.putIfAbsent(tag, field);
      }
    }
    d.set(field);
  }

  /** The negotiation, built at the first use: finding the application's languages reads the class path. */
  AcceptLanguage negotiation() {
    AcceptLanguage n = negotiation;
    if (n == null) {
      List<String> tags = new ArrayList<>(configured);
      if (tags.isEmpty()) {
        tags.addAll(Messages.SHIPPED);
        for (String t : messages.applicationLanguages()) {
          if (tags.stream().noneMatch(s -> AcceptLanguage.key(s).equals(AcceptLanguage.key(t)))) {
            tags.add(t);
          }
        }
      }
      n = new AcceptLanguage(tags);
      negotiation = n;
    }
    return n;
  }

  /** The language of a request's problem, as {@link #apply} chooses it; for classifiers. */
  Optional<Locale> locale(ProblemEngine.Request request) {
    if (!enabled) {
      return Optional.empty();
    }
    String tag = language(request);
    return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
  }

  private @Nullable String language(ProblemEngine.Request request) {
    LocaleResolver resolver = hooks.localeResolver();
    if (resolver == null) {
      return negotiation().choose(request.header("Accept-Language"));
    }
    try {
      List<Locale> supported = supportedLocales;
      if (supported == null) {
        List<Locale> locales = new ArrayList<>();
        for (String t : negotiation().supported()) {
          locales.add(Locale.forLanguageTag(t));
        }
        supported = List.copyOf(locales);
        supportedLocales = supported;
      }
      Optional<Locale> l = resolver.resolve(request, supported);
      if (l == null || l.isEmpty()) {
        return null;
      }
      String tag = l.get().toLanguageTag();
      return tag.equals("und") ? null : tag;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "StatusKit's locale resolver " + resolver.getClass().getName()
          + " failed; the problem stays unlocalized", e);
      return null;
    }
  }

  /** The message keys of an exception class, built once per class. */
  private static final ClassValue<String[]> CLASS_KEYS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      return new String[] {type.getName() + ".title", type.getName() + ".detail"};
    }
  };

  private @Nullable String title(Problem p, @Nullable Throwable source, @Nullable HttpProblem annotation, int status,
      String reasonPhrase, String tag) {
    if (!messages.hasMessages(tag)) {
      String current = ProblemMembers.title(p);
      return current == null || current.equals(reasonPhrase) ? messages.title(status, tag) : null;
    }
    if (annotation != null && !annotation.titleKey().isEmpty()) {
      String t = messages.message(annotation.titleKey(), tag);
      if (t != null) {
        return t;
      }
    }
    if (!p.type().equals(Problem.ABOUT_BLANK)) {
      String t = messages.message(typeKeys(p.type())[0], tag);
      if (t != null) {
        return t;
      }
    }
    if (source != null) {
      String t = messages.message(CLASS_KEYS.get(source.getClass())[0], tag);
      if (t != null) {
        return t;
      }
    }
    String current = ProblemMembers.title(p);
    return current == null || current.equals(reasonPhrase) ? messages.title(status, tag) : null;
  }

  private @Nullable String detail(Problem p, @Nullable Throwable source, @Nullable HttpProblem annotation, String tag) {
    if (!messages.hasMessages(tag)) {
      return null;
    }
    String detailKey = source instanceof HttpException h ? h.getDetailKey() : null;
    Map<String, @Nullable Object> values = null;
    for (int i = 0; i < 3; i++) {
      // The keys in order: the exception's detail key (or the annotation's), <type>.detail, <class>.detail.
      String key = i == 0 ? (detailKey != null ? detailKey
              : annotation != null && !annotation.detailKey().isEmpty() ? annotation.detailKey() : null)
          : i == 1 ? (p.type().equals(Problem.ABOUT_BLANK) ? null : typeKeys(p.type())[1])
          : source == null ? null : CLASS_KEYS.get(source.getClass())[1];
      String template = key == null ? null : messages.message(key, tag);
      if (template == null) {
        continue;
      }
      if (!Messages.hasPlaceholder(template)) {
        return template;
      }
      if (values == null) {
        values = new LinkedHashMap<>(p.extensions());
        values.put("status", d(p));
        if (source instanceof HttpException h && key.equals(detailKey)) {
          values.putAll(h.getDetailArguments());
        }
      }
      String text = Messages.fill(template, values);
      if (text != null) {
        return text;
      }
      LOG.log(System.Logger.Level.DEBUG, "StatusKit's message " + key + " (" + tag + ") names a value the problem"
          + " lacks; the detail stays unlocalized");
    }
    return null;
  }

  /** The message keys of a problem type ({@code <type>.title}, {@code <type>.detail}), built once per type. */
  private String[] typeKeys(java.net.URI type) {
    String[] keys = typeKeys.get(type);
    if (keys == null) {
      String t = type.toString();
      keys = new String[] {t + ".title", t + ".detail"};
      if (typeKeys.size() < MAX_TYPES) {
        typeKeys.putIfAbsent(type, keys);
      }
    }
    return keys;
  }

  private static @Nullable Object d(Problem p) {
    return p.status().isPresent() ? (Object) p.status().getAsInt() : null;
  }
}
