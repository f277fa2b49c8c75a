package io.github.spbe4j.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.agency.Agency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Assessments and their inputs are immutable values, equal by content; inputs compare by value. */
class AssessmentContractTest {

    private static final Agency KOTA = Agency.named("Kota Contoh");

    private static Assessment.Builder base() {
        return Assessment.builder("spbe-2020", KOTA, 2025).value("1", 3).value("2", new BigDecimal("2.0")).note("1", "catatan");
    }

    @Test
    void equals_sameContent_areEqualAndEveryFieldMatters() {
        new EqualsTester()
                .addEqualityGroup(base().build(), base().build(), base().build().toBuilder().build(),
                        Assessment.builder("spbe-2020", Agency.named(" Kota Contoh "), 2025).note("1", "catatan").value("2", 2).value("1", 3)
                                .build())
                .addEqualityGroup(base().stage(Stage.FINAL).build(), base().build().withStage(Stage.FINAL))
                .addEqualityGroup(base().value("2", 4).build(), base().build().with("2", IndicatorInput.value(4)))
                .addEqualityGroup(base().note("1", "lain").build())
                .addEqualityGroup(Assessment.builder("spbe-2020", KOTA, 2024).value("1", 3).value("2", 2).note("1", "catatan").build())
                .addEqualityGroup(Assessment.builder("pemdi-2026", KOTA, 2025).value("1", 3).value("2", 2).note("1", "catatan").build())
                .addEqualityGroup(Assessment.builder("spbe-2020", Agency.of("Kota Contoh", "k"), 2025).value("1", 3).value("2", 2)
                        .note("1", "catatan").build())
                .addEqualityGroup(base().build().with("2", new IndicatorInput.External(BigDecimal.valueOf(2))))
                .testEquals();
        assertThat(base().build()).hasToString("assessment of Kota Contoh 2025 (spbe-2020, self-assessment)");
    }

    @Test
    void inputs_sameValueAnyScale_areEqual() {
        new EqualsTester()
                .addEqualityGroup(IndicatorInput.value(3), new IndicatorInput.Value(new BigDecimal("3.00")), IndicatorInput.value(new BigDecimal("3.0")))
                .addEqualityGroup(new IndicatorInput.Value(new BigDecimal("3.75")), new IndicatorInput.Value(new BigDecimal("3.750")))
                .addEqualityGroup(IndicatorInput.value(10), new IndicatorInput.Value(new BigDecimal("1E+1")), new IndicatorInput.Value(new BigDecimal("10.0")))
                .addEqualityGroup(new IndicatorInput.External(new BigDecimal("68.75")), new IndicatorInput.External(new BigDecimal("68.7500")))
                .addEqualityGroup(new IndicatorInput.External(new BigDecimal("3")))
                .addEqualityGroup(new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED))),
                        new IndicatorInput.Evidence(new ArrayList<>(List.of(new EvidenceItem(1, "SK", EvidenceStatus.ACCEPTED, true, Optional.empty())))))
                .addEqualityGroup(new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.DRAFT))))
                .addEqualityGroup(new IndicatorInput.Evidence(List.of()))
                .testEquals();
        assertThat(new IndicatorInput.Value(new BigDecimal("3.50")).value().toPlainString()).isEqualTo("3.5");
        assertThat(new IndicatorInput.Value(new BigDecimal("1E+1")).value().toPlainString()).isEqualTo("10");
    }

    @Test
    void evidence_listChangedAfterwards_doesNotLeakIn() {
        List<EvidenceItem> items = new ArrayList<>(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED)));
        IndicatorInput.Evidence e = new IndicatorInput.Evidence(items);
        Assessment a = Assessment.builder("pemdi-2026", KOTA, 2026).evidence("I1", items).build();
        items.add(EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED));
        assertThat(e.items()).hasSize(1);
        assertThat(a.input("I1")).contains(new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED))));
        assertThatThrownBy(() -> e.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_laterChanges_doNotAffectBuiltAssessments() {
        Assessment.Builder b = base();
        Assessment first = b.build();
        b.value("3", 5).note("3", "x").stage(Stage.INTERVIEW);
        assertThat(first.inputs()).containsOnlyKeys("1", "2");
        assertThat(first.notes()).containsOnlyKeys("1");
        assertThat(first.stage()).isEqualTo(Stage.SELF_ASSESSMENT);
    }

    @Test
    void evidenceItem_anyComponentDiffers_areUnequal() {
        new EqualsTester()
                .addEqualityGroup(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED), new EvidenceItem(1, "SK", EvidenceStatus.ACCEPTED, true, Optional.empty()))
                .addEqualityGroup(new EvidenceItem(1, "SK", EvidenceStatus.ACCEPTED, false, Optional.empty()))
                .addEqualityGroup(new EvidenceItem(1, "SK", EvidenceStatus.ACCEPTED, true, Optional.of("ND-1")))
                .addEqualityGroup(EvidenceItem.of(2, "SK", EvidenceStatus.ACCEPTED))
                .addEqualityGroup(EvidenceItem.of(1, "SK", EvidenceStatus.REVISION))
                .testEquals();
        assertThat(new EvidenceItem(1, "SK", EvidenceStatus.ACCEPTED, true, Optional.of("ND-1")).reference()).contains("ND-1");
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester()
                .setDefault(Agency.class, KOTA)
                .setDefault(String.class, "spbe-2020")
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(IndicatorInput.class, IndicatorInput.value(3))
                .setDefault(Stage.class, Stage.FINAL)
                .setDefault(EvidenceStatus.class, EvidenceStatus.ACCEPTED)
                .setDefault(int.class, 2025);
        t.testAllPublicStaticMethods(Assessment.class);
        t.testAllPublicInstanceMethods(base());
        t.testAllPublicInstanceMethods(base().build());
        t.testAllPublicConstructors(EvidenceItem.class);
        t.testAllPublicStaticMethods(EvidenceItem.class);
        t.testAllPublicConstructors(IndicatorInput.Value.class);
        t.testAllPublicConstructors(IndicatorInput.External.class);
        t.testAllPublicConstructors(IndicatorInput.Evidence.class);
        t.testAllPublicStaticMethods(IndicatorInput.class);
        t.testAllPublicStaticMethods(EvidenceRule.class);
        t.testAllPublicStaticMethods(EvidenceStatus.class);
        t.testAllPublicStaticMethods(Stage.class);
        t.testAllPublicConstructors(EvidenceOutcome.NotYetIndicated.class);
    }
}
