package io.github.spbe4j.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The ids used more than once in a list, found in one pass: each repeated id once, with how many
 * elements use it and where the first few are. A file of forty thousand copies of one service gives
 * one repeat of forty thousand, not forty thousand problems.
 */
public final class Repeats {

    /** How many positions of a repeated id a message shows before "and N more". */
    public static final int SHOWN = 10;

    /**
     * An id used by more than one element of a list.
     *
     * @param id the id
     * @param count how many elements use it, at least 2
     * @param positions the indexes of the first elements that use it, at most {@value #SHOWN}, ascending
     */
    public record Repeat(String id, int count, List<Integer> positions) {
        /** Copies the positions. */
        public Repeat {
            Objects.requireNonNull(id, "id");
            positions = List.copyOf(positions);
        }

        /**
         * Returns the positions as a message lists them: {@code services[0], services[3] and services[7]}, or
         * {@code services[0], ..., services[9] and 39990 more}.
         *
         * @param list the list's name, e.g. {@code services}
         * @param and the word for "and", e.g. {@code and} or {@code dan}
         * @param more how "N more" reads, given N, e.g. {@code n -> n + " more"}
         * @return the positions
         */
        public String shown(String list, String and, IntFunction<String> more) {
            StringBuilder sb = new StringBuilder();
            int rest = count - positions.size();
            for (int i = 0; i < positions.size(); i++) {
                boolean last = i == positions.size() - 1 && rest == 0;
                sb.append(i == 0 ? "" : last ? " " + and + " " : ", ").append(list).append('[').append(positions.get(i)).append(']');
            }
            if (rest > 0) {
                sb.append(' ').append(and).append(' ').append(more.apply(rest));
            }
            return sb.toString();
        }
    }

    private Repeats() {
    }

    /**
     * Returns the ids that more than one element of a list uses, in the order of their first use; linear in
     * the list's length.
     *
     * @param size the list's length
     * @param id the id of the element at an index; null for an element without one, which is left out
     * @return the repeats
     */
    public static List<Repeat> of(int size, IntFunction<@Nullable String> id) {
        // per id: how many use it and the first index; positions only for ids used twice or more
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String key = id.apply(i);
            if (key == null) {
                continue;
            }
            int at = i;
            int[] c = counts.computeIfAbsent(key, k -> new int[] {0, at});
            c[0]++;
            if (c[0] == 2) {
                List<Integer> list = new ArrayList<>(SHOWN);
                list.add(c[1]);
                list.add(i);
                positions.put(key, list);
            } else if (c[0] > 2 && c[0] <= SHOWN) {
                positions.get(key).add(i);
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] > 1) {
                repeats.add(new Repeat(key, c[0], positions.get(key)));
            }
        });
        return repeats;
    }
}
