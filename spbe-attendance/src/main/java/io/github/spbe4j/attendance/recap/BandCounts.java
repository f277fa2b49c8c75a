package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.attendance.schedule.Band;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many days fell in each band of a list (the lateness bands TL1..TL4, or the early-leave bands
 * PSW1..PSW4), in the rules' order, and their total. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BandCounts {

    private final List<Band> bands;
    private final int[] counts;
    private final int total;

    private BandCounts(List<Band> bands, int[] counts) {
        this.bands = bands;
        this.counts = counts;
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        this.total = t;
    }

    /**
     * Returns counts per band.
     *
     * @param bands the bands, in order
     * @param counts the count of each band, in the same order, each 0 or more
     * @return the counts
     * @throws InvalidRecapException if the lengths differ or a count is negative
     */
    public static BandCounts of(List<Band> bands, int[] counts) {
        List<Band> b = List.copyOf(bands);
        if (b.size() != counts.length || Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw InvalidRecapException.of("counts", "BandCounts", "counts " + Arrays.toString(counts) + " do not fit the "
                    + b.size() + " bands; one count of 0 or more per band", Arrays.toString(counts));
        }
        return new BandCounts(b, counts.clone());
    }

    /** Counts over shared band lists, owning the array. */
    static BandCounts owning(List<Band> bands, int[] counts) {
        return new BandCounts(bands, counts);
    }

    /**
     * Returns the count of a band.
     *
     * @param code the band's code, e.g. {@code TL2}
     * @return the count; 0 for a code not among the bands
     */
    public int count(String code) {
        for (int i = 0; i < counts.length; i++) {
            if (bands.get(i).code().equals(code)) {
                return counts[i];
            }
        }
        return 0;
    }

    /**
     * Returns the total over all bands.
     *
     * @return the total
     */
    public int total() {
        return total;
    }

    /**
     * Returns the bands counted.
     *
     * @return the bands, in order
     */
    public List<Band> bands() {
        return bands;
    }

    /**
     * Returns the count of each band by code, in the bands' order, zeros included.
     *
     * @return the counts, unmodifiable
     */
    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(bands.get(i).code(), counts[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    int countAt(int band) {
        return counts[band];
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof BandCounts c && bands.equals(c.bands) && Arrays.equals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bands, Arrays.hashCode(counts));
    }

    /** Returns the total and the bands that have days, e.g. {@code 3 (TL1 2, TL3 1)}, or {@code 0}. */
    @Override
    public String toString() {
        if (total == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder().append(total).append(" (");
        String sep = "";
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                s.append(sep).append(bands.get(i).code()).append(' ').append(counts[i]);
                sep = ", ";
            }
        }
        return s.append(')').toString();
    }
}
