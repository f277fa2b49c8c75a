package io.github.spbe4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every {@code java} code block of README.md and docs/*.md against the current API, so that
 * no page shows code that does not compile (the convention is in DEVELOPERS.md and
 * {@link JavaSnippet}). One javac run compiles them all; each block is one test, whose failure
 * names the file, the block's line and javac's messages.
 */
class DocJavaSnippetsTest {

    /** The marker that excludes a block, followed by the reason: {@code ```java no-compile: reason}. */
    static final String NO_COMPILE = "no-compile";

    private static Map<JavaSnippet, List<String>> results = new HashMap<>();

    static Stream<FencedBlock> javaBlocks() {
        return Docs.blocks("java").stream();
    }

    @BeforeAll
    static void compileAll() {
        List<JavaSnippet> snippets = javaBlocks().filter(b -> exclusionReason(b).isEmpty()).map(JavaSnippet::of)
                .collect(Collectors.toList());
        results = SnippetCompiler.compile(snippets);
    }

    /** Returns the reason a block is not compiled, when it is marked {@code no-compile}. */
    static Optional<String> exclusionReason(FencedBlock block) {
        String afterLanguage = block.info().substring(block.language().length()).strip();
        if (!afterLanguage.startsWith(NO_COMPILE)) {
            return Optional.empty();
        }
        return Optional.of(afterLanguage.substring(NO_COMPILE.length()).replaceFirst("^[\\s:—–-]+", "").strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javaBlocks")
    void javaBlock_compilesAgainstTheCurrentApi(FencedBlock block) {
        Optional<String> excluded = exclusionReason(block);
        if (excluded.isPresent()) {
            assertThat(excluded.get())
                    .as("%s is marked %s but gives no reason; write ```java %s: why it cannot compile", block.place(),
                            NO_COMPILE, NO_COMPILE)
                    .isNotBlank();
            return;
        }
        assertThat(block.markers())
                .as("%s: a java block has no markers other than '%s: reason'; found %s", block.place(), NO_COMPILE, block.markers())
                .isEmpty();
        List<String> problems = results.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().block().equals(block))
                .findFirst().map(Map.Entry::getValue).orElseThrow(() -> new AssertionError("not compiled: " + block));
        assertThat(problems)
                .withFailMessage("%s: this java snippet does not compile against the current API (see DEVELOPERS.md, Documentation):%n%s",
                        block.place(), String.join(System.lineSeparator(), problems))
                .isEmpty();
    }

    @Test
    void compilation_problemsOutsideSnippets_none() {
        assertThat(results.getOrDefault(null, List.of())).as("javac problems that belong to no snippet").isEmpty();
    }

    @Test
    void documentation_javaBlocks_foundInReadmeAndDocs() {
        List<FencedBlock> blocks = javaBlocks().collect(Collectors.toList());

        assertThat(blocks).extracting(FencedBlock::source).contains("README.md", "docs/catalog.md", "docs/wilayah.md",
                "docs/identifiers-and-calendar.md", "docs/agency-format.md", "docs/javadoc/overview.html");
    }
}
