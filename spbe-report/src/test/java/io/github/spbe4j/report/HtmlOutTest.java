package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a section may and may not write through HtmlOut. */
class HtmlOutTest {

    @Test
    void element_textAndAttributes_areEscaped() {
        StringBuilder page = new StringBuilder();
        new HtmlOut(page).element("td", "<b>&</b>", "class", "a\"b", "data-x", "'");

        assertThat(page).hasToString("<td class=\"a&quot;b\" data-x=\"&#39;\">&lt;b&gt;&amp;&lt;/b&gt;</td>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "style", "link", "img", "iframe", "a", "object", "form", "base", "meta", "foreignObject", "image",
        "use", "SCRIPT", "p onclick"})
    void open_elementsOutsideDocumentAndChart_areRefused(String element) {
        assertThatThrownBy(() -> new HtmlOut(new StringBuilder()).open(element)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not one a report section may write");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "ONload", "href", "src", "style", "xmlns", "srcset", "a b", "x\"", "formaction", "Href"})
    void open_attributesThatRunFetchOrRestyle_areRefused(String attribute) {
        assertThatThrownBy(() -> new HtmlOut(new StringBuilder()).open("p", attribute, "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not one a report section may write");
    }

    @Test
    void close_notTheElementOpenedLast_isRefused() {
        HtmlOut out = new HtmlOut(new StringBuilder()).open("div").open("p");

        assertThatThrownBy(() -> out.close("div")).isInstanceOf(IllegalStateException.class)
                .hasMessage("closing div but the element open last is p");
    }
}
