package dev.statuskit.examples;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the store is in maintenance mode. */
@ApplicationScoped
public class Maintenance {

  private volatile boolean on;

  /** Not in maintenance. */
  public Maintenance() {}

  /**
   * Whether the store is in maintenance mode.
   *
   * @return {@code true} while in maintenance
   */
  public boolean isOn() {
    return on;
  }

  /**
   * Switches maintenance mode.
   *
   * @param on {@code true} to start maintenance
   */
  public void set(boolean on) {
    this.on = on;
  }
}
