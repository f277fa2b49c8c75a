package io.github.spbe4j.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The instant a command's answers are read at: {@code --at}, an ISO 8601 date and time with its offset, or now. */
final class AtOption {

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "The instant the answers are read at, ISO 8601 with its offset (2026-03-31T12:00:00+07:00); default: now.")
    private @Nullable OffsetDateTime at;

    /** The instant asked for, or now. */
    Instant instant() {
        return at == null ? Instant.now() : at.toInstant();
    }
}
