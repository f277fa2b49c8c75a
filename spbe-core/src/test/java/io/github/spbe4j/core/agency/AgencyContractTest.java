package io.github.spbe4j.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** Agency: a value by name and optional code, stripped of surrounding blanks. */
class AgencyContractTest {

    @Test
    void equals_sameNameAndCodeAfterStripping_areEqual() {
        new EqualsTester()
                .addEqualityGroup(Agency.named("Kota Contoh"), Agency.named(" Kota Contoh\t"), Agency.named("Kota Contoh "))
                .addEqualityGroup(Agency.of("Kota Contoh", "kota-contoh"), Agency.of("Kota Contoh", " kota-contoh "))
                .addEqualityGroup(Agency.of("Kota Contoh", "3171"))
                .addEqualityGroup(Agency.named("Kabupaten Contoh"))
                .testEquals();
    }

    @Test
    void toString_withAndWithoutCode_isNameWithCodeInBrackets() {
        assertThat(Agency.named("Kota Contoh")).hasToString("Kota Contoh");
        assertThat(Agency.of("Kota Contoh", "kota-contoh")).hasToString("Kota Contoh [kota-contoh]");
        assertThat(Agency.of("Kota Contoh", "kota-contoh").code()).contains("kota-contoh");
        assertThat(Agency.named("Kota Contoh").code()).isEmpty();
    }

    @Test
    void constructor_blankNameOrCode_isRefused() {
        assertThatThrownBy(() -> Agency.named(" ")).isInstanceOf(SpbeException.class).hasMessageContaining("name is blank");
        assertThatThrownBy(() -> Agency.of("Kota", "")).isInstanceOf(SpbeException.class).hasMessageContaining("code is blank");
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester().setDefault(String.class, "Kota Contoh");
        t.testAllPublicConstructors(Agency.class);
        t.testAllPublicStaticMethods(Agency.class);
    }
}
