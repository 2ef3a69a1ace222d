package dev.statuskit.cdi.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where hooks that live in class loaders or containers of their own report what they saw; the tests
 * read it. A plain class, deliberately not a bean.
 */
public final class Recorder {

  private static final List<String> SEEN = new CopyOnWriteArrayList<>();

  private Recorder() {}

  /** Called by hooks: {@code who} saw {@code what}. */
  public static void record(String who, String what) {
    SEEN.add(who + ": " + what);
  }

  static List<String> seen() {
    return List.copyOf(SEEN);
  }

  static void clear() {
    SEEN.clear();
  }
}
