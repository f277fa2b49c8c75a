package io.github.spbe4j.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fenced code block of a Markdown file: where it starts, its info string and its lines.
 *
 * <p>The info string is the text after the opening fence: its first word is the language
 * ({@code java}, {@code json}), the other words are markers ({@code json framework},
 * {@code java no-compile: reason}).
 *
 * @param source the file's name as shown in messages, e.g. {@code docs/catalog.md}
 * @param line the 1-based line of the opening fence
 * @param info the info string, stripped
 * @param lines the block's lines, without the fences and without the fence's indentation
 */
record FencedBlock(String source, int line, String info, List<String> lines) {

    FencedBlock {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(info, "info");
        lines = List.copyOf(lines);
    }

    /** Returns the first word of the info string, or "" when there is none. */
    String language() {
        return words().isEmpty() ? "" : words().get(0);
    }

    /** Returns the words of the info string after the language. */
    List<String> markers() {
        List<String> words = words();
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    private List<String> words() {
        return info.isEmpty() ? List.of() : Arrays.asList(info.split("\\s+"));
    }

    /** Returns the block's text, its lines joined with line breaks. */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Returns the 1-based line in the Markdown file of the block's {@code i}-th line (0-based). */
    int fileLine(int i) {
        return line + 1 + i;
    }

    /** Returns "file:line", the place of the opening fence. */
    String place() {
        return source + ":" + line;
    }

    @Override
    public String toString() {
        return place() + " (```" + info + ")";
    }

    /**
     * Reads every fenced code block of a Markdown file (CommonMark fences of three or more backticks
     * or tildes, indented or not).
     *
     * @param file the file
     * @param source its name in messages
     * @return the blocks in document order
     * @throws IllegalStateException if a fence is never closed
     */
    static List<FencedBlock> read(Path file, String source) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads every fenced code block of Markdown text given as lines.
     *
     * @param lines the lines
     * @param source its name in messages
     * @return the blocks in document order
     * @throws IllegalStateException if a fence is never closed
     */
    static List<FencedBlock> parse(List<String> lines, String source) {
        List<FencedBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int indent = indentOf(line);
            String rest = line.substring(indent);
            int fence = fenceLength(rest);
            if (fence == 0) {
                i++;
                continue;
            }
            char fenceChar = rest.charAt(0);
            String info = rest.substring(fence).strip();
            int start = i;
            List<String> body = new ArrayList<>();
            i++;
            boolean closed = false;
            while (i < lines.size()) {
                String l = lines.get(i);
                String stripped = l.strip();
                if (fenceLength(stripped) >= fence && stripped.charAt(0) == fenceChar
                        && stripped.chars().allMatch(c -> c == fenceChar)) {
                    closed = true;
                    i++;
                    break;
                }
                body.add(unindent(l, indent));
                i++;
            }
            if (!closed) {
                throw new IllegalStateException(source + ":" + (start + 1) + ": the code block opened here is never closed");
            }
            blocks.add(new FencedBlock(source, start + 1, info, body));
        }
        return blocks;
    }

    /**
     * Reads the code examples of an HTML page of Javadoc (such as an overview page): each
     * {@code <pre>{@code ...}</pre>} whose code starts on the line after {@code <pre>{@code} becomes
     * a {@code java} block.
     *
     * @param lines the page's lines
     * @param source its name in messages
     * @return the blocks in document order
     * @throws IllegalStateException if an example is never closed with a line holding {@code }</pre>}
     */
    static List<FencedBlock> parseJavadocExamples(List<String> lines, String source) {
        List<FencedBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("<pre>{@code")) {
                continue;
            }
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("}</pre>"); i++) {
                body.add(lines.get(i));
            }
            if (i == lines.size()) {
                throw new IllegalStateException(source + ":" + (start + 1) + ": the example opened here is never closed with }</pre>");
            }
            blocks.add(new FencedBlock(source, start + 1, "java", body));
        }
        return blocks;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Returns the length of the fence that starts the text, or 0 when it starts with none. */
    private static int fenceLength(String text) {
        if (text.isEmpty() || (text.charAt(0) != '`' && text.charAt(0) != '~')) {
            return 0;
        }
        char c = text.charAt(0);
        int n = 0;
        while (n < text.length() && text.charAt(n) == c) {
            n++;
        }
        if (n < 3 || (c == '`' && text.indexOf('`', n) >= 0)) {
            return 0;
        }
        return n;
    }

    private static String unindent(String line, int indent) {
        int n = Math.min(indent, indentOf(line));
        return line.substring(n);
    }
}
