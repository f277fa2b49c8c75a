package io.github.spbe4j.examples.docs;

import io.github.spbe4j.examples.Notebooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documentation whose examples the build checks: README.md, every docs/*.md and the Javadoc overview page
 * (docs/javadoc/overview.html), and their code blocks.
 */
final class Docs {

    private Docs() {
    }

    /** Returns the repository's root directory (the parent of examples/). */
    static Path root() {
        return Notebooks.examplesDir().getParent();
    }

    /** Returns README.md and every Markdown file in docs/, as paths relative to the root, sorted. */
    static List<Path> files() {
        Path root = root();
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        files.add(Path.of("spbe-wilayah", "README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).map(root::relativize).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The Javadoc overview page, the same in every published module's Javadoc. */
    static final Path JAVADOC_OVERVIEW = Path.of("docs", "javadoc", "overview.html");

    /**
     * Returns every code block of the documentation, in file order: the fenced blocks of the Markdown
     * files, then the {@code <pre>{@code ...}</pre>} examples of the Javadoc overview page as java blocks.
     */
    static List<FencedBlock> blocks() {
        List<FencedBlock> blocks = files().stream().flatMap(f -> FencedBlock.read(root().resolve(f), name(f)).stream())
                .collect(Collectors.toCollection(ArrayList::new));
        try {
            blocks.addAll(FencedBlock.parseJavadocExamples(Files.readAllLines(root().resolve(JAVADOC_OVERVIEW)), name(JAVADOC_OVERVIEW)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    /** Returns the blocks of one language ({@code java}, {@code json}). */
    static List<FencedBlock> blocks(String language) {
        return blocks().stream().filter(b -> b.language().equals(language)).collect(Collectors.toList());
    }

    /** The name of a documentation file in messages: its path from the root with forward slashes. */
    static String name(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
