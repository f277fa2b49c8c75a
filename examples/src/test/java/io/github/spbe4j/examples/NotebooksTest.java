package io.github.spbe4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.anomaly.AnomalyDetector;
import io.github.spbe4j.attendance.anomaly.AnomalyPolicy;
import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.RecapAccumulator;
import io.github.spbe4j.attendance.recap.RecapPlan;
import io.github.spbe4j.attendance.record.RecordsCsv;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.core.analysis.Comparison;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.table.AssessmentSheet;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import io.github.spbe4j.complaints.privacy.PublicProjection;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every notebook in {@code examples/notebooks} through {@link NotebookRunner}, so that the
 * build (and CI) fails when a notebook does, and checks that notebook 01 prints the values the
 * API computes.
 */
class NotebooksTest {

    private static final String SCORE_AN_ASSESSMENT = "01-score-an-assessment.jsh";
    private static final String SERVICE_CATALOG = "02-service-catalog.jsh";
    private static final String COMPLAINTS = "03-complaints.jsh";
    private static final String ATTENDANCE = "04-attendance.jsh";
    private static final String PROVINCE = "05-province-study.jsh";

    /** Each notebook runs once per test JVM; the checks of its output share the run. */
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    record Run(NotebookRunner.Result result, String out, String err) {

        List<String> lines() {
            return out.lines().collect(Collectors.toList());
        }
    }

    static Stream<String> notebooks() {
        return NotebookRunner.notebooksIn(notebooksDir()).stream().map(p -> p.getFileName().toString());
    }

    private static Path notebooksDir() {
        return Notebooks.examplesDir().resolve("notebooks");
    }

    static Run run(Path notebook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            NotebookRunner.Result result = NotebookRunner.forExamples(Notebooks.examplesDir(), o, e).run(notebook);
            return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Run notebook(String name) {
        return RUNS.computeIfAbsent(name, n -> run(notebooksDir().resolve(n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void notebook_runsWithoutFailure(String name) {
        Run run = notebook(name);

        assertThat(run.result().ok())
                .as("notebook %s failed:%n%s%n--- its output ---%n%s", name, run.err(), run.out())
                .isTrue();
        assertThat(run.result().snippets()).isPositive();
        assertThat(run.out()).as("notebook %s prints something", name).isNotBlank();
    }

    @Test
    void notebooksDir_holdsTheFirstNotebook() {
        assertThat(notebooks()).contains(SCORE_AN_ASSESSMENT, SERVICE_CATALOG, COMPLAINTS, ATTENDANCE, PROVINCE);
    }

    @Test
    void scoreAnAssessment_printsTheScoreCardTheApiComputes() throws Exception {
        Framework spbe2020 = FrameworkRegistry.builtIn().get("spbe-2020");
        Scorer scorer = Scorer.of(spbe2020);
        ScoreCard card = scorer.score(SpbeJson.readAssessment(Notebooks.dataFile("kota-contoh-2025-spbe-2020.json")));

        List<String> lines = notebook(SCORE_AN_ASSESSMENT).lines();

        assertThat(lines).contains(
                "same values:     true",
                "JSON file scores the same: true",
                "Indeks SPBE (unrounded): " + card.index().toPlainString(),
                "Indeks SPBE (rounded):   " + card.indexRounded().toPlainString(),
                "Predikat:                " + card.predikat().name());
        assertThat(spbe2020.groups()).hasSize(12);
        for (NodeScore n : card.nodes()) {
            // e.g. "  aspect A5      Penerapan Manajemen SPBE    1.63   0.195  1.625"
            Pattern row = Pattern.compile("\\s*" + n.group().kind() + " " + n.code() + "\\s.*\\s"
                    + Pattern.quote(n.indexRounded().toPlainString()) + "\\s+" + Pattern.quote(n.contribution().toPlainString())
                    + "\\s+" + Pattern.quote(n.index().toPlainString()));
            assertThat(lines).as("the score card row of %s", n.code()).anyMatch(l -> row.matcher(l).matches());
        }
        List<IndicatorScore> top5 = card.byHeadroom().subList(0, 5);
        List<String> headroomLines = lines.subList(lines.indexOf("Top 5 indicators by headroom:") + 1,
                lines.indexOf("Top 5 indicators by headroom:") + 6);
        for (int i = 0; i < 5; i++) {
            IndicatorScore s = top5.get(i);
            assertThat(headroomLines.get(i)).startsWith("  " + s.code() + " ")
                    .endsWith("level " + s.value().orElseThrow().toPlainString() + " (" + s.levelName().orElseThrow() + "), weight "
                            + s.indicator().weight() + ", headroom " + s.headroom().toPlainString());
        }
    }

    @Test
    void scoreAnAssessment_printsTheWhatIfTheApiComputes() throws Exception {
        Scorer scorer = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020"));
        ScoreCard card = scorer.score(SpbeJson.readAssessment(Notebooks.dataFile("kota-contoh-2025-spbe-2020.json")));
        IndicatorScore best = card.byHeadroom().get(0);
        ScoreCard whatIf = scorer.score(card.resolved().with(best.code(), best.value().orElseThrow().add(BigDecimal.ONE)));

        List<String> lines = notebook(SCORE_AN_ASSESSMENT).lines();

        assertThat(lines).contains("What if indicator " + best.code() + " rose from level " + best.value().orElseThrow().toPlainString()
                + " to " + best.value().orElseThrow().add(BigDecimal.ONE).toPlainString() + "?");
        assertThat(lines).anyMatch(l -> l.startsWith("  index " + card.index().toPlainString() + " -> "
                + whatIf.index().toPlainString() + " (+" + whatIf.index().subtract(card.index()).toPlainString()
                + "), rounded " + whatIf.indexRounded().toPlainString() + ", predikat " + whatIf.predikat().name()));
        assertThat(lines).anyMatch(l -> l.startsWith("From " + card.predikat().name() + " to ")
                && !l.startsWith("From " + card.predikat().name() + " to " + card.predikat().name() + " "));
    }

    @Test
    void scoreAnAssessment_printsThePemdiScoresTheApiComputes() throws Exception {
        Framework pemdi = FrameworkRegistry.builtIn().get("pemdi-2026");
        Scorer scorer = Scorer.of(pemdi);
        Assessment assessment = SpbeJson.readAssessment(Notebooks.dataFile("kota-contoh-2026-pemdi-2026.json"));
        ScoreCard card = scorer.score(assessment);
        BigDecimal sdi = ((IndicatorInput.External) assessment.input("I5").orElseThrow()).raw();

        List<String> lines = notebook(SCORE_AN_ASSESSMENT).lines();

        assertThat(lines).contains(
                "Indeks Pemdi (unrounded): " + card.index().toPlainString(),
                "Indeks Pemdi (rounded):   " + card.indexRounded().toPlainString(),
                "Predikat:                 " + card.predikat(),
                "complete: " + card.complete());
        assertThat(lines).anyMatch(l -> l.startsWith("I5: " + pemdi.conversion("I5").orElseThrow().source() + " "
                + sdi.toPlainString() + " converts to "
                + card.indicator("I5").orElseThrow().value().orElseThrow().toPlainString() + " (origin external"));
        assertThat(lines).anyMatch(l -> l.startsWith("I19: the evidence rule gives Indicated[level=")
                && l.endsWith("scored value " + card.indicator("I19").orElseThrow().value().orElseThrow().toPlainString()));
        assertThat(lines).anyMatch(l -> l.startsWith("  not yet indicated: [I19], because level 1 item "));
        assertThat(lines).anyMatch(l -> l.startsWith("  with REJECT: ") && l.contains("indicator I19 is not yet indicated"));
        assertThat(lines).last().isEqualTo("Done.");
    }

    @Test
    void attendance_printsTheMorningsVerdictsAndTheLibrarysRecap() throws Exception {
        List<String> lines = notebook(ATTENDANCE).lines();
        ZoneId wib = IndonesiaTimeZone.WIB.zoneId();
        Map<Nip, String> opd = new HashMap<>();
        Path csv = Notebooks.dataFile("kota-contoh-attendance-2026-03.csv");
        RecordsCsv.forEach(csv, wib, row -> opd.put(row.record().employee(), row.opd().orElseThrow()));
        RecapAccumulator recap = RecapPlan.of(YearMonth.of(2026, 3), WorkSchedule.national(wib), LatenessRules.permentan68of2012())
                .withAgencies(opd).start();
        AnomalyDetector anomalies = AnomalyDetector.of(AnomalyPolicy.defaults());
        long read = RecordsCsv.forEach(csv, wib, row -> {
            recap.add(row.record());
            anomalies.accept(row.record());
        });
        MonthlyRecap march = recap.finish();

        assertThat(lines).anyMatch(l -> l.matches("length: (5[0-9]|60) characters, valid 07:20 to 07:21 WIB \\(its 30-second step and the next\\)"));
        assertThat(lines).anyMatch(l -> l.startsWith("QR version 3 (29 x 29 modules), error correction M"));
        assertThat(lines).contains(
                "  Budi   forwarded photo, from home     rejected OUTSIDE_GEOFENCE",
                "  Citra  fake GPS                       accepted [MOCK_LOCATION]",
                "  Fajar  on Gita's phone                rejected BAD_DEVICE_SIGNATURE",
                "  Hadi   on Gita's phone, enrolled      accepted",
                "  Ani    scans again                    rejected REPLAYED",
                "  Budi   the photo, ten minutes later   rejected EXPIRED",
                "6 accepted (3 flagged), 4 rejected; 6 open records in the ledger",
                "2 findings in 6 records",
                read + " records read; " + march,
                "Anomalies in the month: " + anomalies.findings().size());
        assertThat(lines).anyMatch(l -> l.startsWith("- 3 employees reported the same point -0.0265,109.3426 on 2026-03-02"));
        assertThat(lines).anyMatch(l -> l.startsWith("- device p256:") && l.contains("was used by 2 employees on 2026-03-02"));
        march.agencies().forEach((name, t) -> assertThat(lines).contains("OPD " + name + ": " + t));
        anomalies.findings().forEach(a -> assertThat(lines).contains("- " + a.description()));
        assertThat(lines).last().isEqualTo("Done.");
    }

    @Test
    void provinceStudy_printsTheLibrarysRankingComparisonAndPlan() throws Exception {
        List<String> lines = notebook(PROVINCE).lines();
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        List<ScoreCard> cards = AssessmentSheet.read(Notebooks.dataFile("kota-contoh-province-2025.csv"), registry).stream()
                .map(a -> Scorer.of(registry.get(a.frameworkId())).score(a)).toList();
        List<ScoreCard> kota = cards.stream().filter(c -> c.assessment().agency().name().equals("Kota Contoh")).toList();
        String out = String.join("\n", lines);

        assertThat(lines).contains(cards.size() + " assessments read");
        assertThat(out).contains(Ranking.of(cards.stream().filter(c -> c.assessment().year() == 2025).toList()).summary())
                .contains(Ranking.of(cards.stream().filter(c -> c.assessment().year() == 2024).toList()).summary())
                .contains(Comparison.of(kota.get(0), kota.get(1)).summary());
        PlanOutcome outcome = Planner.of(kota.get(1)).plan(Target.predikat("Memuaskan"));
        assertThat(lines).contains("reachable: " + outcome.plan(), "steps: " + outcome.plan().steps() + ", cost " + outcome.plan().cost());
        assertThat(lines).anyMatch(l -> l.startsWith("report written: ") && l.endsWith(" bytes, 5 charts, sections [groups, next-level, plan, series, ranking, indicators]"));
        assertThat(lines).last().isEqualTo("Done.");
    }

    @Test
    void complaints_printsTheLibrarysSlaReportAndPublicProjection() throws Exception {
        List<String> lines = notebook(COMPLAINTS).lines();
        ComplaintRegister march = ComplaintsJson.read(Notebooks.dataFile("kota-contoh-complaints.json"));
        Instant endOfMonth = Instant.parse("2026-03-31T05:00:00Z");
        long overdue = march.complaints().stream()
                .filter(c -> !march.slaStatus(c, march.slaClock(), endOfMonth).overdue().isEmpty()).count();
        int shown = PublicProjection.standard().project(march.complaints()).size();
        var all = ComplaintMetrics.of(march, march.slaClock(), ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                endOfMonth).overall();

        assertThat(lines).contains(overdue + " of " + march.size() + " complaints have a stage overdue",
                shown + " of " + march.size() + " complaints may be shown",
                "follow-up before verification: cannot follow-up a complaint that is submitted; allowed now for liaison: nothing",
                "on 15 April it is closed (automatic)",
                "complaints: " + all.complaints() + ", median working days to verification: " + all.verification().median().orElseThrow()
                        + ", 90th percentile: " + all.verification().p90().orElseThrow());
        // submitted 30 December 2026: 31 December, 4 January, and 6 January, since 1 and 5 January 2027 are estimated holidays
        assertThat(lines).contains("verification due 2027-01-06 (provisional)");
        assertThat(lines).anyMatch(l -> l.startsWith("LPR-2026-0003 as shown: Saya [pelapor], NIK [NIK],"));
        assertThat(String.join("\n", lines)).doesNotContain("Rina Contoh", "9971015505900001", "0812-3456-7890 ");
    }

    @Test
    void serviceCatalog_printsTheDashboardAndRoundTrips() {
        List<String> lines = notebook(SERVICE_CATALOG).lines();

        // 7 services, 5 delivered SKTM/KTP-el/SKU instances and the pilot: KTP-el and the SKTM pilot are online
        assertThat(lines).contains("online overall: 2/7 (28.6%)",
                "SKTM online in 1/4 (25.0%) of the kelurahan",
                "  kelurahan 99.71.01.1001: 2/4 (50.0%)",
                "  kelurahan 99.71.01.1002: 1/3 (33.3%)");
        assertThat(lines).anyMatch(l -> l.startsWith("pilot sktm-daring has reached 1/4 (25.0%) of the kelurahan"));
        // 2 working days from Thursday 27 March 2025: the Nyepi leave (28th), Nyepi (29th) and the Idul Fitri
        // holidays and leave (31 March - 7 April) are days off, so the 8th and 9th of April count
        assertThat(lines).contains("Surat Keterangan Usaha: 2 hari kerja, received 2025-03-27 -> due 2025-04-09");
        assertThat(lines).anyMatch(l -> l.startsWith("catalog file: ") && l.endsWith("read back equal: true"));
        assertThat(lines).contains("online by OPD as JSON: {\"kota-contoh/disdukcapil\":{\"part\":1,\"total\":1,\"percent\":100.0},"
                        + "\"kota-contoh/kec-utara\":{\"part\":1,\"total\":6,\"percent\":16.7}}",
                "a service through JSON and back equal: true");
        assertThat(lines).anyMatch(l -> l.endsWith("same services: true, warnings: 0"));
        assertThat(lines).contains("search 'sktm': [sktm-daring, sktm-kel-satu, sktm-kel-dua, sktm-kel-tiga, sktm-kel-empat]",
                "search 'kartu tanda penduduk': [ktp-el-disdukcapil]");
    }
}
