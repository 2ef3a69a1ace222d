package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the curl commands of {@code README.md} against the embedded server and
 * compares each response with the {@code http} block that follows the command: status, every header
 * field and the body. Ignored, and only these: {@code Date}, occurrence ids ({@code urn:uuid:...}),
 * the value of {@code Retry-After} on 429 (it counts down from the moment of the burst), with the
 * reset {@code t} of {@code RateLimit} there, which must equal it, and in a Prometheus scrape
 * ({@code text/plain;version=0.0.4}) the counts and {@code Content-Length}: the server is shared
 * with other tests, so each documented line must be there with a count of at least one, beside
 * whatever else the other tests' problems added.
 */
class ReadmeResponsesIT {

  private static final Path README = Path.of("..", "README.md");
  private static final String DOCUMENTED_BASE = "http://127.0.0.1:8080/";
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern LOOP = Pattern.compile("for i in ([^;]+); do (curl .*); done");
  private static final Pattern ZEROS = Pattern.compile("head -c (\\d+) /dev/zero > (\\S+)");
  private static final Pattern UUID = Pattern.compile("urn:uuid:[0-9a-f-]{36}");

  /** A documented command and the response written after it. */
  record Example(String commands, String response) {}

  static List<Example> examples() throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    String lastSh = null;
    while (m.find()) {
      switch (m.group(1)) {
        case "sh" -> lastSh = m.group(2);
        case "http" -> {
          assertThat(lastSh).as("a sh block before %s", m.group(2)).isNotNull();
          examples.add(new Example(lastSh, m.group(2)));
          lastSh = null;
        }
        default -> lastSh = null;
      }
    }
    return examples;
  }

  @Test
  void readmeDocumentsEveryScenario() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(25);
    List<Integer> statuses = examples.stream().map(e -> Integer.valueOf(e.response().substring(9, 12))).toList();
    assertThat(statuses).contains(200, 304, 404, 405, 401, 415, 400, 428, 412, 409, 206, 416, 413, 429, 503,
        204, 451, 500);
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedResponseIsWhatTheAppSends() throws IOException {
    URI base = TestServer.uri();
    return examples().stream().map(e -> DynamicTest.dynamicTest(lastLine(e.commands()), () -> replay(base, e)));
  }

  private static void replay(URI base, Example example) {
    Http http = new Http(base);
    Map<String, byte[]> files = new HashMap<>();
    HttpResponse<String> last = null;
    for (String line : example.commands().split("\n")) {
      line = line.strip();
      Matcher zeros = ZEROS.matcher(line);
      Matcher loop = LOOP.matcher(line);
      if (zeros.matches()) {
        files.put(zeros.group(2), new byte[Integer.parseInt(zeros.group(1))]);
      } else if (loop.matches()) {
        int times = loop.group(1).trim().split("\\s+").length;
        for (int i = 0; i < times; i++) {
          http.send(curl(base, loop.group(2), files));
        }
      } else if (line.startsWith("curl ")) {
        last = http.send(curl(base, line, files));
      } else if (!line.isEmpty()) {
        throw new AssertionError("the README test cannot replay: " + line);
      }
    }
    assertThat(last).isNotNull();
    compare(last, example.response());
  }

  private static void compare(HttpResponse<String> actual, String documented) {
    String[] headAndBody = documented.split("\n\n", 2);
    String[] lines = headAndBody[0].split("\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    assertThat(actual.statusCode()).as("status").isEqualTo(status);

    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      expected.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    Map<String, List<String>> got = new TreeMap<>();
    actual.headers().map().forEach((name, values) -> got.put(name.toLowerCase(Locale.ROOT), values));
    expected.remove("date");
    got.remove("date");
    if (status == 429) {
      assertThat(got.get("retry-after")).singleElement().satisfies(v -> assertThat(v).matches("[1-9][0-9]?"));
      String wait = got.get("retry-after").get(0);
      expected.remove("retry-after");
      got.remove("retry-after");
      // The reset t of the used-up policy counts down with Retry-After, and equals it.
      if (got.containsKey("ratelimit")) {
        assertThat(got.get("ratelimit")).singleElement().asString().endsWith(";t=" + wait);
        got.put("ratelimit", resetless(got.get("ratelimit")));
        expected.put("ratelimit", resetless(expected.getOrDefault("ratelimit", List.of())));
      }
    }
    boolean scrape = expected.getOrDefault("content-type", List.of()).equals(List.of(MetricsResource.TEXT_FORMAT.replace(" ", "")));
    if (scrape) {
      expected.remove("content-length");
      got.remove("content-length");
    }
    assertThat(got).as("header fields").isEqualTo(expected);

    String body = headAndBody.length > 1 ? headAndBody[1] : "";
    if (scrape) {
      List<String> scraped = actual.body().lines().map(ReadmeResponsesIT::withoutCount).toList();
      for (String line : body.strip().split("\n")) {
        assertThat(scraped).as("scrape").contains(withoutCount(line));
        if (!line.startsWith("#")) {
          String count = line.substring(line.lastIndexOf(' ') + 1);
          assertThat(Double.parseDouble(count)).as(line).isGreaterThanOrEqualTo(1.0);
          String sample = actual.body().lines().filter(l -> withoutCount(l).equals(withoutCount(line))).findFirst().orElseThrow();
          assertThat(Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1))).as(sample).isGreaterThanOrEqualTo(1.0);
        }
      }
      return;
    }
    assertThat(normalize(actual.body())).as("body").isEqualTo(normalize(body));
  }

  /** A scrape line without the value of its sample; comments stay as they are. */
  private static String withoutCount(String line) {
    return line.startsWith("#") ? line : line.substring(0, Math.max(0, line.lastIndexOf(' ')));
  }

  private static List<String> resetless(List<String> values) {
    return values.stream().map(v -> v.replaceAll(";t=[0-9]+", ";t=<reset>")).toList();
  }

  private static String normalize(String body) {
    return UUID.matcher(body.strip()).replaceAll("urn:uuid:<occurrence>");
  }

  /** Builds the request a curl command line sends (only the options the README uses). */
  private static HttpRequest.Builder curl(URI base, String line, Map<String, byte[]> files) {
    List<String> args = words(line);
    String method = null;
    byte[] data = null;
    String url = null;
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-i", "-s" -> { }
        case "-I" -> method = "HEAD";
        case "-o" -> i++;
        case "-X" -> method = args.get(++i);
        case "-H" -> headers.add(args.get(++i));
        case "-d" -> data = args.get(++i).getBytes(StandardCharsets.UTF_8);
        case "--data-binary" -> data = files.get(args.get(++i).substring(1));
        default -> {
          assertThat(a).as("curl argument").startsWith(DOCUMENTED_BASE);
          url = base + a.substring(DOCUMENTED_BASE.length());
        }
      }
    }
    assertThat(url).as("URL in %s", line).isNotNull();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    boolean accept = false;
    for (String h : headers) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).strip();
      accept |= name.equalsIgnoreCase("Accept");
      request.header(name, h.substring(colon + 1).strip());
    }
    if (!accept) {
      request.header("Accept", "*/*");
    }
    if (method == null) {
      method = data == null ? "GET" : "POST";
    }
    return request.method(method, data == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(data));
  }

  /** Splits a command line into words; single quotes group, as the shell does. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  private static String lastLine(String commands) {
    String[] lines = commands.split("\n");
    return lines[lines.length - 1];
  }
}
