package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivacyTest {

    @ParameterizedTest
    @CsvSource({
        // anonymous, confidential, public report, shows reporter
        "false, false, true, true",
        "true, false, true, false",
        "false, true, false, false",
        "true, true, false, false",
    })
    void flags_everyCombination_decideWhatIsPublic(boolean anonymous, boolean confidential, boolean publicReport, boolean showsReporter) {
        Privacy p = Privacy.of(anonymous, confidential);
        assertThat(p.publicReport()).isEqualTo(publicReport);
        assertThat(p.showsReporter()).isEqualTo(showsReporter);
    }

    @Test
    void with_changingOneFlag_keepsTheOther() {
        Privacy both = Privacy.OPEN.withAnonymous(true).withConfidential(true);
        assertThat(both).isEqualTo(new Privacy(true, true));
        assertThat(both.withAnonymous(false)).isEqualTo(new Privacy(false, true));
        assertThat(both.withConfidential(false)).isEqualTo(new Privacy(true, false));
        assertThat(Privacy.OPEN).isEqualTo(Privacy.of(false, false));
    }
}
