package io.github.spbe4j.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    @Test
    void sp4nLapor_defaults_areTheNationalFigures() {
        SlaPolicy p = SlaPolicy.sp4nLapor();
        assertThat(p.verificationDays()).isEqualTo(3);
        assertThat(p.followUpDays()).isEqualTo(5);
        assertThat(p.settlementDays()).isEqualTo(60);
        assertThat(p.settlementUnit()).isEqualTo(DayUnit.CALENDAR_DAYS);
        assertThat(p.automaticCloseDays()).isEqualTo(10);
        assertThat(Tier.LIGHT.workingDays()).isEqualTo(2);
        assertThat(Tier.NORMATIVE.workingDays()).isEqualTo(5);
        assertThat(Tier.NON_SUPERVISORY.workingDays()).isEqualTo(14);
        assertThat(Tier.EXAMINATION.workingDays()).isEqualTo(60);
    }

    @Test
    void with_oneFigure_changesOnlyThatFigureAndLeavesTheDefaultAlone() {
        SlaPolicy p = SlaPolicy.sp4nLapor().withVerificationDays(2).withSettlement(40, DayUnit.WORKING_DAYS);
        assertThat(p.verificationDays()).isEqualTo(2);
        assertThat(p.settlementDays()).isEqualTo(40);
        assertThat(p.settlementUnit()).isEqualTo(DayUnit.WORKING_DAYS);
        assertThat(p.followUpDays()).isEqualTo(5);
        assertThat(SlaPolicy.sp4nLapor().verificationDays()).isEqualTo(3);
        assertThat(p).isEqualTo(SlaPolicy.sp4nLapor().withSettlement(40, DayUnit.WORKING_DAYS).withVerificationDays(2))
                .hasSameHashCodeAs(SlaPolicy.sp4nLapor().withSettlement(40, DayUnit.WORKING_DAYS).withVerificationDays(2))
                .isNotEqualTo(SlaPolicy.sp4nLapor());
    }

    @Test
    void with_figureOutOfRange_isRefusedNamingFieldAndValue() {
        assertThatThrownBy(() -> SlaPolicy.sp4nLapor().withFollowUpDays(0)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("followUpDays is 0; it must be 1 to 3650 days");
        assertThatThrownBy(() -> SlaPolicy.sp4nLapor().withAutomaticCloseDays(3651)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("automaticCloseDays is 3651");
        assertThat(SlaPolicy.sp4nLapor().withAutomaticCloseDays(3650).automaticCloseDays()).isEqualTo(3650);
    }

    @Test
    void ofId_stageAndTier_readTheirIdsBack() {
        for (Stage s : Stage.values()) {
            assertThat(Stage.ofId(s.id())).isSameAs(s);
        }
        for (Tier t : Tier.values()) {
            assertThat(Tier.ofId(t.id())).isSameAs(t);
        }
        assertThat(Stage.FOLLOW_UP.id()).isEqualTo("followUp");
        assertThatThrownBy(() -> Stage.ofId("follow-up")).isInstanceOf(SpbeException.class)
                .hasMessageContaining("stage \"follow-up\" is unknown; the known ones are verification, followUp, settlement");
    }
}
