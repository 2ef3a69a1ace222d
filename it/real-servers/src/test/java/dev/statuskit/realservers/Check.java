package dev.statuskit.realservers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One black-box expectation: send {@code method path} (relative to the WAR's context root) with
 * {@code accept}, then expect {@code status}, every header in {@code headers} present with a value
 * matching its pattern, and the body accepted by {@code body}. Data only, so a list of checks can be
 * swapped for another WAR without touching the harness.
 */
record Check(String method, String path, @Nullable String accept, int status,
             Map<String, Pattern> headers, Body body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    Check {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static Check of(String method, String path, @Nullable String accept, int status, Body body) {
        return new Check(method, path, accept, status, Map.of(), body);
    }

    /** This check, additionally expecting header {@code name} with a value that matches {@code regex} whole. */
    Check withHeader(String name, String regex) {
        Map<String, Pattern> more = new LinkedHashMap<>(headers);
        more.put(name, Pattern.compile(regex));
        return new Check(method, path, accept, status, more, body);
    }

    @Override
    public String toString() {
        return method + " " + path + (accept == null ? "" : " [Accept: " + accept + "]") + " -> " + status
                + (headers.isEmpty() ? "" : " " + headers.keySet()) + ", body " + body.description();
    }

    /** A named predicate on the whole exchange (it may look at Content-Type as well as the bytes). */
    record Body(String description, Predicate<Exchange> test) {

        /** No body bytes at all: HEAD (RFC 9110 §9.3.2), 204 and 304. */
        static Body empty() {
            return new Body("empty", exchange -> exchange.body().length == 0);
        }

        /** Anything, for responses whose body is the server's own (its error pages differ per product). */
        static Body any() {
            return new Body("any", exchange -> true);
        }

        /**
         * A JSON object of {@code mediaType} whose member names are exactly {@code members} (absent
         * members absent, not null), and that passes {@code more}.
         */
        static Body jsonObject(String mediaType, Set<String> members, Predicate<JsonNode> more) {
            return new Body(mediaType + " object with members " + new TreeSet<>(members), exchange -> {
                if (!exchange.mediaType().equals(mediaType)) {
                    return false;
                }
                JsonNode node = parse(exchange.body());
                return node != null && node.isObject() && names(node).equals(new TreeSet<>(members))
                        && more.test(node);
            });
        }

        /**
         * An RFC 9457 problem document ({@code application/problem+json}) with exactly {@code members},
         * whose {@code status} member (when listed) equals the response status.
         */
        static Body problem(Set<String> members) {
            return new Body("problem with members " + new TreeSet<>(members), exchange -> {
                if (!exchange.mediaType().equals("application/problem+json")) {
                    return false;
                }
                JsonNode node = parse(exchange.body());
                return node != null && node.isObject() && names(node).equals(new TreeSet<>(members))
                        && (!members.contains("status") || node.path("status").asInt() == exchange.status());
            });
        }

        private static @Nullable JsonNode parse(byte[] body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        private static Set<String> names(JsonNode node) {
            Set<String> names = new TreeSet<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            return names;
        }
    }
}
