package io.github.spbe4j.core.internal;

import io.github.spbe4j.core.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one order of codes and paths in spbe4j's messages, as people read them: numbers by their value,
 * so that {@code 2} comes before {@code 10} and {@code services[2]} before {@code services[1000]}; and
 * the one way to list many codes briefly, runs of consecutive numbers as ranges ({@code 48..1047}).
 */
public final class Order {

    /**
     * Compares texts in natural order: runs of digits by their numeric value (at any length), other
     * runs of characters as strings. {@code "2" < "10"}, {@code "35.2" < "35.10"},
     * {@code "services[2].title" < "services[10]"}.
     */
    public static final Comparator<String> NATURAL = Order::compareNatural;

    /**
     * Orders problems as their paths lie in a document: array elements by index, then fields by name;
     * problems at one path keep their order when sorted stably.
     */
    public static final Comparator<Problem> PROBLEMS = Comparator.comparing(Problem::path, NATURAL);

    /** The most runs {@link #ranges(Collection, int)} shows unless told otherwise. */
    public static final int RUNS_SHOWN = 20;

    private Order() {
    }

    /**
     * Returns codes as one line: sorted in {@link #NATURAL} order, duplicates dropped, runs of
     * consecutive whole numbers written {@code first..last}, every code shown as {@link Text#clean}
     * shows it, and no more than {@code maxRuns} runs shown before {@code "and N more"}:
     * {@code "48..1000047"}, {@code "0, 48..50, x"}.
     *
     * @param codes the codes
     * @param maxRuns the most runs shown
     * @return the list
     */
    public static String ranges(Collection<String> codes, int maxRuns) {
        List<String> sorted = sortedNaturally(codes);
        StringBuilder sb = new StringBuilder();
        int runs = 0;
        int i = 0;
        int n = sorted.size();
        while (i < n) {
            int j = i;
            while (j + 1 < n && (sorted.get(j + 1).equals(sorted.get(j)) || follows(sorted.get(j), sorted.get(j + 1)))) {
                j++;
            }
            if (runs == maxRuns) {
                long rest = sorted.subList(i, n).stream().distinct().count();
                sb.append(", and ").append(rest).append(" more");
                break;
            }
            if (runs > 0) {
                sb.append(", ");
            }
            sb.append(Text.clean(sorted.get(i)));
            if (!sorted.get(j).equals(sorted.get(i))) {
                sb.append(follows(sorted.get(i), sorted.get(j)) ? ", " : "..").append(Text.clean(sorted.get(j)));
            }
            runs++;
            i = j + 1;
        }
        return sb.toString();
    }

    /**
     * Returns codes in {@link #NATURAL} order; plain whole numbers of up to 18 digits (nearly every
     * code) are sorted as numbers, which costs far less than comparing texts, and placed where the
     * natural order puts them among the others.
     */
    private static List<String> sortedNaturally(Collection<String> codes) {
        long[] numbers = new long[codes.size()];
        int count = 0;
        List<String> others = new ArrayList<>();
        for (String code : codes) {
            if (isPlainNumber(code) && code.length() <= 18) {
                numbers[count++] = Long.parseLong(code);
            } else {
                others.add(code);
            }
        }
        Arrays.sort(numbers, 0, count);
        others.sort(NATURAL);
        List<String> sorted = new ArrayList<>(codes.size());
        int i = 0;
        for (String other : others) {
            while (i < count && NATURAL.compare(Long.toString(numbers[i]), other) < 0) {
                sorted.add(Long.toString(numbers[i++]));
            }
            sorted.add(other);
        }
        while (i < count) {
            sorted.add(Long.toString(numbers[i++]));
        }
        return sorted;
    }

    /** Tells whether b is the whole number right after a, both written plainly (no sign, no leading zero). */
    private static boolean follows(String a, String b) {
        if (!isPlainNumber(a) || !isPlainNumber(b) || a.length() > 18 || b.length() > 18) {
            return false;
        }
        return Long.parseLong(b) == Long.parseLong(a) + 1;
    }

    private static boolean isPlainNumber(String s) {
        if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int byLength = Integer.compare(ei - si, ej - sj);
                if (byLength != 0) {
                    return byLength;
                }
                for (int k = 0; k < ei - si; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
                // equal values: fewer leading zeros first, so that "1" and "01" stay distinct
                int zeros = Integer.compare(si - i, sj - j);
                if (zeros != 0) {
                    return zeros;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
