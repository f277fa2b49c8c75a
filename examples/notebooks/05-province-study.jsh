// =====================================================================================
// Notebook 05 - a province's kabupaten/kota, ranked, compared and planned
//
// A researcher has a province's SPBE results in one wide sheet: one row per agency and
// year, one column per indicator. This notebook reads it, ranks the agencies, compares
// one city's two years, follows its series, plans its way to the next predikat at least
// effort (exactly, not by headroom), and writes the city's report as a self-contained
// HTML page.
//
// Run it:   examples/run examples/notebooks/05-province-study.jsh
// Explore:  examples/run --jshell examples/notebooks/05-province-study.jsh
//
// The province, its agencies ("Kota Contoh", "Kabupaten Contoh Barat", ...) and every
// level in the sheet are FICTIONAL sample data. The national index per year is
// KemenPANRB's published figure, with its source. Every other figure printed is computed
// by spbe4j.
//
// Notebook style: a statement continued on the next line leaves its line visibly
// unfinished (it ends with `.`, `,`, `+` or an open bracket).
// =====================================================================================

import io.github.spbe4j.core.analysis.*;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.*;
import io.github.spbe4j.core.plan.*;
import io.github.spbe4j.core.scoring.*;
import io.github.spbe4j.core.table.*;
import io.github.spbe4j.examples.Notebooks;
import io.github.spbe4j.report.Language;
import io.github.spbe4j.report.Report;
import io.github.spbe4j.report.ReportSections;
import java.math.BigDecimal;
import java.nio.file.*;
import java.util.*;

void heading(String title) { System.out.println(); System.out.println("## " + title); System.out.println(); }
FrameworkRegistry registry = FrameworkRegistry.builtIn();

// -------------------------------------------------------------------------------------
// 1. The sheet
//
// Every problem of a sheet is reported at once, naming row and column; here there are
// none. Each row becomes an assessment, scored exactly against its framework.
// -------------------------------------------------------------------------------------
heading("1. The sheet");

List<Assessment> assessments = AssessmentSheet.read(Notebooks.dataFile("kota-contoh-province-2025.csv"), registry);
List<ScoreCard> cards = new ArrayList<>();
for (Assessment a : assessments) { cards.add(Scorer.of(registry.get(a.frameworkId())).score(a)); }
System.out.println(assessments.size() + " assessments read");
Table table = ScoreTables.scoreCards(cards).select("agency", "year", "index_rounded", "predikat", "node:D1", "node:D2");
System.out.println(table.sortedBy("agency"));

// -------------------------------------------------------------------------------------
// 2. Ranking 2025
//
// Ties share a rank (competition ranking, "1224"); the percentile counts the agencies
// below plus half of those tied; the peer median is exact. The national index of 2025
// is not published in our sources, so the ranking says nothing against it; 2024's is.
// -------------------------------------------------------------------------------------
heading("2. Ranking");

List<ScoreCard> of2025 = cards.stream().filter(c -> c.assessment().year() == 2025).toList();
List<ScoreCard> of2024 = cards.stream().filter(c -> c.assessment().year() == 2024).toList();
System.out.println(Ranking.of(of2025).summary());
System.out.println();
System.out.println(Ranking.of(of2024).summary());
List<BigDecimal> indices = of2025.stream().map(ScoreCard::index).toList();
System.out.println();
System.out.println("2025: mean " + Statistics.mean(indices).setScale(4, java.math.RoundingMode.HALF_UP) +
    ", median " + Statistics.median(indices) + ", standard deviation " +
    Statistics.standardDeviation(indices).setScale(4, java.math.RoundingMode.HALF_UP));

// -------------------------------------------------------------------------------------
// 3. Kota Contoh, 2024 against 2025
// -------------------------------------------------------------------------------------
heading("3. Kota Contoh, two years");

List<ScoreCard> kota = cards.stream().filter(c -> c.assessment().agency().name().equals("Kota Contoh")).toList();
Comparison years = Comparison.of(kota.get(0), kota.get(1));
System.out.println(years.summary());
System.out.println();
System.out.println(Series.of(kota).summary());

// -------------------------------------------------------------------------------------
// 4. The way to the next predikat
//
// The planner finds the cheapest set of level steps (every step costs 1 here) that
// lifts the index, read as the predikat is read (rounded to two decimals), into the next
// band: the exact optimum, by dynamic programming over exact weight units. Raising the
// indicators with the most headroom first is not a plan, and costs more.
// -------------------------------------------------------------------------------------
heading("4. The plan");

ScoreCard now = kota.get(1);
List<PredikatBand> bands = now.framework().predikat();
PredikatBand next = bands.stream().filter(b -> b.lower().compareTo(now.index()) > 0).
    min(Comparator.comparing(PredikatBand::lower)).orElseThrow();
Planner planner = Planner.of(now);
PlanOutcome outcome = planner.plan(Target.predikat(next.name()));
System.out.println("Kota Contoh " + now.assessment().year() + ": " + now.indexRounded() + " " + now.predikat().name() +
    "; target " + next.name() + " (from " + next.lower() + ")");
System.out.println((outcome.reachable() ? "reachable: " : "out of reach; the highest: ") + outcome.plan());
System.out.println("steps: " + outcome.plan().steps() + ", cost " + outcome.plan().cost());
Optional<Roadmap> roadmap = planner.roadmap(Target.predikat(next.name()), 1);
roadmap.ifPresent(r -> System.out.println("at most one level per indicator a year: reached in " + r.yearReached() +
    " (" + r.years().size() + (r.years().size() == 1 ? " year" : " years") + ", cost " + r.cost() + ")"));
roadmap.ifPresent(r -> r.years().forEach(p -> System.out.println("  " + p)));

// -------------------------------------------------------------------------------------
// 5. The report
//
// One self-contained HTML page (inline SVG charts, nothing fetched), in Indonesian, with
// the plan, the series and the city among its peers as further sections.
// -------------------------------------------------------------------------------------
heading("5. The report");

Path reportFile = Files.createTempDirectory("spbe-notebook-05").resolve("kota-contoh-2025.html");
Report report = Report.of(now).withLanguage(Language.INDONESIAN).
    with(ReportSections.plan(now, outcome)).
    with(ReportSections.series(Series.of(kota))).
    with(ReportSections.ranking(Ranking.of(of2025), now.assessment().agency()));
Files.writeString(reportFile, report.toHtml());
String html = Files.readString(reportFile);
System.out.println("report written: " + Files.size(reportFile) + " bytes, " +
    (html.split("<svg", -1).length - 1) + " charts, sections " + report.sections().stream().map(x -> x.id()).toList());
System.out.println();
System.out.println("Done.");
