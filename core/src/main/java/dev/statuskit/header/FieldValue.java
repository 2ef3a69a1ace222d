package dev.statuskit.header;

import org.jspecify.annotations.Nullable;

/**
 * A header value whose identity is its wire form: two values of one class are equal when they are
 * sent the same, and the string of a value is what is sent. The one place of that rule for the value
 * classes of this package.
 */
abstract class FieldValue {

  FieldValue() {}

  /**
   * The form the value is sent in, which equality, hash code and string follow.
   *
   * @return a field value, a list member, or the header fields of the value
   */
  abstract Object wireForm();

  /**
   * Whether the other object is a value of the same class that is sent the same.
   *
   * @param o the other object
   * @return {@code true} when the wire forms are equal
   */
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((FieldValue) o).wireForm().equals(wireForm());
  }

  /**
   * The hash code of the wire form.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return wireForm().hashCode();
  }

  /**
   * The wire form.
   *
   * @return the value as sent
   */
  @Override
  public final String toString() {
    return wireForm().toString();
  }
}
