package io.github.spbe4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.IdentifierCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A cheap collector of failed checks for property loops: plain comparisons, a message built only on
 * failure, and one assertion at the end listing every failure (AssertJ soft assertions are too slow
 * for hundreds of thousands of checks).
 */
public final class Checks {

    /** Returns the text forms of an invalid check's problems, failing when the check is valid. */
    public static List<String> invalidTexts(IdentifierCheck<?> check) {
        assertThat(check).isInstanceOf(IdentifierCheck.Invalid.class);
        return texts(((IdentifierCheck.Invalid<?>) check).problems());
    }

    /** Returns the text forms of problems, as exception messages show them, for assertions on text. */
    public static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private static final int MAX_REPORTED = 25;

    private final List<String> failures = new ArrayList<>();
    private int checks;

    public void isTrue(boolean condition, Supplier<String> what) {
        checks++;
        if (!condition) {
            failures.add(what.get());
        }
    }

    public void equal(Object actual, Object expected, Supplier<String> what) {
        checks++;
        if (!Objects.equals(actual, expected)) {
            failures.add(what.get() + ": expected " + expected + " but was " + actual);
        }
    }

    /** Compares decimals by value (compareTo), ignoring their scale. */
    public void sameValue(BigDecimal actual, BigDecimal expected, Supplier<String> what) {
        checks++;
        if (actual == null || expected == null ? actual != expected : actual.compareTo(expected) != 0) {
            failures.add(what.get() + ": expected " + expected + " but was " + actual);
        }
    }

    /** Checks that an engine decimal stands for the oracle's exact value (see {@link Rational#matches}). */
    public void matches(BigDecimal actual, Rational expected, Supplier<String> what) {
        checks++;
        if (actual == null || !expected.matches(actual)) {
            failures.add(what.get() + ": oracle " + expected + " but engine " + (actual == null ? null : actual.toPlainString()));
        }
    }

    public int count() {
        return checks;
    }

    /** Fails listing every failed check; also fails when nothing was checked at all. */
    public void assertAll() {
        assertThat(checks).as("number of checks made").isPositive();
        List<String> shown = failures.size() > MAX_REPORTED ? failures.subList(0, MAX_REPORTED) : failures;
        assertThat(shown).as("%d of %d checks failed", failures.size(), checks).isEmpty();
    }
}
