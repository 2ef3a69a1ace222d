package dev.statuskit.jaxrs.it;

import dev.statuskit.HttpProblem;
import dev.statuskit.ProblemExtension;

/** An application exception described by annotations. */
@HttpProblem(status = 409, type = "https://example.test/problems/out-of-stock", title = "Out of stock")
public class OutOfStockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @ProblemExtension
  private final String sku;

  public OutOfStockException(String sku) {
    super("Item " + sku + " is out of stock");
    this.sku = sku;
  }
}
