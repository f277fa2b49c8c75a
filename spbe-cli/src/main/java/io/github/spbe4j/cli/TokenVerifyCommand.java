package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.attendance.token.KeyRing;
import io.github.spbe4j.attendance.token.TokenBody;
import io.github.spbe4j.attendance.token.TokenVerifier;
import io.github.spbe4j.attendance.token.Verification;
import io.github.spbe4j.core.internal.Text;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe token verify TOKEN}: exit 0 when the token is accepted, 1 with the reason when rejected. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verifies a token for a location at a time: exit 0 when accepted, 1 when rejected, with the reason.")
final class TokenVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOKEN", description = "The token's text, as a QR code holds it.")
    private String token;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private TokenKeySource.@Nullable Choice key;

    @Option(names = "--location", paramLabel = "ID", required = true, description = "The location the token must be for.")
    private String location;

    @Option(names = "--at", paramLabel = "INSTANT", description = "The time of the scan, e.g. 2026-03-31T08:00:00+07:00 (default: now).")
    private @Nullable OffsetDateTime at;

    @Option(names = "--skew", paramLabel = "SECONDS", defaultValue = "30",
            description = "The clock skew allowed, 0..300 seconds (default: ${DEFAULT-VALUE}).")
    private int skew;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        if (skew < 0 || skew > TokenVerifier.MAX_SKEW.getSeconds()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skew is " + skew + "; it must be 0.."
                    + TokenVerifier.MAX_SKEW.getSeconds() + " seconds");
        }
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(TokenKeySource.key(key).verifyingKey()), Duration.ofSeconds(skew));
        Verification v = verifier.verify(token, location, at == null ? Instant.now() : at.toInstant());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("accepted", v.accepted());
            if (v instanceof Verification.Rejected r) {
                o.put("reason", r.reason().name()).put("detail", r.detail());
            } else if (v instanceof Verification.Accepted a) {
                TokenBody b = a.token().body();
                o.putNull("reason").putNull("detail");
                o.put("keyId", b.keyId()).put("location", b.locationId()).put("display", b.displayId())
                        .put("validFrom", b.validity().from().toString()).put("validUntil", b.validity().until().toString());
            }
            out.println(JsonOutput.text(o));
        } else if (v instanceof Verification.Rejected r) {
            out.println("rejected: " + r.reason().name() + ": " + Text.oneLine(r.detail()));
        } else if (v instanceof Verification.Accepted a) {
            TokenBody b = a.token().body();
            out.println("accepted: key " + b.keyId() + ", location " + Text.oneLine(b.locationId()) + ", display " + b.displayId()
                    + ", valid " + b.validity().from() + " to " + b.validity().until());
        }
        return v.accepted() ? 0 : 1;
    }
}
