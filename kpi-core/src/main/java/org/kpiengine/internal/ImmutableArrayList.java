package org.kpiengine.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable list over an array the library has just filled and hands over, for the results
 * it builds on every calculation (an evaluation's indices, a payout's lines): {@link Nulls#copyOf}
 * takes it as it is, where it would copy an {@code ArrayList} into a new list, so a result list is
 * made once rather than filled and then copied.
 *
 * <p>It behaves as {@link java.util.List#copyOf} does: every mutator throws
 * {@link UnsupportedOperationException}, and {@code contains}/{@code indexOf} of null throw
 * {@link NullPointerException}. The caller neither keeps nor changes the array afterwards; null
 * elements are refused when the list is made.
 *
 * @param <E> the element type
 */
public final class ImmutableArrayList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;
    private final int size;

    private ImmutableArrayList(E[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /**
     * Wraps the first {@code size} elements of an array the caller hands over.
     *
     * @param <E> the element type
     * @param elements the array, neither kept nor changed by the caller afterwards
     * @param size how many elements of the array the list holds
     * @return the unmodifiable list, not null
     * @throws NullPointerException if one of the elements is null
     */
    public static <E> ImmutableArrayList<E> of(E[] elements, int size) {
        Objects.checkFromIndexSize(0, size, elements.length);
        for (int i = 0; i < size; i++) {
            Objects.requireNonNull(elements[i], "an element of a result list");
        }
        return new ImmutableArrayList<>(elements, size);
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(@Nullable Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < size; i++) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(@Nullable Object o) {
        Objects.requireNonNull(o);
        for (int i = size - 1; i >= 0; i--) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(@Nullable Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, size, Object[].class);
    }

    // Every mutator refuses, even one that would change nothing (as List.copyOf's lists do).

    @Override
    public boolean add(E e) {
        throw refused();
    }

    @Override
    public void add(int index, E element) {
        throw refused();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw refused();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw refused();
    }

    @Override
    public E set(int index, E element) {
        throw refused();
    }

    @Override
    public E remove(int index) {
        throw refused();
    }

    @Override
    public boolean remove(@Nullable Object o) {
        throw refused();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw refused();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw refused();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw refused();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw refused();
    }

    @Override
    public void sort(@Nullable Comparator<? super E> c) {
        throw refused();
    }

    @Override
    public void clear() {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("an unmodifiable list");
    }
}
