package io.github.spbe4j.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code java} code block of the documentation turned into a Java source file that javac can
 * compile.
 *
 * <p>The convention (also in DEVELOPERS.md):
 * <ul>
 *   <li>A block that declares a type (a line starting, unindented, with {@code class},
 *       {@code record}, {@code interface} or {@code enum}, possibly after modifiers and
 *       annotations) is a whole source file and is compiled as it stands.</li>
 *   <li>Any other block is a sequence of statements, after its {@code package} and
 *       {@code import} lines: the imports (and comments and blank lines before the first
 *       statement) stay at the top, and the statements become the body of a method
 *       {@code void run() throws Exception} of a generated class in the unnamed package (or the
 *       block's package).</li>
 * </ul>
 * A block carries its own imports and declares every variable it uses.
 *
 * @param block the documentation block
 * @param className the name of the top-level class, which names the file
 * @param source the Java source
 * @param lineMap for each 1-based line of {@code source}, the line in the Markdown file, or 0 for a
 *     generated line (index 0 unused)
 */
record JavaSnippet(FencedBlock block, String className, String source, int[] lineMap) {

    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*"
                    + "(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern HEAD_LINE = Pattern.compile("^\\s*(?:(?:package|import)\\s.*|//.*|/\\*.*|\\*.*)?$");

    JavaSnippet {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(source, "source");
        lineMap = lineMap.clone();
    }

    /** Tells whether the block is compiled as it stands (it declares a type) rather than wrapped in a method. */
    static boolean declaresType(FencedBlock block) {
        return block.lines().stream().anyMatch(l -> TYPE_DECLARATION.matcher(l).find());
    }

    /**
     * Turns a {@code java} block into a source file.
     *
     * @param block the block
     * @return the source, with its class name and line map
     */
    static JavaSnippet of(FencedBlock block) {
        List<String> lines = block.lines();
        if (declaresType(block)) {
            String name = lines.stream().map(PUBLIC_TYPE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                    .orElse(generatedName(block));
            int[] map = new int[lines.size() + 1];
            for (int i = 0; i < lines.size(); i++) {
                map[i + 1] = block.fileLine(i);
            }
            return new JavaSnippet(block, name, block.text(), map);
        }
        int head = 0;
        boolean inComment = false;
        while (head < lines.size() && (inComment || HEAD_LINE.matcher(lines.get(head)).matches())) {
            String l = lines.get(head);
            if (inComment) {
                inComment = !l.contains("*/");
            } else {
                int open = l.indexOf("/*");
                inComment = open >= 0 && l.indexOf("*/", open + 2) < 0;
            }
            head++;
        }
        String name = generatedName(block);
        StringBuilder source = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        map.add(0);
        for (int i = 0; i < head; i++) {
            source.append(lines.get(i)).append('\n');
            map.add(block.fileLine(i));
        }
        source.append("final class ").append(name).append(" {\n");
        map.add(0);
        source.append("    void run() throws Exception {\n");
        map.add(0);
        for (int i = head; i < lines.size(); i++) {
            source.append("        ").append(lines.get(i)).append('\n');
            map.add(block.fileLine(i));
        }
        source.append("    }\n}\n");
        map.add(0);
        map.add(0);
        return new JavaSnippet(block, name, source.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Returns the Markdown line of a 1-based line of the source, if it comes from the block. */
    Optional<Integer> fileLine(long sourceLine) {
        if (sourceLine < 1 || sourceLine >= lineMap.length || lineMap[(int) sourceLine] == 0) {
            return Optional.empty();
        }
        return Optional.of(lineMap[(int) sourceLine]);
    }

    /** A class name unique to the block: {@code Doc_docs_catalog_md_L57}. */
    private static String generatedName(FencedBlock block) {
        return "Doc_" + block.source().replaceAll("[^A-Za-z0-9]", "_") + "_L" + block.line();
    }
}
