package io.github.spbe4j.cli;

import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe token issue}: prints a signed location token. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Prints a signed location token: rotating (valid for one step, 30 seconds by default) or, with --valid-until,",
            "printed (valid from --at until then)."})
final class TokenIssueCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private TokenKeySource.@Nullable Choice key;

    @Option(names = "--location", paramLabel = "ID", required = true, description = "The location's id.")
    private String location;

    @Option(names = "--at", paramLabel = "INSTANT", description = "The time of issue, e.g. 2026-03-31T08:00:00+07:00 (default: now).")
    private @Nullable OffsetDateTime at;

    @Option(names = "--step", paramLabel = "SECONDS", description = "A rotating token's step, 1..65535 seconds (default: 30).")
    private @Nullable Integer step;

    @Option(names = "--valid-until", paramLabel = "INSTANT", description = "Issue a printed token valid from --at until this time.")
    private @Nullable OffsetDateTime validUntil;

    @Option(names = "--display", paramLabel = "N", defaultValue = "0",
            description = "The screen or printout showing the code, 0..65535 (default: ${DEFAULT-VALUE}).")
    private int display;

    @Override
    public void run() {
        if (step != null && validUntil != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--step and --valid-until exclude each other: a token is rotating (--step) or printed (--valid-until)");
        }
        Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at.toInstant(), ZoneOffset.UTC);
        TokenIssuer issuer = TokenIssuer.of(TokenKeySource.key(key), clock);
        LocationToken token = validUntil == null
                ? issuer.rotating(location, display, Duration.ofSeconds(step == null ? 30 : step))
                : issuer.printed(location, display, clock.instant(), validUntil.toInstant());
        spec.commandLine().getOut().println(token.text());
    }
}
