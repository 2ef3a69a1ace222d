package dev.statuskit.test;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.conformance.ComplianceChecker;
import dev.statuskit.conformance.Severity;
import dev.statuskit.conformance.Violation;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.RetryAfter;
import dev.statuskit.representation.ProblemReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.ObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an HTTP response that should be an RFC 9457 problem: status, each header field,
 * {@code Content-Type}, the exact member set, typed {@code Retry-After}, challenges and
 * {@code Allow}, and conformance to RFC 9110. Every failure message shows the whole response.
 *
 * <pre>{@code
 * assertThat(response).isProblem(405)
 *     .hasExactlyMembers("type", "title", "status")
 *     .hasMember("title", "Method Not Allowed")
 *     .isConformant();
 * assertThat(response).allow().contains("GET");
 * }</pre>
 *
 * @since 0.3.0
 */
public final class ProblemResponseAssert extends AbstractAssert<ProblemResponseAssert, CapturedResponse> {

  /** The problem details media type, RFC 9457 §3. */
  public static final String PROBLEM_JSON = "application/problem+json";

  ProblemResponseAssert(CapturedResponse actual) {
    super(actual, ProblemResponseAssert.class);
  }

  private void fail(String message) {
    failWithMessage("%s%n%nin the response:%n%s", message, actual);
  }

  /**
   * The response has this status code.
   *
   * @param status the expected code
   * @return this
   */
  public ProblemResponseAssert hasStatus(int status) {
    isNotNull();
    if (actual.status() != status) {
      fail("Expected status " + status + " but was " + actual.status());
    }
    return this;
  }

  /**
   * The response is an {@code application/problem+json} problem with this status: the status code,
   * the media type, a body that is a problem details object (RFC 9457 Appendix A) and, when the
   * body has a {@code status} member, the same code in it.
   *
   * @param status the expected code
   * @return this
   */
  public ProblemResponseAssert isProblem(int status) {
    return hasStatus(status).isProblem();
  }

  /**
   * The response is an {@code application/problem+json} problem whose {@code status} member, if
   * any, is the response's status.
   *
   * @return this
   */
  public ProblemResponseAssert isProblem() {
    hasContentType(PROBLEM_JSON);
    Problem p = readProblem();
    if (p.status().isPresent() && p.status().getAsInt() != actual.status()) {
      fail("Expected the status member to be the response's " + actual.status() + " but was "
          + p.status().getAsInt());
    }
    return this;
  }

  /**
   * The response's {@code Content-Type} has this media type; parameters (such as {@code charset})
   * and case are ignored.
   *
   * @param mediaType for example {@code application/problem+json}
   * @return this
   */
  public ProblemResponseAssert hasContentType(String mediaType) {
    isNotNull();
    String ct = actual.field("Content-Type").orElse(null);
    if (ct == null) {
      fail("Expected Content-Type " + mediaType + " but there is no Content-Type");
      return this;
    }
    int semi = ct.indexOf(';');
    String type = (semi < 0 ? ct : ct.substring(0, semi)).strip();
    if (!type.equalsIgnoreCase(mediaType)) {
      fail("Expected Content-Type " + mediaType + " but was " + ct);
    }
    return this;
  }

  /**
   * The header field has exactly these field line values, in this order.
   *
   * @param name the field name, in any case
   * @param values the expected value of each field line
   * @return this
   */
  public ProblemResponseAssert hasHeader(String name, String... values) {
    isNotNull();
    List<String> got = actual.fieldValues(name);
    if (!got.equals(List.of(values))) {
      fail("Expected " + name + " " + List.of(values) + " but was " + (got.isEmpty() ? "absent" : got));
    }
    return this;
  }

  /**
   * The list-valued header field (RFC 9110 §5.6.1) has exactly these elements, in any order,
   * whether sent on one field line or several.
   *
   * @param name the field name, in any case
   * @param elements the expected elements, compared case-insensitively
   * @return this
   */
  public ProblemResponseAssert hasHeaderListing(String name, String... elements) {
    isNotNull();
    Set<String> got = elements(name);
    Set<String> want = new LinkedHashSet<>();
    for (String e : elements) {
      want.add(e.toLowerCase(Locale.ROOT));
    }
    if (!got.equals(want)) {
      fail("Expected " + name + " to list exactly " + want + " but it lists " + got);
    }
    return this;
  }

  private Set<String> elements(String name) {
    Set<String> got = new LinkedHashSet<>();
    for (String line : actual.fieldValues(name)) {
      for (String e : line.split(",")) {
        if (!e.isBlank()) {
          got.add(e.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return got;
  }

  /**
   * The header field is absent.
   *
   * @param name the field name, in any case
   * @return this
   */
  public ProblemResponseAssert doesNotHaveHeader(String name) {
    isNotNull();
    if (!actual.fieldValues(name).isEmpty()) {
      fail("Expected no " + name + " but was " + actual.fieldValues(name));
    }
    return this;
  }

  /**
   * The body's members are exactly these, in any order: absent members are absent, not null.
   *
   * @param names the member names
   * @return this
   */
  public ProblemResponseAssert hasExactlyMembers(String... names) {
    Set<String> got = readMembers().keySet();
    if (!got.equals(Set.of(names))) {
      fail("Expected exactly the members " + new LinkedHashSet<>(List.of(names)) + " but they are " + got);
    }
    return this;
  }

  /**
   * The body has this member with this value: a string, a boolean, null, a number (compared by
   * value), a {@code Map} or a {@code List} of these.
   *
   * @param name the member name
   * @param value the expected value
   * @return this
   */
  public ProblemResponseAssert hasMember(String name, @Nullable Object value) {
    Map<String, @Nullable Object> m = readMembers();
    if (!m.containsKey(name)) {
      fail("Expected the member " + name + " but there is none");
    } else if (!sameJson(m.get(name), value)) {
      fail("Expected the member " + name + " to be " + show(value) + " but was " + show(m.get(name)));
    }
    return this;
  }

  private static boolean sameJson(@Nullable Object got, @Nullable Object want) {
    if (got instanceof Number g && want instanceof Number w) {
      return new java.math.BigDecimal(g.toString()).compareTo(new java.math.BigDecimal(w.toString())) == 0;
    }
    return Objects.equals(got, want);
  }

  private static String show(@Nullable Object v) {
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }

  /**
   * Shortcut for {@code hasMember("type", type)}.
   *
   * @param type the expected type URI reference
   * @return this
   */
  public ProblemResponseAssert hasType(String type) {
    return hasMember("type", type);
  }

  /**
   * Shortcut for {@code hasMember("title", title)}.
   *
   * @param title the expected title
   * @return this
   */
  public ProblemResponseAssert hasTitle(String title) {
    return hasMember("title", title);
  }

  /**
   * Shortcut for {@code hasMember("detail", detail)}.
   *
   * @param detail the expected detail
   * @return this
   */
  public ProblemResponseAssert hasDetail(String detail) {
    return hasMember("detail", detail);
  }

  /**
   * The response breaks no MUST rule of RFC 9110 or RFC 9457 ({@link ComplianceChecker}).
   *
   * @return this
   */
  public ProblemResponseAssert isConformant() {
    return hasNoViolationsOf(Severity.MUST);
  }

  /**
   * The response breaks no rule at all, MUST or SHOULD.
   *
   * @return this
   */
  public ProblemResponseAssert hasNoViolations() {
    return hasNoViolationsOf(Severity.SHOULD);
  }

  private ProblemResponseAssert hasNoViolationsOf(Severity threshold) {
    isNotNull();
    List<Violation> v = new ArrayList<>();
    for (Violation x : ComplianceChecker.check(actual)) {
      if (x.severity().compareTo(threshold) <= 0) {
        v.add(x);
      }
    }
    if (!v.isEmpty()) {
      StringBuilder sb = new StringBuilder("Expected a conformant response but it breaks:");
      v.forEach(x -> sb.append("\n  ").append(x));
      fail(sb.toString());
    }
    return this;
  }

  /**
   * The violations the {@link ComplianceChecker} finds, MUST first.
   *
   * @return an assertion on them
   */
  public ListAssert<Violation> violations() {
    isNotNull();
    return Assertions.assertThat(ComplianceChecker.check(actual)).as("violations of%n%s", actual);
  }

  /**
   * The problem the body holds.
   *
   * @return an assertion on it
   */
  public ObjectAssert<Problem> problem() {
    return Assertions.assertThat(readProblem()).as("problem in%n%s", actual);
  }

  /**
   * The members of the body, in document order.
   *
   * @return an assertion on them
   */
  public MapAssert<String, @Nullable Object> members() {
    return Assertions.assertThat(readMembers()).as("members in%n%s", actual);
  }

  /**
   * The {@code Retry-After} value, parsed: a delay or a date.
   *
   * @return an assertion on it
   */
  public ObjectAssert<RetryAfter> retryAfter() {
    isNotNull();
    List<String> v = actual.fieldValues("Retry-After");
    if (v.size() != 1) {
      fail("Expected one Retry-After but there are " + v.size());
    }
    RetryAfter r = null;
    try {
      r = RetryAfter.parse(v.get(0));
    } catch (IllegalArgumentException e) {
      fail("Expected a valid Retry-After: " + e.getMessage());
    }
    return Assertions.assertThat(r).as("Retry-After in%n%s", actual);
  }

  /**
   * The challenges of the status's challenge field ({@code Proxy-Authenticate} for 407,
   * {@code WWW-Authenticate} otherwise), parsed, in order.
   *
   * @return an assertion on them
   */
  public ListAssert<Challenge> challenges() {
    isNotNull();
    String field = actual.status() >= 100 && actual.status() <= 599
        ? HttpStatus.valueOf(actual.status()).challengeField().orElse("WWW-Authenticate") : "WWW-Authenticate";
    List<Challenge> all = new ArrayList<>();
    for (String line : actual.fieldValues(field)) {
      try {
        all.addAll(Challenge.parseAll(line));
      } catch (IllegalArgumentException e) {
        fail("Expected valid challenges in " + field + ": " + e.getMessage());
      }
    }
    return Assertions.assertThat(all).as("%s challenges in%n%s", field, actual);
  }

  /**
   * The methods {@code Allow} lists, as sent, in order.
   *
   * @return an assertion on them
   */
  public ListAssert<String> allow() {
    isNotNull();
    List<String> methods = new ArrayList<>();
    for (String line : actual.fieldValues("Allow")) {
      for (String m : line.split(",")) {
        if (!m.isBlank()) {
          methods.add(m.strip());
        }
      }
    }
    return Assertions.assertThat(methods).as("Allow in%n%s", actual);
  }

  private Map<String, @Nullable Object> readMembers() {
    isNotNull();
    byte[] body = actual.body().orElse(null);
    if (body == null) {
      fail("Expected a problem body but the body was not read (read it as a String or byte[])");
      return Map.of();
    }
    try {
      return ProblemReader.members(body);
    } catch (IllegalArgumentException e) {
      fail("Expected a problem+json object: " + e.getMessage());
      return Map.of();
    }
  }

  private Problem readProblem() {
    Map<String, @Nullable Object> members = readMembers();
    try {
      return ProblemReader.fromJson(members);
    } catch (IllegalArgumentException e) {
      fail("Expected a problem details object (RFC 9457 Appendix A): " + e.getMessage());
      return Problem.of(500);
    }
  }
}
