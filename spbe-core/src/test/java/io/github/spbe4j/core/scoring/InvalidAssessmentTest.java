package io.github.spbe4j.core.scoring;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.UnknownFrameworkException;
import io.github.spbe4j.core.testing.Generators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad assessments are refused with one exception listing every problem, naming code and value; nothing is half-applied. */
class InvalidAssessmentTest {

    private static final Framework SPBE_2020 = FrameworkRegistry.builtIn().get("spbe-2020");
    private static final Framework PEMDI_2026 = FrameworkRegistry.builtIn().get("pemdi-2026");

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static Assessment.Builder complete(Framework f, String frameworkId) {
        Assessment.Builder b = Assessment.builder(frameworkId, Agency.named("Kota Contoh"), 2025);
        f.indicators().forEach(i -> b.value(i.code(), 3));
        return b;
    }

    @Test
    void score_assessmentWithEveryKindOfMistake_listsEveryProblemInOneException() {
        Assessment.Builder b = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025);
        for (int i = 1; i <= 47; i++) {
            if (i < 3 || i > 7 && i != 10 && i != 11 && i != 12 && i != 20 && i != 21) {
                b.value(Integer.toString(i), 3);
            }
        }
        b.value("1", 6).value("2", 0).value("8", dec("2.5")).value("9", dec("3.0"))
                .external("11", dec("50"))
                .evidence("12", List.of(EvidenceItem.of(1, "Perwal", EvidenceStatus.ACCEPTED), EvidenceItem.of(6, "Bonus", EvidenceStatus.ACCEPTED)))
                .value("48", 3).note("99", "catatan");
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class, () -> Scorer.of(SPBE_2020).score(b.build()));
        assertThat(texts(e.problems())).containsExactly(
                "8 indicators have no value: 3..7, 10, 20, 21",
                "indicator 1 has value 6; values run 1..5",
                "indicator 2 has value 0; values run 1..5",
                "indicator 8 has value 2.5; spbe-2020 allows whole levels only",
                "indicator 11 has external index value 50 but spbe-2020 has no conversion for it; give a value or evidence",
                "indicator 12 has evidence 'Bonus' for level 6; levels run 1..5",
                "unknown indicator code 48; spbe-2020 has indicators 1..47",
                "note for unknown indicator code 99; spbe-2020 has indicators 1..47");
        assertThat(e).hasMessageStartingWith("assessment of Kota Contoh 2025 (spbe-2020, self-assessment) has 8 problems: ");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("values", "values.1", "values.2", "values.8", "external.11",
                "evidence.12[1].level", "values.48", "notes.99");
        e.problems().forEach(p -> assertThat(e.getMessage()).contains(p.toString()));
    }

    @Test
    void score_pemdiAssessmentWithPrecisionAndExternalMistakes_listsEveryProblem() {
        Assessment a = complete(PEMDI_2026, "pemdi-2026")
                .value("I1", dec("3.755")).value("I3", dec("3.750")).value("I4", dec("5.01"))
                .build()
                .with("I2", new IndicatorInput.External(dec("50"))).with("I5", new IndicatorInput.External(dec("100.5")))
                .with("I6", new IndicatorInput.External(dec("0.5"))).with("I18", new IndicatorInput.External(dec("-1")));
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class, () -> Scorer.of(PEMDI_2026).score(a));
        assertThat(texts(e.problems())).containsExactly(
                "indicator I1 has value 3.755; pemdi-2026 allows at most 2 decimals",
                "indicator I2 has external index value 50 but pemdi-2026 has no conversion for it; give a value or evidence",
                "indicator I4 has value 5.01; values run 1..5",
                "indicator I5 has Indeks Satu Data Indonesia (SDI) value 100.5; the source runs 0..100",
                "indicator I6 has Indeks SJIG value 0.5; the source runs 1..5",
                "indicator I18 has external index value -1 but pemdi-2026 has no conversion for it; give a value or evidence");
    }

    @Test
    void score_singleMissingIndicatorOrPair_isNamedWithoutARange() {
        Assessment.Builder one = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025);
        SPBE_2020.indicators().stream().filter(i -> !i.code().equals("47")).forEach(i -> one.value(i.code(), 2));
        assertThatThrownBy(() -> Scorer.of(SPBE_2020).score(one.build()))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessage("assessment of Kota Contoh 2025 (spbe-2020, self-assessment): indicator 47 has no value");
        Assessment none = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025).build();
        assertThatThrownBy(() -> Scorer.of(SPBE_2020).score(none)).hasMessageEndingWith(": 47 indicators have no value: 1..47");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3.0", "3.00", "3", "5", "1"})
    void score_wholeValueWithTrailingZeros_isAcceptedWhereDecimalsAreZero(String value) {
        ScoreCard card = Scorer.of(SPBE_2020).score(complete(SPBE_2020, "spbe-2020").value("1", dec(value)).build());
        assertThat(card.indicator("1").orElseThrow().value().orElseThrow()).isEqualByComparingTo(value);
    }

    @Test
    void registryGet_unknownFrameworkId_throwsListingTheKnownIds() {
        assertThatThrownBy(() -> FrameworkRegistry.builtIn().get("spbe-2030"))
                .isInstanceOf(UnknownFrameworkException.class)
                .hasMessage("unknown framework 'spbe-2030'; known frameworks are spbe-2018, spbe-2018-35x1, spbe-2020, pemdi-2026");
        assertThat(FrameworkRegistry.builtIn().find("spbe-2030")).isEmpty();
        FrameworkRegistry withCustom = FrameworkRegistry.builtIn().with(Generators.framework(1));
        assertThatThrownBy(() -> withCustom.get("x")).hasMessageEndingWith("pemdi-2026, " + Generators.framework(1).id());
    }

    /** Levels 3 for indicators 1..35, as an assessment under the one-service reading gives them. */
    private static Assessment oneServiceValues(String frameworkId) {
        Assessment.Builder b = Assessment.builder(frameworkId, Agency.named("Kota Contoh"), 2019);
        for (int i = 1; i <= 35; i++) {
            b.value(Integer.toString(i), 3);
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"spbe-2018", "spbe-2018-35x3"})
    void score_spbe2018AssessmentWithCode35_pointsToTheOneServiceFramework(String named) {
        Framework spbe2018 = FrameworkRegistry.builtIn().get(named);
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> Scorer.of(spbe2018).score(oneServiceValues(named)));
        assertThat(texts(e.problems())).containsExactly(
                "3 indicators have no value: 35.1..35.3",
                "indicator 35 is assessed for three services under spbe-2018 (codes 35.1, 35.2, 35.3);"
                        + " for one service use framework spbe-2018-35x1");
        // the same values under the one-service framework score
        Assessment one = oneServiceValues("spbe-2018-35x1");
        assertThat(Scorer.of(FrameworkRegistry.builtIn().get(one.frameworkId())).score(one).index()).isEqualByComparingTo("3");
    }

    @Test
    void score_subServiceCodeUnderAnotherFramework_isJustUnknown() {
        Assessment.Builder c = complete(SPBE_2020, "spbe-2020").value("35.1", 3);
        assertThat(texts(catchThrowableOfType(InvalidAssessmentException.class, () -> Scorer.of(SPBE_2020).score(c.build())).problems()))
                .containsExactly("unknown indicator code 35.1; spbe-2020 has indicators 1..47");
    }

    @Test
    void score_assessmentNamingAnAliasUnderAnotherFramework_isRefused() {
        Assessment a = complete(SPBE_2020, "spbe-2018-35x3").build();
        assertThat(texts(catchThrowableOfType(InvalidAssessmentException.class, () -> Scorer.of(SPBE_2020).score(a)).problems()))
                .containsExactly("the assessment is for framework spbe-2018-35x3, not spbe-2020");
        Framework oneService = FrameworkRegistry.builtIn().get("spbe-2018-35x1");
        Assessment b = complete(oneService, "spbe-2018-35x3").build();
        assertThat(texts(catchThrowableOfType(InvalidAssessmentException.class, () -> Scorer.of(oneService).score(b)).problems()))
                .containsExactly("the assessment is for framework spbe-2018-35x3, not spbe-2018-35x1");
    }

    @Test
    void registry_frameworkWithAnAliasAsItsId_isRefused() {
        Framework taken = SPBE_2020.toBuilder().id("spbe-2018-35x3").build();
        assertThatThrownBy(() -> FrameworkRegistry.builtIn().with(taken))
                .isInstanceOf(SpbeException.class)
                .hasMessage("framework id spbe-2018-35x3 is an alias of spbe-2018; give the framework another id");
        assertThatThrownBy(() -> FrameworkRegistry.of(List.of(taken))).isInstanceOf(SpbeException.class);
        // a registry without spbe-2018 resolves no alias
        FrameworkRegistry without = FrameworkRegistry.of(List.of(SPBE_2020));
        assertThat(without.aliases()).isEmpty();
        assertThat(without.find("spbe-2018-35x3")).isEmpty();
        assertThatThrownBy(() -> without.get("spbe-2018-35x3")).hasMessage("unknown framework 'spbe-2018-35x3'; known frameworks are spbe-2020");
        assertThat(FrameworkRegistry.builtIn().with(Generators.framework(1)).aliases()).containsEntry("spbe-2018-35x3", "spbe-2018");
    }

    @Test
    void registryWith_duplicateId_isRefusedAndTheRegistryUnchanged() {
        FrameworkRegistry builtIn = FrameworkRegistry.builtIn();
        assertThatThrownBy(() -> builtIn.with(SPBE_2020.toBuilder().title("copy").build()))
                .isInstanceOf(SpbeException.class).hasMessageContaining("spbe-2020");
        assertThat(builtIn.ids()).containsExactlyElementsOf(FrameworkRegistry.BUILT_IN_IDS);
        assertThat(builtIn.get("spbe-2020").title()).isNotEqualTo("copy");
    }

    // ------------------------------------------------------------------ nothing half-applied

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1, 6, indicator 1 has value 6; values run 1..5", "1, 0, indicator 1 has value 0; values run 1..5",
        "2, 2.5, indicator 2 has value 2.5; spbe-2020 allows whole levels only"})
    void resolvedWith_badValue_throwsAndLeavesTheOriginalUnchanged(String code, String value, String problem) {
        Scorer scorer = Scorer.of(SPBE_2020);
        ResolvedAssessment resolved = scorer.resolve(complete(SPBE_2020, "spbe-2020").build());
        BigDecimal before = scorer.score(resolved).index();
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class, () -> resolved.with(code, dec(value)));
        assertThat(texts(e.problems())).containsExactly(problem);
        assertThat(resolved.value(code)).contains(BigDecimal.valueOf(3));
        assertThat(resolved.origin(code)).isEqualTo(ResolvedAssessment.Origin.VALUE);
        assertThat(scorer.score(resolved).index()).isEqualByComparingTo(before).isEqualByComparingTo("3");
    }

    @Test
    void resolvedWith_unknownCode_throwsIllegalArgument() {
        ResolvedAssessment resolved = Scorer.of(SPBE_2020).resolve(complete(SPBE_2020, "spbe-2020").build());
        assertThatThrownBy(() -> resolved.with("48", BigDecimal.ONE)).isInstanceOf(SpbeException.class)
                .hasMessage("unknown indicator code 48 for framework spbe-2020");
        assertThatThrownBy(() -> resolved.value("D1")).isInstanceOf(SpbeException.class);
    }

    @Test
    void resolvedWith_validValue_replacesANotYetIndicatedIndicatorInTheCopyOnly() {
        Assessment a = complete(SPBE_2020, "spbe-2020").build().with("5", new IndicatorInput.Evidence(List.of()));
        ResolvedAssessment resolved = Scorer.of(SPBE_2020).resolve(a);
        ResolvedAssessment changed = resolved.with("5", BigDecimal.valueOf(4));
        assertThat(resolved.notYetIndicated()).containsExactly("5");
        assertThat(resolved.origin("5")).isEqualTo(ResolvedAssessment.Origin.EVIDENCE);
        assertThat(changed.notYetIndicated()).isEmpty();
        assertThat(changed.value("5")).contains(BigDecimal.valueOf(4));
        assertThat(changed.notYetIndicatedReason("5")).isEmpty();
        assertThat(changed.assessment()).isEqualTo(a.with("5", IndicatorInput.value(4)));
        assertThat(resolved.assessment()).isSameAs(a);
    }

    @Test
    void assessmentWith_newValue_returnsACopyAndLeavesTheOriginalUnchanged() {
        Assessment a = complete(SPBE_2020, "spbe-2020").build();
        Assessment b = a.with("1", IndicatorInput.value(5));
        assertThat(a.input("1")).contains(IndicatorInput.value(3));
        assertThat(b.input("1")).contains(IndicatorInput.value(5));
        assertThat(a).isNotEqualTo(b);
        assertThatThrownBy(() -> a.inputs().put("1", IndicatorInput.value(4))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.notes().put("1", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void scoreResolved_resolvedForAnotherFramework_isRefused() {
        ResolvedAssessment pemdi = Scorer.of(PEMDI_2026).resolve(complete(PEMDI_2026, "pemdi-2026").build());
        assertThatThrownBy(() -> Scorer.of(SPBE_2020).score(pemdi)).isInstanceOf(SpbeException.class)
                .hasMessage("the assessment was resolved for framework pemdi-2026, not spbe-2020");
        // an equal framework (another instance) is accepted
        Framework copy = PEMDI_2026.toBuilder().build();
        assertThat(Scorer.of(copy).score(pemdi).index()).isEqualByComparingTo("3");
    }

    @Test
    void builders_invalidAssessmentHeader_areRefusedAtOnce() {
        assertThatThrownBy(() -> Assessment.builder("spbe-2020", Agency.named("Kota"), 1899).build())
                .isInstanceOf(SpbeException.class).hasMessage("assessment year is 1899; years run 1900..9999");
        assertThatThrownBy(() -> Assessment.builder(" ", Agency.named("Kota"), 2025).build())
                .isInstanceOf(SpbeException.class).hasMessage("assessment framework id is blank");
        assertThatThrownBy(() -> Agency.named("  ")).isInstanceOf(SpbeException.class);
        assertThat(Set.of(Agency.named(" Kota Contoh "))).containsExactly(Agency.named("Kota Contoh"));
    }
}
