package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MemberMapTest {

  @Test
  void behavesAsAnInsertionOrderedMapReplacingValuesInPlace() {
    MemberMap m = new MemberMap();
    LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < 7; i++) {
      assertThat(m.put("member" + i, i)).isNull();
      expected.put("member" + i, i);
    }
    assertThat(m.put("member3", null)).isEqualTo(3);
    expected.put("member3", null);
    assertThat(m).hasSize(7).containsExactlyEntriesOf(expected).isEqualTo(expected);
    assertThat(m.hashCode()).isEqualTo(expected.hashCode());
    assertThat(m.get("member6")).isEqualTo(6);
    assertThat(m.get("absent")).isNull();
    assertThat(m.containsKey("member3")).isTrue();
    assertThat(m.containsKey("absent")).isFalse();
    List<String> order = new ArrayList<>();
    m.forEach((name, value) -> order.add(name + "=" + value));
    assertThat(order).containsExactly("member0=0", "member1=1", "member2=2", "member3=null", "member4=4",
        "member5=5", "member6=6");
  }

  @Test
  void copyIsIndependentOfItsOriginal() {
    MemberMap original = new MemberMap();
    original.put("limit", 100);
    original.put("window", "PT1M");
    MemberMap copy = new MemberMap(original);
    copy.put("limit", 5);
    copy.put("third", true);
    assertThat(original).containsExactly(Map.entry("limit", 100), Map.entry("window", "PT1M"));
    assertThat(copy).containsExactly(Map.entry("limit", 5), Map.entry("window", "PT1M"), Map.entry("third", true));
  }

  @Test
  void entryIteratorEndsWithNoSuchElementAndEntriesAreReadOnly() {
    MemberMap m = new MemberMap();
    m.put("limit", 100);
    Iterator<Map.Entry<String, Object>> it = m.entrySet().iterator();
    Map.Entry<String, Object> e = it.next();
    assertThat(e).isEqualTo(Map.entry("limit", 100));
    assertThatThrownBy(() -> e.setValue(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(m.entrySet()).hasSize(1);
  }

  @Test
  void rejectsANullName() {
    assertThatThrownBy(() -> new MemberMap().put(null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }
}
