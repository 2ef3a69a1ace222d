package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Violations from Hibernate Validator: where each is, and its message in the request's language. */
class ViolationsTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  public static class Line {
    @NotBlank public String sku = "";
    @Min(1) public int quantity;

    Line(String sku, int quantity) {
      this.sku = sku;
      this.quantity = quantity;
    }
  }

  public static class Shipment {
    @JsonbProperty("ship-to") @NotBlank public String shipTo = "";
    @JsonProperty("a/b~c") @NotNull public String odd;
    @Valid public List<Line> lines = List.of();
    public List<@NotBlank String> tags = List.of();
    @Valid public Map<String, Line> byWarehouse = Map.of();
  }

  public static class Resource {
    public void ship(@Valid @NotNull Shipment shipment, @QueryParam("limit") @Min(1) int limit,
        @HeaderParam("X-Tenant") @NotBlank String tenant) {}
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> violations(Locale locale) throws NoSuchMethodException {
    Shipment s = new Shipment();
    s.lines = List.of(new Line("a", 1), new Line("", 0));
    s.tags = List.of("ok", " ");
    s.byWarehouse = Map.of("w/1", new Line("b", 0));
    Method ship = Resource.class.getMethod("ship", Shipment.class, int.class, String.class);
    var found = FACTORY.getValidator().forExecutables().validateParameters(new Resource(), ship,
        new Object[] {s, 0, ""});
    ProblemEngine.Classification c = Violations.classify(new ConstraintViolationException(found),
        Settings.defaults(), locale);
    assertThat(c).isNotNull();
    return (List<Map<String, String>>) c.problem().extensions().get(Violations.MEMBER);
  }

  @Test
  void eachBodyValueHasAJsonPointerInTheBodysNamesAndParametersTheirWireName() throws Exception {
    List<Map<String, String>> v = violations(null);
    assertThat(v).extracting(m -> m.get("location") + " " + m.get("field") + " " + m.get("pointer")).containsExactly(
        "body byWarehouse[w/1].quantity /byWarehouse/w~11/quantity",
        "body lines[1].quantity /lines/1/quantity",
        "body lines[1].sku /lines/1/sku",
        "body odd /a~1b~0c",
        "body shipTo /ship-to",
        "body tags[1] /tags/1",
        "header X-Tenant null",
        "query limit null");
    assertThat(v.get(6)).containsOnlyKeys("field", "location", "message");
    assertThat(v.get(0).keySet()).containsExactly("field", "location", "pointer", "message");
  }

  @Test
  void messagesAreInTheRequestsLanguage() throws Exception {
    assertThat(violations(Locale.GERMAN)).extracting(m -> m.get("field") + ": " + m.get("message")).contains(
        "lines[1].quantity: muss größer-gleich 1 sein", "shipTo: darf nicht leer sein", "odd: darf nicht null sein");
    assertThat(violations(Locale.forLanguageTag("zh-TW"))).extracting(m -> m.get("message"))
        .contains("必須大於或等於 1", "不得空白");
  }
}
