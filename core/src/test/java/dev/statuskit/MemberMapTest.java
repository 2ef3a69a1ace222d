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
  void aFrozenMapRefusesEveryChangeAndItsCopyTakesThem() {
    MemberMap m = new MemberMap();
    m.put("limit", 100);
    assertThat(m.isFrozen()).isFalse();
    assertThat(m.freeze()).isSameAs(m);
    assertThat(m.isFrozen()).isTrue();
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
        () -> m.put("window", 1), () -> m.put("limit", 1), () -> m.remove("limit"), () -> m.remove("absent"),
        () -> m.putAll(Map.of("window", 1)), () -> m.clear(), () -> m.putIfAbsent("window", 1),
        () -> m.remove("limit", 100), () -> m.replace("limit", 1), () -> m.replace("limit", 100, 1),
        () -> m.replaceAll((k, v) -> v), () -> m.computeIfAbsent("window", k -> 1),
        () -> m.computeIfPresent("limit", (k, v) -> v), () -> m.compute("limit", (k, v) -> v),
        () -> m.merge("limit", 1, (a, b) -> b), () -> m.keySet().clear(), () -> m.values().clear(),
        () -> m.entrySet().iterator().next().setValue(1));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable change : changes) {
      assertThatThrownBy(change).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(m).containsExactly(Map.entry("limit", 100));
    MemberMap copy = new MemberMap(m);
    assertThat(copy.isFrozen()).isFalse();
    copy.put("window", "PT1M");
    assertThat(copy).containsExactly(Map.entry("limit", 100), Map.entry("window", "PT1M"));
    assertThat(m).containsExactly(Map.entry("limit", 100));
  }

  @Test
  void rejectsANullName() {
    assertThatThrownBy(() -> new MemberMap().put(null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }
}
