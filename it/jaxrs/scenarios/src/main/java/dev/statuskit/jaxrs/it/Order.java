package dev.statuskit.jaxrs.it;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A request entity with constraints; public fields so JSON-B and Jackson both bind it. */
public class Order {
  @NotBlank
  public String sku;

  @Min(1)
  public int quantity;

  public Order() {}
}
