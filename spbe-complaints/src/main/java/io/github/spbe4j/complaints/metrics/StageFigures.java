package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.core.Problem;
import java.util.Optional;

/**
 * Where one SLA stage stands across a group of complaints at the instant of a report, as the SLA clock reads
 * each: how many met it on time, met it late, are overdue, are running within the deadline, or paused.
 * Complaints to which the stage does not apply (not yet started, or ended before it) are not counted.
 * Immutable and thread-safe.
 *
 * @param met met by the deadline (or while the clock was paused)
 * @param metLate met after the deadline
 * @param overdue not met, deadline passed
 * @param running not met, deadline not passed
 * @param paused not met, clock paused
 * @since 0.1.0
 */
public record StageFigures(int met, int metLate, int overdue, int running, int paused) {

    /**
     * Checks that no count is negative.
     *
     * @param met met on time
     * @param metLate met late
     * @param overdue overdue
     * @param running running
     * @param paused paused
     * @throws InvalidComplaintException if one is
     */
    public StageFigures {
        if (met < 0 || metLate < 0 || overdue < 0 || running < 0 || paused < 0) {
            throw new InvalidComplaintException(Problem.of("met", "StageFigures", "stage counts " + met + ", " + metLate + ", "
                    + overdue + ", " + running + ", " + paused + "; counts are 0 or more", String.valueOf(met)));
        }
    }

    /**
     * Returns the number of complaints whose stage is decided: met on time, met late or overdue.
     *
     * @return met + met late + overdue
     */
    public int decided() {
        return met + metLate + overdue;
    }

    /**
     * Returns the share within the SLA: met on time of the decided ({@code met ÷ (met + metLate + overdue)});
     * running and paused stages are not decided yet and not counted.
     *
     * @return the share, empty when nothing is decided (rather than 0 of 0)
     */
    public Optional<Share> withinSla() {
        return decided() == 0 ? Optional.empty() : Optional.of(new Share(met, decided()));
    }

    /** Returns e.g. {@code met 8, late 1, overdue 1, running 2, paused 0}. */
    @Override
    public String toString() {
        return "met " + met + ", late " + metLate + ", overdue " + overdue + ", running " + running + ", paused " + paused;
    }
}
