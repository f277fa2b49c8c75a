package io.github.spbe4j.cli;

import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How a command reads the SLA clock: the instant its answers are read at ({@code --at}, an ISO 8601 date
 * and time with its offset, or now) and whose working days count ({@code --workforce}).
 */
final class SlaOptions {

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "The instant the answers are read at, ISO 8601 with its offset (2026-03-31T12:00:00+07:00); default: now.")
    private @Nullable OffsetDateTime at;

    @Option(names = "--workforce", paramLabel = "civil-service|private", defaultValue = "civil-service",
            description = "Whose working days count: civil-service (cuti bersama are days off) or private (they are working days)"
                    + " (default: ${DEFAULT-VALUE}).")
    private Workforce workforce = Workforce.CIVIL_SERVICE;

    /** The instant asked for, or now. */
    Instant instant() {
        return at == null ? Instant.now() : at.toInstant();
    }

    /** The register's SLA clock, on the calendar of the workforce asked for. */
    SlaClock clock(ComplaintRegister register) {
        return register.slaClock().withCalendar(WorkingDayCalendar.indonesia(workforce));
    }
}
