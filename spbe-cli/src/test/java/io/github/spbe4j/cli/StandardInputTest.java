package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardInputTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void closedAtStart_descriptorZeroIsTheRuntimesClassImage_true() throws IOException {
        // what a JVM started with <&- shows: the first file it opened took descriptor 0
        Path modules = JAVA_HOME.resolve("lib/modules").toRealPath();

        assertThat(StandardInput.closedAtStart(Optional.of(modules), JAVA_HOME, List.of())).isTrue();
    }

    @Test
    void closedAtStart_descriptorZeroIsAJarOfTheClassPath_true() {
        Path jar = Path.of("/opt/app/spbe-cli-all.jar");

        assertThat(StandardInput.closedAtStart(Optional.of(jar), JAVA_HOME, List.of(Path.of("/opt/app/other.jar"), jar))).isTrue();
    }

    @Test
    void closedAtStart_noDescriptorZero_true() {
        assertThat(StandardInput.closedAtStart(Optional.empty(), JAVA_HOME, List.of())).isTrue();
    }

    @Test
    void closedAtStart_pipeTerminalOrUserFile_false() {
        assertThat(StandardInput.closedAtStart(Optional.of(Path.of("pipe:[236638]")), JAVA_HOME, List.of())).isFalse();
        assertThat(StandardInput.closedAtStart(Optional.of(Path.of("/dev/pts/0")), JAVA_HOME, List.of())).isFalse();
        assertThat(StandardInput.closedAtStart(Optional.of(Path.of("/dev/null")), JAVA_HOME, List.of())).isFalse();
        assertThat(StandardInput.closedAtStart(Optional.of(Path.of("/home/kota/assessment.json")), JAVA_HOME,
                List.of(Path.of("/opt/app/spbe-cli-all.jar")))).isFalse();
    }

    @Test
    void ofProcess_thisTestRun_isOpen() {
        // the test runner's standard input is a pipe or a file of its own, never closed
        assertThat(StandardInput.ofProcess().open()).isNotNull();
    }

    @Test
    void open_closedStandardInput_refusedInPlainWords() {
        assertThatThrownBy(() -> StandardInput.closed().open()).isInstanceOf(SpbeException.class)
                .hasMessage("standard input is closed; give a FILE, or - with standard input connected (e.g. < FILE or a pipe)");
    }

    @Test
    void open_readerClosesTheStream_standardInputStaysOpen() throws IOException {
        InputStream stdin = System.in;
        boolean[] closed = {false};
        try {
            System.setIn(new ByteArrayInputStream(new byte[] {'{', '}'}) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            });
            InputStream in = StandardInput.ofSystemIn().open();
            in.read();
            in.close();
        } finally {
            System.setIn(stdin);
        }

        assertThat(closed[0]).isFalse();
    }

    @Test
    void open_descriptorNotOpenForReading_saysSo() {
        InputStream stdin = System.in;
        try {
            System.setIn(new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("Bad file descriptor");
                }
            });
            InputStream in = StandardInput.ofSystemIn().open();

            assertThatThrownBy(() -> in.read(new byte[8], 0, 8)).isInstanceOf(IOException.class)
                    .hasMessage("standard input is not open for reading");
        } finally {
            System.setIn(stdin);
        }
    }
}
