package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintTypeTest {

    @ParameterizedTest
    @CsvSource({
        "aspirasi, ASPIRATION, Aspirasi, Aspiration",
        "pengaduan, COMPLAINT, Pengaduan, Complaint",
        "permintaan-informasi, INFORMATION_REQUEST, Permintaan informasi, Request for information",
        "whistle-blowing, WHISTLEBLOWING, Pengaduan pelanggaran (whistle-blowing), Whistle-blowing",
    })
    void ofCode_theFourTypes_haveTheirCodeAndNames(String code, ComplaintType type, String indonesian, String english) {
        assertThat(ComplaintType.ofCode(code)).isEqualTo(type);
        assertThat(type.code()).isEqualTo(code);
        assertThat(type.displayName(Locale.forLanguageTag("id"))).isEqualTo(indonesian);
        assertThat(type.displayName(new Locale("in"))).isEqualTo(indonesian);
        assertThat(type.displayName(Locale.ENGLISH)).isEqualTo(english);
        assertThat(type.displayName(Locale.FRENCH)).isEqualTo(english);
    }

    @Test
    void values_areExactlyTheFourTypesOfReport() {
        assertThat(ComplaintType.values()).hasSize(4);
        assertThat(Arrays.stream(ComplaintType.values()).map(ComplaintType::code).distinct()).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(ComplaintType.class)
    void ofCode_codeOfEachType_readsBack(ComplaintType type) {
        assertThat(ComplaintType.ofCode(type.code())).isSameAs(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pengaduan", "permintaan informasi", "complaint", "", " pengaduan"})
    void ofCode_unknownCode_isRefusedNamingItAndTheKnownOnes(String code) {
        assertThatThrownBy(() -> ComplaintType.ofCode(code)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("\"" + code + "\"")
                .hasMessageContaining("aspirasi, pengaduan, permintaan-informasi, whistle-blowing");
    }

    @Test
    void ofCode_controlCharactersInTheCode_areNotEchoedRaw() {
        assertThatThrownBy(() -> ComplaintType.ofCode("x\u001b[2J\ny")).isInstanceOf(SpbeException.class)
                .message().doesNotContain("\u001b", "\n");
    }
}
