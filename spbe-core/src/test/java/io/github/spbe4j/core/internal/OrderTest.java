package io.github.spbe4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The natural order of codes and paths, and code ranges, against independent oracles. */
class OrderTest {

    /** The oracle: a text as a list of parts, digit runs as (value, leading zeros), other characters one by one. */
    private static List<Object> parts(String s) {
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                int j = i;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                String digits = s.substring(i, j);
                int zeros = 0;
                while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
                    zeros++;
                }
                // "0" and "00": value 0; the oracle counts the zeros before the value's own digits
                parts.add(new BigInteger[] {new BigInteger(digits), BigInteger.valueOf(digits.length() - significant(digits))});
                i = j;
            } else {
                parts.add(s.charAt(i));
                i++;
            }
        }
        return parts;
    }

    private static int significant(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.length();
    }

    private static int oracle(String a, String b) {
        List<Object> x = parts(a);
        List<Object> y = parts(b);
        for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
            Object p = x.get(k);
            Object q = y.get(k);
            int c;
            if (p instanceof BigInteger[] m && q instanceof BigInteger[] n) {
                c = m[0].compareTo(n[0]);
                if (c == 0) {
                    c = m[1].compareTo(n[1]);
                }
            } else if (p instanceof Character m && q instanceof Character n) {
                c = Character.compare(m, n);
            } else {
                // a digit run against another character: as the run's first digit compares
                char m = p instanceof Character ch ? ch : a.charAt(offset(x, k, a));
                char n = q instanceof Character ch ? ch : b.charAt(offset(y, k, b));
                c = Character.compare(m, n);
            }
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.signum(Integer.compare(x.size(), y.size()));
    }

    /** The position in a text of its k-th part. */
    private static int offset(List<Object> parts, int k, String s) {
        int at = 0;
        for (int i = 0; i < k; i++) {
            Object p = parts.get(i);
            if (p instanceof Character) {
                at++;
            } else {
                while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                    at++;
                }
            }
        }
        return at;
    }

    static Stream<List<String>> samples() {
        Random random = new Random(42);
        String alphabet = "0012349.[]ab";
        return IntStream.range(0, 200).mapToObj(i -> {
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(7);
                for (int c = 0; c < n; c++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                texts.add(sb.toString());
            }
            return texts;
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void natural_agreesWithTheOracleAndIsATotalOrder(List<String> texts) {
        for (String a : texts) {
            for (String b : texts) {
                int c = Integer.signum(Order.NATURAL.compare(a, b));
                assertThat(c).as("%s vs %s", a, b).isEqualTo(oracle(a, b));
                assertThat(c).as("antisymmetric %s vs %s", a, b).isEqualTo(-Integer.signum(Order.NATURAL.compare(b, a)));
                assertThat(c == 0).as("zero only for equal texts: %s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    void natural_putsNumbersByValue() {
        List<String> paths = new ArrayList<>(List.of("services[1000].title", "services[2].title", "services[10]", "services[2]",
                "instansi[0]", "35.10", "35.2", "35.1"));
        paths.sort(Order.NATURAL);
        assertThat(paths).containsExactly("35.1", "35.2", "35.10", "instansi[0]", "services[2]", "services[2].title", "services[10]",
                "services[1000].title");
    }

    @Test
    void problems_sortByPathNumerically_andKeepTheOrderOfOnePath() {
        List<Problem> problems = new ArrayList<>(List.of(Problem.of("services[1000].id", "A", "a", null),
                Problem.of("services[2].id", "B", "first at 2", null), Problem.of("services[2].id", "C", "second at 2", null)));
        problems.sort(Order.PROBLEMS);
        assertThat(problems).extracting(Problem::message).containsExactly("first at 2", "second at 2", "a");
    }

    @Test
    void ranges_compressesRunsOfWholeNumbers() {
        assertThat(Order.ranges(List.of("50", "48", "49", "x", "0", "52", "53", "7a"), 20)).isEqualTo("0, 7a, 48..50, 52, 53, x");
        assertThat(Order.ranges(List.of("07", "8", "9"), 20)).isEqualTo("07, 8, 9");
        assertThat(Order.ranges(List.of("5", "5", "6"), 20)).isEqualTo("5, 6");
    }

    @Test
    void ranges_ofAMillionCodes_isShort() {
        List<String> codes = IntStream.range(48, 1_000_048).mapToObj(Integer::toString).toList();
        assertThat(Order.ranges(codes, 20)).isEqualTo("48..1000047");
    }

    static Stream<long[]> numberSets() {
        Random random = new Random(7);
        return IntStream.range(0, 300).mapToObj(i -> random.longs(random.nextInt(40), 0, 60).toArray());
    }

    @ParameterizedTest
    @MethodSource("numberSets")
    void ranges_ofWholeNumbers_expandBackToTheSameSet(long[] numbers) {
        List<String> codes = new ArrayList<>();
        for (long n : numbers) {
            codes.add(Long.toString(n));
        }
        String shown = Order.ranges(codes, Integer.MAX_VALUE);
        TreeSet<Long> expected = new TreeSet<>();
        for (long n : numbers) {
            expected.add(n);
        }
        TreeSet<Long> back = new TreeSet<>();
        if (!shown.isEmpty()) {
            for (String part : shown.split(", ")) {
                String[] ends = part.split("\\.\\.");
                long from = Long.parseLong(ends[0]);
                long to = Long.parseLong(ends[ends.length - 1]);
                assertThat(ends.length == 1 || to - from >= 2).as("a range covers at least three numbers: %s", part).isTrue();
                for (long v = from; v <= to; v++) {
                    back.add(v);
                }
            }
        }
        assertThat(back).isEqualTo(expected);
    }

    @Test
    void ranges_beyondTheRunsShown_saysHowManyMore() {
        List<String> odd = IntStream.range(0, 50).mapToObj(i -> Integer.toString(2 * i + 1)).toList();
        assertThat(Order.ranges(odd, 3)).isEqualTo("1, 3, 5, and 47 more");
    }
}
