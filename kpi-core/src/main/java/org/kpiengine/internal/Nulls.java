package org.kpiengine.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The library's null rule in one place: a null argument is a {@link NullPointerException} whose
 * message names the parameter, with the element's position for a list and the indicator where
 * there is one ({@code weight of indicator 'revenue' is null}).
 */
public final class Nulls {

    /** The shared empty list of {@link List#of()}, told apart by identity. */
    private static final List<?> EMPTY = List.of();

    private Nulls() {
    }

    /**
     * Checks an argument that belongs to an indicator.
     *
     * @param <T> the type
     * @param value the argument
     * @param parameter the parameter's name, such as {@code weight}
     * @param indicatorId the indicator, null if none
     * @return the argument
     * @throws NullPointerException if it is null, naming the parameter and the indicator
     */
    public static <T> T require(@Nullable T value, String parameter, @Nullable String indicatorId) {
        if (value == null) {
            throw new NullPointerException(indicatorId == null ? parameter + " is null"
                    : parameter + " of indicator '" + indicatorId + "' is null");
        }
        return value;
    }

    /**
     * Copies a list argument into an unmodifiable list, refusing a null list or element.
     *
     * @param <T> the element type
     * @param list the list
     * @param parameter the parameter's name, such as {@code templates}
     * @return the unmodifiable copy
     * @throws NullPointerException if the list or an element is null, naming the parameter and
     *     the element's position (from 0)
     */
    public static <T> List<T> copyOf(@Nullable List<? extends T> list, String parameter) {
        if (list == null) {
            throw new NullPointerException(parameter + " is null");
        }
        if (list instanceof ImmutableArrayList) {
            @SuppressWarnings("unchecked") // unmodifiable, so a list of a subtype serves as a list of T
            List<T> trusted = (List<T>) list; // null elements were refused when it was made
            return trusted;
        }
        if (list == EMPTY) {
            return List.of();
        }
        // List.copyOf returns an immutable list as it is and an empty one as the shared empty list,
        // so a value handed on from one record to the next is not copied again; it refuses a null
        // element, whose position is then looked for. The list is not first tested for an interface
        // (such as RandomAccess): on JDK 17 a list class tested against two interfaces in turn (here
        // and List.copyOf's cast to List) misses the JVM's one-entry cache of each test and scans
        // the class's interfaces every time (about a quarter of a pay plan's time in a profile).
        if (list.isEmpty()) {
            return List.of();
        }
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            int position = 0;
            for (T element : list) {
                if (element == null) {
                    throw new NullPointerException(parameter + " [" + position + "] is null");
                }
                position++;
            }
            throw e;
        }
    }
}
