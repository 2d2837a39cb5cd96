package org.kpiengine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The array-backed result list behaves as the list List.copyOf makes of the same elements. */
class ImmutableArrayListProperties {

    @Test
    void behavesAsListCopyOfTheSameElements() {
        qt().withExamples(500)
                .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 3)).ofSizeBetween(0, 12),
                        integers().between(0, 4), strings().basicLatinAlphabet().ofLengthBetween(0, 3))
                .checkAssert((elements, spare, probe) -> {
                    String[] array = elements.toArray(new String[elements.size() + spare]);
                    List<String> list = ImmutableArrayList.of(array, elements.size());
                    List<String> expected = List.copyOf(elements);
                    assertEquals(expected, list);
                    assertEquals(list, expected);
                    assertEquals(expected.hashCode(), list.hashCode());
                    assertEquals(expected.toString(), list.toString());
                    assertEquals(expected.size(), list.size());
                    assertEquals(expected.contains(probe), list.contains(probe));
                    assertEquals(expected.indexOf(probe), list.indexOf(probe));
                    assertEquals(expected.lastIndexOf(probe), list.lastIndexOf(probe));
                    assertEquals(new ArrayList<>(expected), new ArrayList<>(list));
                    assertEquals(List.of(expected.toArray()), List.of(list.toArray()));
                    assertThrows(IndexOutOfBoundsException.class, () -> list.get(elements.size()));
                    assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
                    assertThrows(UnsupportedOperationException.class, () -> list.clear());
                    assertThrows(UnsupportedOperationException.class, () -> list.addAll(List.of()));
                    assertThrows(UnsupportedOperationException.class, () -> list.removeIf(e -> false));
                    assertThrows(UnsupportedOperationException.class, () -> list.removeAll(List.of()));
                    assertThrows(UnsupportedOperationException.class, () -> list.retainAll(List.of()));
                    assertThrows(UnsupportedOperationException.class, () -> list.remove("x"));
                    assertThrows(UnsupportedOperationException.class, () -> list.sort(null));
                    assertThrows(UnsupportedOperationException.class, () -> list.replaceAll(e -> e));
                    assertThrows(NullPointerException.class, () -> list.contains(null));
                    assertThrows(NullPointerException.class, () -> list.indexOf(null));
                    assertSame(list, Nulls.copyOf(list, "list"));
                });
    }

    @Test
    void refusesANullElementWhenMade() {
        String[] array = {"a", null, "c"};
        assertThrows(NullPointerException.class, () -> ImmutableArrayList.of(array, 3));
        assertEquals(List.of("a"), ImmutableArrayList.of(array, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> ImmutableArrayList.of(array, 4));
    }

    @Test
    void nullsCopyOfNamesThePositionOfANullElementOfAnyList() {
        List<String> withNull = new ArrayList<>(List.of("a", "b", "c"));
        withNull.set(2, null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> Nulls.copyOf(withNull, "lines"));
        assertEquals("lines [2] is null", e.getMessage());
        java.util.LinkedList<String> linked = new java.util.LinkedList<>(withNull);
        NullPointerException linkedError = assertThrows(NullPointerException.class, () -> Nulls.copyOf(linked, "lines"));
        assertEquals("lines [2] is null", linkedError.getMessage());
        List<String> immutable = List.of("a", "b");
        assertSame(immutable, Nulls.copyOf(immutable, "lines"));
        assertSame(List.of(), Nulls.copyOf(new ArrayList<String>(), "lines"));
    }
}
