package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The three escaping rules: HTML text and attributes, Markdown, CSV cells. */
class EscapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Kota Contoh|Kota Contoh",
        "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
        "a & b|a &amp; b",
        "\"quoted\" 'single'|&quot;quoted&quot; &#39;single&#39;",
        "&amp;|&amp;amp;",
        "``|``"})
    void html_specialCharacters_becomeReferences(String text, String escaped) {
        assertThat(Escape.html(text)).isEqualTo(escaped);
    }

    static Stream<String> randomTexts() {
        Random random = new Random(20261206L);
        String alphabet = "<>&\"'=/ ab;#x!-[]`\n\u00e9\u202e";
        return IntStream.range(0, 300).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return s.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void html_anyText_readsBackAsTheSameTextInATextNodeAndAnAttribute(String text) {
        Document doc = Jsoup.parse("<p title=\"" + Escape.html(text) + "\">" + Escape.html(text) + "</p>");

        assertThat(doc.select("body > *")).hasSize(1);
        assertThat(doc.select("p").first().wholeText()).isEqualTo(text);
        assertThat(doc.select("p").attr("title")).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Kota Contoh|Kota Contoh",
        "`a|b`|`a\\|b`",
        "<script>|\\<script\\>",
        "*bold* _x_ [l](u) ![i](u)|\\*bold\\* \\_x\\_ \\[l\\](u) \\!\\[i\\](u)",
        "# title|\\# title",
        "&amp;|\\&amp;",
        "ok 3.76: ok|ok 3.76: ok",
        "- item|\\- item",
        "12. item|12\\. item",
        "a \\ b ~d~|a \\\\ b \\~d\\~"})
    void markdown_punctuation_isBackslashed(String text, String escaped) {
        assertThat(Escape.markdown(text)).isEqualTo(escaped);
    }

    @Test
    void markdown_backticks_areBackslashed() {
        assertThat(Escape.markdown("run `rm` now")).isEqualTo("run \\`rm\\` now");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"+0.03|+0.03", "-1|-1", "12. x|12. x", "`a|b`|`a\\|b`", "<b>|\\<b\\>"})
    void markdownCell_leadingSignsAndNumbers_keptOtherMarkupEscaped(String text, String escaped) {
        assertThat(Escape.markdownCell(text)).isEqualTo(escaped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|plain",
        "=SUM(A1)|'=SUM(A1)",
        "+62|'+62",
        "-1|'-1",
        "@cmd|'@cmd",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=HYPERLINK(\"x\",\"y\")|\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
        "``|``"})
    void csvCell_formulasAndSeparators_areDisarmedAndQuoted(String text, String cell) {
        assertThat(Escape.csvCell(text)).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"`\tx`|`'\tx`", "`\rx`|`\"'\rx\"`", "`a\nb`|`\"a\nb\"`"})
    void csvCell_tabAndLineBreaks_areDisarmedAndQuoted(String text, String cell) {
        assertThat(Escape.csvCell(text)).isEqualTo(cell);
    }
}
