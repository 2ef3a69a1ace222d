package dev.statuskit.jaxrs;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises JSON-B and Jackson failures to read the request content, by class name, so that no
 * JSON library has to be present for this class to load.
 *
 * <p>A failure counts as the client's (400) only when it happened while a {@code MessageBodyReader}
 * read the request ({@code readFrom} on the stack): the same exception types thrown while writing a
 * response, or while the application parses some other document, are server errors. Jackson's
 * {@code InvalidDefinitionException} and {@code JsonGenerationException} are never the client's.
 */
final class JsonFailures {

  /** The detail of the 400: says what is wrong without parser internals (positions, class names). */
  static final String DETAIL = "The request content is not valid JSON or does not match the expected structure.";

  private static final String JSONB = "jakarta.json.bind.JsonbException";
  private static final String JACKSON = "com.fasterxml.jackson.core.JsonProcessingException";
  private static final Set<String> NOT_THE_CLIENTS = Set.of(
      "com.fasterxml.jackson.databind.exc.InvalidDefinitionException",
      "com.fasterxml.jackson.core.JsonGenerationException");

  private JsonFailures() {}

  /** Whether the throwable, or one of its causes, is a JSON failure to read the request content. */
  static boolean isRequestContentFailure(Throwable thrown) {
    // First the JSON failure in the chain, by class alone; only then the stack traces (costly to
    // materialise) of the elements up to it, so a chain without one reads no stack trace at all.
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable json = null;
    for (Throwable t = thrown; t != null && seen.size() < 32 && seen.add(t); t = t.getCause()) {
      Boolean kind = kind(t.getClass());
      if (kind != null) {
        if (!kind) {
          return false;
        }
        json = t;
        break;
      }
    }
    if (json == null) {
      return false;
    }
    for (Throwable t = thrown; ; t = t.getCause()) { // reaches json: the walk above did
      if (readsRequest(t)) {
        return true;
      }
      if (t == json) {
        return false;
      }
    }
  }

  /** TRUE for a client-side JSON failure type, FALSE for a server-side one, null for neither. */
  private static @Nullable Boolean kind(Class<?> type) {
    for (Class<?> c = type; c != null && c != Throwable.class; c = c.getSuperclass()) {
      String name = c.getName();
      if (NOT_THE_CLIENTS.contains(name)) {
        return Boolean.FALSE;
      }
      if (name.equals(JSONB) || name.equals(JACKSON)) {
        return Boolean.TRUE;
      }
    }
    return null;
  }

  private static boolean readsRequest(Throwable t) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getMethodName().equals("readFrom")) {
        return true;
      }
    }
    return false;
  }
}
