package io.github.spbe4j.core.fuzz;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The contracts the fuzz tests check. Each check returns normally or throws an {@link AssertionError}
 * (or lets an unexpected exception escape), which Jazzer reports as a finding.
 */
final class FuzzChecks {

    private FuzzChecks() {
    }

    /**
     * Runs a read and returns its result, or null when it threw an {@link SpbeException} with a proper
     * message; any other exception escapes.
     */
    static <T> @Nullable T readOrRefuse(Supplier<T> read) {
        try {
            T value = read.get();
            assertThat(value).as("a read returns a value or throws").isNotNull();
            return value;
        } catch (SpbeException e) {
            checkMessage(e);
            return null;
        }
    }

    /** Checks that an exception's message and every problem it lists is a non-blank single line. */
    static void checkMessage(SpbeException e) {
        checkLine(e.getMessage(), e);
        assertThat(texts(e.problems())).as("problems of %s", e.getClass().getSimpleName()).isNotEmpty();
        for (String problem : texts(e.problems())) {
            checkLine(problem, e);
        }
    }

    private static void checkLine(@Nullable String text, SpbeException e) {
        if (text == null || text.isBlank()) {
            throw new AssertionError(e.getClass().getName() + " has a blank message", e);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(e.getClass().getName() + " has a line break (U+" + String.format("%04X", (int) c)
                        + ") at " + i + " in its message: " + text.replace("\n", "\\n").replace("\r", "\\r"), e);
            }
            if (Character.isISOControl(c) || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                    || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new AssertionError(e.getClass().getName() + " lets U+" + String.format("%04X", (int) c) + " through raw at " + i
                        + " in its message", e);
            }
        }
        for (String internal : new String[] {"com.fasterxml", "Feature", "Exception", "java.", "`", "Constraints"}) {
            if (text.contains(internal)) {
                throw new AssertionError(e.getClass().getName() + " names a library internal (" + internal + ") in its message: "
                        + text, e);
            }
        }
    }

    /** Reads a framework from bytes, both as a stream and as text, and checks each result. */
    static void frameworkFromBytes(byte[] data) {
        framework(readOrRefuse(() -> Framework.read(new ByteArrayInputStream(data), "fuzz.json")));
        framework(readOrRefuse(() -> Framework.parse(new String(data, StandardCharsets.UTF_8))));
    }

    /** Reads a framework from text and checks it; returns it when it was valid. */
    static @Nullable Framework frameworkFromText(String json) {
        Framework f = readOrRefuse(() -> Framework.parse(json));
        framework(f);
        return f;
    }

    /**
     * Checks a framework read: its JSON form reads back equal and is stable, and it either compiles into
     * a scorer or is refused with a proper {@link SpbeException}; a scorer scores the all-maximum and
     * all-minimum assessments to exactly the scale's maximum and minimum, at every node.
     */
    static void framework(@Nullable Framework f) {
        if (f == null) {
            return;
        }
        String written = f.toJson();
        Framework back = Framework.parse(written);
        assertThat(back).as("framework %s read back from its JSON form", f.id()).isEqualTo(f);
        assertThat(back.toJson()).as("JSON form of framework %s written twice", f.id()).isEqualTo(written);
        Scorer scorer;
        try {
            scorer = Scorer.of(f);
        } catch (SpbeException e) {
            checkMessage(e);
            return;
        }
        uniform(scorer, f.scale().max());
        uniform(scorer, f.scale().min());
    }

    private static void uniform(Scorer scorer, int level) {
        Framework f = scorer.framework();
        ScoreCard card = score(scorer, code -> BigDecimal.valueOf(level));
        if (card == null) {
            return;
        }
        BigDecimal expected = BigDecimal.valueOf(level);
        assertThat(card.index()).as("index of %s with every indicator at %d", f.id(), level).isEqualByComparingTo(expected);
        assertThat(card.indexRounded()).as("rounded index of %s with every indicator at %d", f.id(), level)
                .isEqualByComparingTo(expected);
        for (NodeScore n : card.nodes()) {
            assertThat(n.index()).as("index of node %s of %s with every indicator at %d", n.code(), f.id(), level)
                    .isEqualByComparingTo(expected);
        }
    }

    /**
     * Scores an assessment of every indicator of the scorer's framework with the values given, checks
     * the card and its JSON form, and returns it (null if the values were refused).
     */
    static @Nullable ScoreCard score(Scorer scorer, IntFunction<BigDecimal> value) {
        Framework f = scorer.framework();
        Assessment.Builder b = Assessment.builder(f.id(), Agency.named("Kota Contoh"), 2026);
        int i = 0;
        for (Indicator indicator : f.indicators()) {
            b.value(indicator.code(), value.apply(i++));
        }
        Assessment a = b.build();
        ScoreCard card;
        try {
            card = scorer.score(a);
        } catch (SpbeException e) {
            checkMessage(e);
            return null;
        }
        card(card);
        return card;
    }

    /** Checks a score card: the index lies on 0..max, every number is consistent, and it writes. */
    static void card(ScoreCard card) {
        BigDecimal max = BigDecimal.valueOf(card.framework().scale().max());
        assertThat(card.index()).as("index of %s", card).isBetween(BigDecimal.ZERO, max);
        assertThat(card.indexRounded()).as("rounded index of %s", card).isBetween(BigDecimal.ZERO, max);
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorScore s : card.indicators()) {
            assertThat(s.headroom()).as("headroom of %s", s.code()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            sum = sum.add(s.contribution());
        }
        // contributions are exact unless a weight is a fraction without a decimal form
        boolean decimalWeights = card.framework().indicators().stream().allMatch(i -> i.weight().isDecimal());
        if (decimalWeights) {
            assertThat(sum).as("sum of the contributions of %s", card).isEqualByComparingTo(card.index());
        }
        card.predikat();
        card.byHeadroom();
        String json = SpbeJson.write(card);
        assertThat(json).as("JSON form of %s", card).isNotBlank();
    }

    /** Reads an assessment from bytes, both as a stream and as text, and checks each result. */
    static void assessmentFromBytes(byte[] data) {
        assessment(readOrRefuse(() -> SpbeJson.readAssessment(new ByteArrayInputStream(data), "fuzz.json")));
        assessment(readOrRefuse(() -> SpbeJson.readAssessment(new String(data, StandardCharsets.UTF_8))));
    }

    /** Reads an assessment from text and checks it. */
    static void assessmentFromText(String json) {
        assessment(readOrRefuse(() -> SpbeJson.readAssessment(json)));
    }

    /**
     * Checks an assessment read: its JSON form reads back equal, and when it names a built-in framework
     * it scores or is refused with a proper {@link SpbeException}, and the card writes.
     */
    static void assessment(@Nullable Assessment a) {
        if (a == null) {
            return;
        }
        String written = SpbeJson.write(a);
        Assessment back = SpbeJson.readAssessment(written);
        assertThat(back).as("%s read back from its JSON form", a).isEqualTo(a);
        assertThat(SpbeJson.write(back)).as("JSON form of %s written twice", a).isEqualTo(written);
        Optional<Framework> f = FrameworkRegistry.builtIn().find(a.frameworkId());
        if (f.isEmpty()) {
            return;
        }
        ScoreCard card;
        try {
            card = Scorer.of(f.get()).score(a);
        } catch (SpbeException e) {
            checkMessage(e);
            return;
        }
        card(card);
    }
}
