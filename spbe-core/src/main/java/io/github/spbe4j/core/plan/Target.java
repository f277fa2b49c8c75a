package io.github.spbe4j.core.plan;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A planning target: an index value, or a predikat of the framework (which stands for its lower
 * bound).
 *
 * <p>A target is met when the index, read as the score card reads the predikat
 * ({@link io.github.spbe4j.core.scoring.PredikatReading}: by default rounded half-up to two decimals),
 * is at least the target's value. {@code Target.parse("4.2")} and {@code Target.parse("Memuaskan")}
 * read the command line's forms; {@link #toString()} gives them back. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Target {

    /** The most decimals an index target may have. */
    public static final int MAX_DECIMALS = 10;

    private final @Nullable BigDecimal index;
    private final @Nullable String predikat;

    private Target(@Nullable BigDecimal index, @Nullable String predikat) {
        this.index = index;
        this.predikat = predikat;
    }

    /**
     * Returns a target index value.
     *
     * @param value the index to reach, 0..1000 with at most {@value #MAX_DECIMALS} decimals
     * @return the target
     * @throws SpbeException if the value is negative, above 1000 or too precise
     */
    public static Target index(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal v = value.stripTrailingZeros();
        String shown = v.scale() > 40 || v.precision() > 40 ? v.toString() : v.toPlainString();
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw invalid("target index is " + shown + "; a target runs 0..1000", shown);
        }
        if (v.scale() > MAX_DECIMALS) {
            throw invalid("target index " + shown + " has more than " + MAX_DECIMALS + " decimals", shown);
        }
        return new Target(v.scale() < 0 ? v.setScale(0) : v, null);
    }

    /**
     * Returns a target predikat: its lower bound, in the framework planned for.
     *
     * @param name the predikat's name, e.g. {@code "Memuaskan"} (or its label, such as a Pemdi maturity label)
     * @return the target
     * @throws SpbeException if the name is blank
     */
    public static Target predikat(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw invalid("target predikat is blank", Text.quote(name));
        }
        return new Target(null, name.strip());
    }

    /**
     * Reads a target: a number is an index, anything else a predikat's name.
     *
     * @param text e.g. {@code "4.2"} or {@code "Memuaskan"}
     * @return the target
     * @throws SpbeException if the text is blank or a number out of range
     */
    public static Target parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.length() <= 40 && t.matches("[0-9]+(\\.[0-9]+)?")) {
            return index(new BigDecimal(t));
        }
        return predikat(t);
    }

    /**
     * Returns the index value, when this target is one.
     *
     * @return the index
     */
    public Optional<BigDecimal> index() {
        return Optional.ofNullable(index);
    }

    /**
     * Returns the predikat's name, when this target is one.
     *
     * @return the name
     */
    public Optional<String> predikat() {
        return Optional.ofNullable(predikat);
    }

    /**
     * Returns the value the index must reach in a framework: the index itself, or the predikat's lower bound.
     *
     * @param framework the framework
     * @return the value
     * @throws SpbeException if the framework has no predikat of that name (its names are listed)
     */
    public BigDecimal valueIn(Framework framework) {
        Objects.requireNonNull(framework, "framework");
        if (index != null) {
            return index;
        }
        for (PredikatBand band : framework.predikat()) {
            if (band.name().equalsIgnoreCase(predikat) || band.label().filter(l -> l.equalsIgnoreCase(predikat)).isPresent()) {
                return band.lower();
            }
        }
        List<String> names = new ArrayList<>();
        framework.predikat().forEach(b -> names.add(b.name()));
        throw invalid("target predikat " + Text.quote(Objects.requireNonNull(predikat)) + " is not one of " + framework.id()
                + "'s: " + String.join(", ", names), Text.quote(predikat));
    }

    private static SpbeException invalid(String message, String shown) {
        return new SpbeException(Problem.of("target", "Target", message, shown));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Target t && Objects.equals(index, t.index) && Objects.equals(predikat, t.predikat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, predikat);
    }

    /** Returns the index as plain text ({@code 4.2}) or the predikat's name; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return index != null ? index.toPlainString() : Objects.requireNonNull(predikat);
    }
}
