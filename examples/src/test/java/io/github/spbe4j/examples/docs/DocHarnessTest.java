package io.github.spbe4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.spbe4j.core.SpbeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documentation checks themselves: that they find the blocks, wrap them as documented, and fail on broken ones. */
class DocHarnessTest {

    private static FencedBlock block(int line, String info, String... lines) {
        return new FencedBlock("docs/example.md", line, info, List.of(lines));
    }

    @Test
    void parse_fencesOfBothKindsIndentedOrNot_readsLinesInfoAndLine() {
        List<FencedBlock> blocks = FencedBlock.parse(List.of(
                "# Title",
                "```java",
                "int a = 1;",
                "```",
                "- a list item:",
                "",
                "  ~~~~json fragment",
                "  {\"a\": 1}",
                "  ```",
                "  ~~~~"), "docs/x.md");

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0)).isEqualTo(new FencedBlock("docs/x.md", 2, "java", List.of("int a = 1;")));
        assertThat(blocks.get(1).line()).isEqualTo(7);
        assertThat(blocks.get(1).language()).isEqualTo("json");
        assertThat(blocks.get(1).markers()).containsExactly("fragment");
        assertThat(blocks.get(1).lines()).containsExactly("{\"a\": 1}", "```");
    }

    @Test
    void parse_unclosedFence_namesTheFileAndLine() {
        assertThatThrownBy(() -> FencedBlock.parse(List.of("text", "```java", "int a = 1;", "```", "```json", "{}"), "README.md"))
                .hasMessage("README.md:5: the code block opened here is never closed");
    }

    @Test
    void parseJavadocExamples_preCodeBlocks_readAsJavaBlocks() {
        List<FencedBlock> blocks = FencedBlock.parseJavadocExamples(List.of("<p>Text {@code x}</p>", "<pre>{@code", "int a = 1;",
                "}</pre>"), "docs/javadoc/overview.html");

        assertThat(blocks).containsExactly(new FencedBlock("docs/javadoc/overview.html", 2, "java", List.of("int a = 1;")));
    }

    @Test
    void of_statementsAfterImports_keepsImportsAtTopAndWrapsStatementsInAMethod() {
        JavaSnippet s = JavaSnippet.of(block(10, "java", "import java.util.List;", "", "List<String> l = List.of(\"a\");",
                "System.out.println(l);"));

        assertThat(s.className()).isEqualTo("Doc_docs_example_md_L10");
        assertThat(s.source()).startsWith("import java.util.List;\n\nfinal class Doc_docs_example_md_L10 {\n"
                + "    void run() throws Exception {\n        List<String> l = List.of(\"a\");\n");
        assertThat(s.fileLine(1)).contains(11);
        assertThat(s.fileLine(3)).isEmpty();
        assertThat(s.fileLine(5)).contains(13);
    }

    @Test
    void of_typeDeclaration_compiledAsItStands() {
        JavaSnippet s = JavaSnippet.of(block(3, "java", "import java.util.List;", "", "@Deprecated", "public final class Report {", "}"));

        assertThat(s.className()).isEqualTo("Report");
        assertThat(s.source()).isEqualTo("import java.util.List;\n\n@Deprecated\npublic final class Report {\n}\n");
        assertThat(s.fileLine(4)).contains(7);
    }

    @Test
    void compile_brokenSnippets_eachReportedWithFileLineAndCompilerMessage() {
        JavaSnippet good = JavaSnippet.of(block(1, "java", "import io.github.spbe4j.core.identifier.Kbli;", "Kbli k = Kbli.parse(\"62019\");"));
        JavaSnippet wrongType = JavaSnippet.of(block(20, "java", "import java.util.List;", "", "int n = List.of(1).get(0) + \"\";"));
        JavaSnippet noImport = JavaSnippet.of(block(40, "java", "Nik nik = null;"));
        JavaSnippet rawType = JavaSnippet.of(block(60, "java", "java.util.List l = new java.util.ArrayList<String>();", "l.add(\"x\");"));
        JavaSnippet syntax = JavaSnippet.of(block(80, "java", "int a = ;"));

        Map<JavaSnippet, List<String>> problems = SnippetCompiler.compile(List.of(good, wrongType, noImport, rawType, syntax));

        assertThat(problems.get(good)).isEmpty();
        assertThat(problems.get(wrongType)).singleElement().asString()
                .startsWith("docs/example.md:23: error: incompatible types: java.lang.String cannot be converted to int")
                .endsWith("int n = List.of(1).get(0) + \"\";");
        assertThat(problems.get(noImport)).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("docs/example.md:41: error: cannot find symbol"));
        assertThat(problems.get(rawType)).anySatisfy(p -> assertThat(p).startsWith("docs/example.md:62: warning: unchecked call to add(E)"));
        assertThat(problems.get(syntax)).singleElement().asString().startsWith("docs/example.md:81: error: illegal start of expression");
        assertThat(problems.get(null)).isNull();
    }

    @Test
    void exclusionReason_noCompileMarker_givesTheReason() {
        assertThat(DocJavaSnippetsTest.exclusionReason(block(1, "java no-compile: shows a JShell session", "x"))).contains("shows a JShell session");
        assertThat(DocJavaSnippetsTest.exclusionReason(block(1, "java no-compile", "x"))).contains("");
        assertThat(DocJavaSnippetsTest.exclusionReason(block(1, "java", "x"))).isEmpty();
    }

    @Test
    void jsonKinds_readWithTheLibrary_refuseBrokenFiles() {
        FencedBlock brokenAssessment = block(5, "json assessment invalid", "{\"framework\": \"spbe-2020\", \"year\": 2025}");
        FencedBlock notJson = block(9, "json fragment", "{\"a\": 1,}");

        assertThat(catchThrowable(() -> DocJsonExamplesTest.Kind.ASSESSMENT.read(brokenAssessment)))
                .isInstanceOf(SpbeException.class).hasMessageContaining("docs/example.md:5");
        assertThat(catchThrowable(() -> DocJsonExamplesTest.Kind.FRAGMENT.read(notJson))).hasMessageStartingWith(
                "docs/example.md:9: not well-formed JSON");
        DocJsonExamplesTest.Kind.FRAGMENT.read(block(1, "json fragment", "{\"kind\": \"free\"}", "{\"kind\": \"fixed\", \"rupiah\": 1}"));
    }
}
