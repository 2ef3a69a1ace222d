package dev.statuskit.internal;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;

/**
 * The beans of a type in the running CDI container, for hooks that StatusKit looks up outside the
 * engine. Touches the CDI API only after checking that it is on the class path, so core runs
 * without CDI.
 */
public final class CdiBeans {

  private static final boolean CDI_API = present();

  private CdiBeans() {}

  /**
   * The beans of a type, in the container's order.
   *
   * @param type the bean type
   * @param <T> the bean type
   * @return the beans; empty when there is no CDI API or no running container
   */
  public static <T> List<T> of(Class<T> type) {
    if (!CDI_API) {
      return List.of();
    }
    try {
      List<T> found = new ArrayList<>();
      CDI.current().select(type).forEach(found::add);
      return List.copyOf(found);
    } catch (IllegalStateException noContainer) {
      return List.of();
    }
  }

  private static boolean present() {
    try {
      Class.forName("jakarta.enterprise.inject.spi.CDI", false, CdiBeans.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
