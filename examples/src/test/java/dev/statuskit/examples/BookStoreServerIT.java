package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The black-box checks against the embedded server (Jersey 4 + Weld 6 + Tomcat 11). */
class BookStoreServerIT {

  @TestFactory
  Stream<DynamicTest> everyBlackBoxCheckPassesOnTheEmbeddedServer() {
    URI base = TestServer.uri();
    return BlackBoxChecks.all().stream()
        .map(check -> DynamicTest.dynamicTest(check.name(), () -> check.run(base, id -> {})));
  }

  @Test
  void everyScenarioOfTheIssueIsChecked() {
    List<String> names = BlackBoxChecks.all().stream().map(BlackBoxChecks.Check::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(String.join(" ", names)).contains("429", "401", "405", "304", "412", "428", "409", "400",
        "415", "206", "416", "413", "503", "451", "404", "500");
    assertThat(BlackBoxChecks.gallery()).hasSize(3 * StatusGallery.codes().size()); // GET, HEAD, framing
    assertThat(BlackBoxChecks.GALLERY_CODES).containsExactlyElementsOf(StatusGallery.codes());
  }

  @Test
  void unexpectedFailureIsLoggedOnceWithItsOccurrenceId() throws Exception {
    List<String> ids = new ArrayList<>();
    BlackBoxChecks.scenarios().stream().filter(c -> c.name().equals("unexpectedFailureIsSafe500WithOccurrenceId"))
        .findFirst().orElseThrow().run(TestServer.uri(), ids::add);
    assertThat(ids).hasSize(1);
    List<LogRecord> matching = TestServer.records().stream()
        .filter(r -> r.getMessage() != null && format(r).contains(ids.get(0)))
        .toList();
    assertThat(matching).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
      assertThat(r.getThrown()).isInstanceOf(ArithmeticException.class);
      assertThat(format(r)).contains("GET /books/3/rating");
    });
  }

  @Test
  void serverListensOnLoopback() {
    assertThat(TestServer.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(TestServer.uri().getPort()).isPositive();
  }

  private static String format(LogRecord r) {
    return new java.util.logging.SimpleFormatter().formatMessage(r);
  }
}
