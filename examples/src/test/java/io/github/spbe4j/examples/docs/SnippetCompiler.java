package io.github.spbe4j.examples.docs;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles documentation snippets in-process with javac, against the class path of the running
 * tests (every spbe4j module and its dependencies), as unnamed-module code with the project's
 * options ({@code --release 17 -Xlint:all}), and reports every error and warning by the Markdown
 * line it comes from. Class files are thrown away.
 */
final class SnippetCompiler {

    private SnippetCompiler() {
    }

    /**
     * Compiles the snippets in one javac run.
     *
     * @param snippets the snippets
     * @return for each snippet, its problems (empty when it compiles without warnings), each naming
     *     the Markdown file, line and javac's message; problems no snippet can be blamed for are
     *     under the key {@code null}
     */
    static Map<JavaSnippet, List<String>> compile(List<JavaSnippet> snippets) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "); the documentation test needs a JDK, not a JRE");
        }
        Map<URI, JavaSnippet> byUri = new LinkedHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (JavaSnippet s : snippets) {
            JavaFileObject unit = new Source(s);
            units.add(unit);
            byUri.put(unit.toUri(), s);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // should-stop.ifError=FLOW: a syntax error in one snippet must not hide the type errors of the others
        List<String> options = List.of("--release", "17", "-Xlint:all", "-Xmaxerrs", "10000", "-Xmaxwarns", "10000",
                "-XDshould-stop.ifError=FLOW", "-proc:none", "-implicit:none", "-encoding", "UTF-8", "--class-path", classPath());
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                Discarding files = new Discarding(standard)) {
            javac.getTask(null, files, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<JavaSnippet, List<String>> problems = new LinkedHashMap<>();
        snippets.forEach(s -> problems.put(s, new ArrayList<>()));
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
                continue;
            }
            JavaSnippet s = d.getSource() == null ? null : byUri.get(d.getSource().toUri());
            problems.computeIfAbsent(s, k -> new ArrayList<>()).add(describe(d, s));
        }
        return problems;
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d, JavaSnippet s) {
        String kind = d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
        String message = d.getMessage(Locale.ROOT);
        if (s == null) {
            return kind + ": " + message;
        }
        String place = s.fileLine(d.getLineNumber()).map(l -> s.block().source() + ":" + l)
                .orElse(s.block().place() + " (in the code generated around the snippet)");
        String sourceLine = d.getLineNumber() >= 1 ? s.source().lines().skip(d.getLineNumber() - 1).findFirst().orElse("") : "";
        return place + ": " + kind + ": " + message + (sourceLine.isBlank() ? "" : "\n    " + sourceLine.strip());
    }

    /** The class path of the running tests: surefire's test class path, else the JVM's. */
    static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        if (path == null || path.isBlank()) {
            path = System.getProperty("java.class.path", "");
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.isBlank() && Files.exists(Path.of(p)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A snippet as javac's input, named after its class so that a public class is in its own file. */
    private static final class Source extends SimpleJavaFileObject {
        private final JavaSnippet snippet;

        Source(JavaSnippet snippet) {
            super(URI.create("string:///" + snippet.block().source().replaceAll("[^A-Za-z0-9]", "_") + "/L"
                    + snippet.block().line() + "/" + snippet.className() + Kind.SOURCE.extension), Kind.SOURCE);
            this.snippet = snippet;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return snippet.source();
        }
    }

    /** A file manager that writes class files nowhere. */
    private static final class Discarding extends ForwardingJavaFileManager<StandardJavaFileManager> {
        Discarding(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("discarded:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return OutputStream.nullOutputStream();
                }
            };
        }
    }
}
