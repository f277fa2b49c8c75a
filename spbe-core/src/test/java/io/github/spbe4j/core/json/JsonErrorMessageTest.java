package io.github.spbe4j.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Error messages of the readers speak of the user's document, not of the JSON library. */
class JsonErrorMessageTest {

    @Test
    void readAssessment_contentAfterTheDocument_saysSoWithoutLibraryInternals() {
        assertThatThrownBy(() -> SpbeJson.readAssessment("{\"framework\":\"spbe-2020\"}\n{}"))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessage("assessment (JSON text): not valid JSON at line 2, column 1: there is more after the end of the"
                        + " document; a file holds one JSON object");
    }

    @Test
    void readFramework_unknownFieldOfANode_namesTheNodeItself() {
        String json = FrameworkRegistry.builtIn().get("spbe-2020").toJson()
                .replaceFirst("\"code\" : \"A1\",", "\"code\" : \"A1\", \"bobot\" : 13,");
        assertThatThrownBy(() -> Framework.parse(json))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("tree[0](D1).children[0](A1).bobot is not a known field");
    }

    @Test
    void readFromStream_nullSource_isRefused() {
        assertThatThrownBy(() -> SpbeJson.readAssessment(new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> Framework.read(new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
    }
}
