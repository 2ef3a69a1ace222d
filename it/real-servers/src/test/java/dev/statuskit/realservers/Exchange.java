package dev.statuskit.realservers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a server answered, as seen on the wire: status, header fields (names compared case-insensitively)
 * and the exact body bytes (for HEAD, whatever followed the header section before the server closed).
 */
record Exchange(int status, Map<String, List<String>> headers, byte[] body) {

    Exchange {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /** All values of {@code name}, comma-joined as RFC 9110 §5.3 allows, if present. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    /** The media type of {@code Content-Type} without parameters, lower case, or empty. */
    String mediaType() {
        return header("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        String text = bodyText();
        return status + " " + headers + " body(" + body.length + " bytes)="
                + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
