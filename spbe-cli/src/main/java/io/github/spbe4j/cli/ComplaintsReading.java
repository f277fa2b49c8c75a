package io.github.spbe4j.cli;

import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import picocli.CommandLine.Option;

/**
 * How a {@code spbe complaints} command reads its complaints file: in the language asked for the
 * messages about a bad one, its complaints following the SP4N-LAPOR! table. (The file itself is the
 * command's {@link InputFile}, which must be mixed into the command directly to find its standard input.)
 */
final class ComplaintsReading {

    @Option(names = "--locale", defaultValue = "en",
            description = "Language of the messages about a bad file: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language locale = Language.en;

    /** Reads the complaints file (or standard input). */
    ComplaintRegister read(InputFile input) {
        ValidatorLogging.quiet();
        return input.read(file -> ComplaintsJson.read(file, locale.locale(), TransitionTable.sp4nLapor()),
                (in, name) -> ComplaintsJson.read(in, name, locale.locale(), TransitionTable.sp4nLapor()));
    }
}
