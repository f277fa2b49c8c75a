package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command that reads a file takes FILE the same way: a path or - for standard input. */
class InputFileTest {

    /** The commands, with FILE written as {@code -}, and the arguments after it. */
    static Stream<Arguments> commandsReadingAFile() {
        return Stream.of(
                Arguments.of((Object) new String[] {"score", "-"}),
                Arguments.of((Object) new String[] {"framework", "check", "-"}),
                Arguments.of((Object) new String[] {"catalog", "validate", "-"}),
                Arguments.of((Object) new String[] {"catalog", "metrics", "-"}),
                Arguments.of((Object) new String[] {"catalog", "search", "-", "ktp"}),
                Arguments.of((Object) new String[] {"catalog", "export", "-", "--cpsv-ap"}));
    }

    @ParameterizedTest
    @MethodSource("commandsReadingAFile")
    void help_commandReadingAFile_describesFileInOneWay(String[] args) {
        String[] command = Arrays.stream(args).takeWhile(a -> !a.equals("-")).toArray(String[]::new);
        String[] help = Stream.concat(Arrays.stream(command), Stream.of("--help")).toArray(String[]::new);

        Cli.Run r = Cli.run(help);

        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\s+FILE(\\.\\.\\.)?\\s+The file to read \\(JSON\\), or - for standard input\\.$");
    }

    @ParameterizedTest
    @MethodSource("commandsReadingAFile")
    void read_standardInputNotJson_failsNamingStandardInput(String[] args) {
        Cli.Run r = Cli.runWithStandardInput("{\"unclosed\": ", args);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains(InputFile.STANDARD_INPUT_NAME).contains("not valid JSON").doesNotContain("\tat ");
    }
}
