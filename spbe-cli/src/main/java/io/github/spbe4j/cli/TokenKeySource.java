package io.github.spbe4j.cli;

import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where a token command finds its key: a key file, or an environment variable holding a key file's
 * text. Never an argument, which other users of the machine can see.
 */
final class TokenKeySource {

    /** Exactly one of the two. */
    static final class Choice {
        @Option(names = "--key-file", paramLabel = "KEYFILE", required = true, description = "The key file (written by 'spbe token keygen').")
        @Nullable Path keyFile;

        @Option(names = "--key-env", paramLabel = "NAME", required = true,
                description = "The environment variable whose value is the key file's content.")
        @Nullable String keyEnv;
    }

    private TokenKeySource() {
    }

    /** Reads the key the options name. */
    static TokenKey key(@Nullable Choice choice) {
        Choice c = java.util.Objects.requireNonNull(choice, "choice");
        if (c.keyFile != null) {
            return TokenKeyFile.read(c.keyFile);
        }
        String name = java.util.Objects.requireNonNull(c.keyEnv);
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new SpbeException("the environment variable " + Text.quote(name) + " named by --key-env is not set or is empty");
        }
        return TokenKeyFile.parse(value, "from environment variable " + Text.quote(name));
    }
}
