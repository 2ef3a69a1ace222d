package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The element-name rule round-trips every name and only ever produces safe XML names (XML 1.0 §2.3). */
class XmlNamesTest {

  @Provide
  Arbitrary<String> names() {
    return Generators.nastyStrings(10);
  }

  @Property(tries = 3000)
  void everyNameRoundTripsThroughASafeElementName(@ForAll("names") String name) {
    String element = XmlNames.encode(name);

    assertThat(element).matches("[A-Za-z_][A-Za-z0-9_.\\-]*").doesNotStartWithIgnoringCase("xml").isNotEqualTo("i");
    assertThat(XmlNames.decode(element)).isEqualTo(Trees.scalars(name));
  }
}
