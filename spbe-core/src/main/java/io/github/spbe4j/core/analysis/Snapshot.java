package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One side of a comparison: whose assessment, of which year, stage and framework, and its index and
 * predikat.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agency the agency assessed
 * @param year the year of the evaluation
 * @param stage the stage the assessment records
 * @param framework the framework's id, e.g. {@code "spbe-2020"}
 * @param index the exact, unrounded index
 * @param indexRounded the index rounded half-up to two decimals
 * @param predikat the predikat's name, read as the card's options say
 * @since 0.2.0
 */
public record Snapshot(Agency agency, int year, Stage stage, String framework, BigDecimal index, BigDecimal indexRounded,
        String predikat) {

    /** Checks for nulls. */
    public Snapshot {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(indexRounded, "indexRounded");
        Objects.requireNonNull(predikat, "predikat");
    }

    /**
     * Returns the snapshot of a score card.
     *
     * @param card the score card
     * @return its snapshot
     */
    public static Snapshot of(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        return new Snapshot(card.assessment().agency(), card.assessment().year(), card.assessment().stage(), card.framework().id(),
                card.index(), card.indexRounded(), card.predikat().name());
    }

    /** Returns e.g. {@code Kota Contoh 2025 self-assessment spbe-2020: 2.78 Baik}. */
    @Override
    public String toString() {
        return agency.name() + " " + year + " " + stage.id() + " " + framework + ": " + indexRounded.toPlainString() + " " + predikat;
    }
}
