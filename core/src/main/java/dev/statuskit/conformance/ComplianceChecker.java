package dev.statuskit.conformance;

import dev.statuskit.HttpStatus;
import dev.statuskit.HttpStatus.HeaderRule;
import dev.statuskit.HttpStatus.HeaderRule.Requirement;
import dev.statuskit.Problem;
import dev.statuskit.header.internal.FieldSyntax;
import dev.statuskit.representation.ProblemReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lists every rule of HTTP semantics (RFC 9110) and of problem details (RFC 9457) that a response
 * breaks, each with its severity and RFC section.
 *
 * <p>The per-status rules are {@link HttpStatus}'s table: the unconditional MUST and SHOULD rules of
 * {@link HttpStatus#headerRules()} (405 {@code Allow}, 401 {@code WWW-Authenticate}, 407
 * {@code Proxy-Authenticate}, 426 {@code Upgrade} and {@code Connection}, 303 {@code Location}, the
 * other redirections' SHOULD {@code Location}, 204's MUST NOT {@code Content-Length}),
 * {@link HttpStatus#isContentAllowed()} (no content on 1xx, 204, 205, 304) and
 * {@link HttpStatus#requiresDate()} ({@code Date} on 2xx-4xx). Rules that hold for every status are
 * checked too: field names are tokens and values carry no CR, LF, NUL or other control character
 * (RFC 9110 §5.1, §5.5); singleton fields occur once (RFC 9110 §5.3); {@code Date} is an IMF-fixdate
 * (RFC 9110 §5.6.7); {@code Upgrade} comes with {@code Connection: upgrade} (RFC 9110 §7.8); a 416's
 * {@code Content-Range} has the unsatisfied-range form (RFC 9110 §14.4); content has a
 * {@code Content-Type} (RFC 9110 §8.3); a response to {@code HEAD} has no content (RFC 9110 §9.3.2);
 * an {@code application/problem+json} body is a JSON object whose standard members have the types of
 * RFC 9457 Appendix A and whose {@code status} is the response's (RFC 9457 §3.1.2).
 *
 * <p>Rules that depend on what the checker cannot see (a 304's fields "that a 200 would carry", a
 * 201's {@code Location} "when a POST created the resource") are not checked. The checker reads, never
 * changes, the response, and is safe to share.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#appendix-A">RFC 9457 Appendix A</a>
 * @since 0.3.0
 */
public final class ComplianceChecker {

  /** A status code outside 100-599. */
  public static final String STATUS = "status";
  /** A header field the status's table MUST or SHOULD have is absent. */
  public static final String FIELD_REQUIRED = "field-required";
  /** A header field the status's table MUST NOT or SHOULD NOT have is present. */
  public static final String FIELD_PROHIBITED = "field-prohibited";
  /** A field name that is not a token. */
  public static final String FIELD_NAME = "field-name";
  /** A field value with CR, LF, NUL or another control character. */
  public static final String FIELD_VALUE = "field-value";
  /** A singleton field on more than one field line. */
  public static final String FIELD_SINGLETON = "field-singleton";
  /** {@code Date} absent where it is required. */
  public static final String DATE = "date";
  /** {@code Date} not an IMF-fixdate. */
  public static final String DATE_FORMAT = "date-format";
  /** {@code Upgrade} without {@code Connection: upgrade}. */
  public static final String CONNECTION_UPGRADE = "connection-upgrade";
  /** A 416's {@code Content-Range} not of the form {@code bytes *}{@code /length}. */
  public static final String CONTENT_RANGE_FORM = "content-range-form";
  /** Content on a status or method that has none. */
  public static final String CONTENT_NOT_ALLOWED = "content-not-allowed";
  /** Content without {@code Content-Type}. */
  public static final String CONTENT_TYPE = "content-type";
  /** An {@code application/problem+json} body that is not a problem details object. */
  public static final String PROBLEM_DOCUMENT = "problem-document";
  /** A problem's {@code status} member that differs from the response's status. */
  public static final String PROBLEM_STATUS = "problem-status";

  private static final Set<String> SINGLETONS = Set.of("Content-Type", "Content-Length", "Content-Range", "Date",
      "ETag", "Last-Modified", "Location", "Retry-After");
  private static final Pattern UNSATISFIED_RANGE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+ \\*/[0-9]+");

  private ComplianceChecker() {}

  /**
   * Every rule the response breaks, MUST violations first, then SHOULD, each group in the order the
   * rules are checked.
   *
   * @param response the response
   * @return the violations, empty for a conformant response; unmodifiable
   */
  public static List<Violation> check(ResponseView response) {
    Objects.requireNonNull(response, "response");
    List<Violation> out = new ArrayList<>();
    checkFieldSyntax(response, out);
    int code = response.status();
    if (code < 100 || code > 599) {
      out.add(new Violation(STATUS, Severity.MUST, null,
          "status code " + code + " is outside 100-599", "RFC 9110 §15"));
      return sorted(out);
    }
    HttpStatus status = HttpStatus.valueOf(code);
    checkStatusTable(response, status, out);
    checkDate(response, status, out);
    checkUpgrade(response, out);
    checkContentRange(response, status, out);
    response.body().ifPresent(body -> checkBody(response, status, body, out));
    return sorted(out);
  }

  /**
   * The MUST violations only: what makes the response non-conformant.
   *
   * @param response the response
   * @return the violations of severity {@link Severity#MUST}; unmodifiable
   */
  public static List<Violation> mustViolations(ResponseView response) {
    return check(response).stream().filter(v -> v.severity() == Severity.MUST).toList();
  }

  private static List<Violation> sorted(List<Violation> out) {
    List<Violation> must = new ArrayList<>(out.size());
    for (Violation v : out) {
      if (v.severity() == Severity.MUST) {
        must.add(v);
      }
    }
    for (Violation v : out) {
      if (v.severity() == Severity.SHOULD) {
        must.add(v);
      }
    }
    return List.copyOf(must);
  }

  private static void checkFieldSyntax(ResponseView r, List<Violation> out) {
    for (String name : r.fieldNames()) {
      if (!FieldSyntax.isToken(name)) {
        out.add(new Violation(FIELD_NAME, Severity.MUST, name,
            "field name " + FieldSyntax.show(name) + " is not a token", "RFC 9110 §5.1"));
        continue;
      }
      List<String> values = r.fieldValues(name);
      for (String value : values) {
        if (!isFieldValue(value)) {
          out.add(new Violation(FIELD_VALUE, Severity.MUST, name,
              name + " value " + FieldSyntax.show(value) + " has CR, LF, NUL or another control character",
              "RFC 9110 §5.5"));
        }
      }
      if (values.size() > 1 && isSingleton(name)) {
        out.add(new Violation(FIELD_SINGLETON, Severity.MUST, canonical(name),
            name + " occurs on " + values.size() + " field lines; it takes one value", "RFC 9110 §5.3"));
      }
    }
  }

  private static boolean isFieldValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSingleton(String name) {
    for (String s : SINGLETONS) {
      if (s.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static String canonical(String name) {
    for (String s : SINGLETONS) {
      if (s.equalsIgnoreCase(name)) {
        return s;
      }
    }
    return name;
  }

  private static void checkStatusTable(ResponseView r, HttpStatus status, List<Violation> out) {
    for (HeaderRule rule : status.headerRules()) {
      if (rule.when().isPresent()) {
        continue; // conditional rules depend on what a response alone does not show
      }
      boolean present = !r.fieldValues(rule.field()).isEmpty();
      Requirement req = rule.requirement();
      if (!present && (req == Requirement.MUST || req == Requirement.SHOULD)) {
        out.add(new Violation(FIELD_REQUIRED, req == Requirement.MUST ? Severity.MUST : Severity.SHOULD, rule.field(),
            status + " without " + rule.field(), rule.reference()));
      } else if (present && (req == Requirement.MUST_NOT || req == Requirement.SHOULD_NOT)) {
        out.add(new Violation(FIELD_PROHIBITED, req == Requirement.MUST_NOT ? Severity.MUST : Severity.SHOULD,
            rule.field(), status + " with " + rule.field(), rule.reference()));
      }
    }
  }

  private static void checkDate(ResponseView r, HttpStatus status, List<Violation> out) {
    List<String> dates = r.fieldValues("Date");
    if (dates.isEmpty()) {
      if (status.requiresDate()) {
        out.add(new Violation(DATE, Severity.MUST, "Date", status + " without Date", "RFC 9110 §6.6.1"));
      }
      return;
    }
    for (String d : dates) {
      if (!isImfFixdate(d)) {
        out.add(new Violation(DATE_FORMAT, Severity.MUST, "Date",
            "Date " + FieldSyntax.show(d) + " is not an IMF-fixdate", "RFC 9110 §5.6.7"));
      }
    }
  }

  /**
   * What a sender generates: the one preferred format, two-digit day, GMT, a day name that matches
   * the date (RFC 9110 §5.6.7). Checked by hand, as a formatter costs microseconds per response;
   * the last valid value is remembered, as a server's {@code Date} changes once a second.
   */
  static boolean isImfFixdate(String value) {
    if (value.equals(lastValidDate)) {
      return true;
    }
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    if (value.length() != 29 || value.charAt(3) != ',' || value.charAt(4) != ' ' || value.charAt(7) != ' '
        || value.charAt(11) != ' ' || value.charAt(16) != ' ' || value.charAt(19) != ':' || value.charAt(22) != ':'
        || value.charAt(25) != ' ' || !value.endsWith("GMT")) {
      return false;
    }
    int day = number(value, 5, 7);
    int monthAt = MONTHS.indexOf(value.substring(8, 11));
    int year = number(value, 12, 16);
    int hour = number(value, 17, 19);
    int minute = number(value, 20, 22);
    int second = number(value, 23, 25);
    int dayName = DAYS.indexOf(value.substring(0, 3));
    if (day < 1 || monthAt < 0 || monthAt % 3 != 0 || year < 0 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60 || dayName < 0 || dayName % 3 != 0) {
      return false;
    }
    try {
      LocalDate date = LocalDate.of(year, monthAt / 3 + 1, day);
      if (date.getDayOfWeek().getValue() != dayName / 3 + 1) {
        return false;
      }
    } catch (DateTimeException e) {
      return false;
    }
    lastValidDate = value;
    return true;
  }

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  private static final String DAYS = "MonTueWedThuFriSatSun";
  private static volatile String lastValidDate = "";

  /** The decimal number in value[from, to), or -1 if a character is not a digit. */
  private static int number(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static void checkUpgrade(ResponseView r, List<Violation> out) {
    if (r.fieldValues("Upgrade").isEmpty() || r.fieldValues("Connection").isEmpty()) {
      return; // a missing Connection on a status that demands it is the table's violation
    }
    for (String line : r.fieldValues("Connection")) {
      for (String option : line.split(",")) {
        if (option.strip().equalsIgnoreCase("upgrade")) {
          return;
        }
      }
    }
    out.add(new Violation(CONNECTION_UPGRADE, Severity.MUST, "Connection",
        "Upgrade is sent with Connection " + FieldSyntax.show(String.join(", ", r.fieldValues("Connection")))
            + ", which lacks the upgrade option", "RFC 9110 §7.8"));
  }

  private static void checkContentRange(ResponseView r, HttpStatus status, List<Violation> out) {
    if (status != HttpStatus.RANGE_NOT_SATISFIABLE) {
      return;
    }
    List<String> ranges = r.fieldValues("Content-Range");
    if (ranges.isEmpty()) {
      // The table's rule holds "for byte ranges", the only range unit registered (RFC 9110 §14.1).
      out.add(new Violation(FIELD_REQUIRED, Severity.SHOULD, "Content-Range", status + " without Content-Range",
          "RFC 9110 §15.5.17"));
      return;
    }
    for (String range : ranges) {
      if (!UNSATISFIED_RANGE.matcher(range).matches()) {
        out.add(new Violation(CONTENT_RANGE_FORM, Severity.MUST, "Content-Range",
            status + " with Content-Range " + FieldSyntax.show(range) + ", not the unsatisfied-range form */length",
            "RFC 9110 §14.4"));
      }
    }
  }

  private static void checkBody(ResponseView r, HttpStatus status, byte[] body, List<Violation> out) {
    if (body.length == 0) {
      return;
    }
    if (!status.isContentAllowed()) {
      out.add(new Violation(CONTENT_NOT_ALLOWED, Severity.MUST, null,
          status + " with " + body.length + " bytes of content", status.reference().orElse("RFC 9110 §6.4.1")));
      return;
    }
    Optional<String> method = r.requestMethod();
    if (method.isPresent() && method.get().equals("HEAD")) {
      out.add(new Violation(CONTENT_NOT_ALLOWED, Severity.MUST, null,
          "response to HEAD with " + body.length + " bytes of content", "RFC 9110 §9.3.2"));
      return;
    }
    List<String> types = r.fieldValues("Content-Type");
    if (types.isEmpty()) {
      out.add(new Violation(CONTENT_TYPE, Severity.SHOULD, "Content-Type",
          status + " with content but without Content-Type", "RFC 9110 §8.3"));
      return;
    }
    if (mediaType(types.get(0)).equals("application/problem+json")) {
      checkProblem(status, body, out);
    }
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static void checkProblem(HttpStatus status, byte[] body, List<Violation> out) {
    Problem problem;
    try {
      problem = ProblemReader.fromJson(body);
    } catch (IllegalArgumentException e) {
      out.add(new Violation(PROBLEM_DOCUMENT, Severity.MUST, null, message(e), "RFC 9457 §3.1, Appendix A"));
      return;
    }
    OptionalInt member = problem.status();
    if (member.isPresent() && member.getAsInt() != status.code()) {
      out.add(new Violation(PROBLEM_STATUS, Severity.MUST, null,
          "problem member status " + member.getAsInt() + " differs from the response's " + status.code(),
          "RFC 9457 §3.1.2"));
    }
  }

  private static String message(IllegalArgumentException e) {
    @Nullable String m = e.getMessage();
    return m == null ? "not a problem+json document" : m;
  }
}
