// =====================================================================================
// Notebook 01 - score an SPBE assessment
//
// Loads the Indeks SPBE framework of PermenPANRB 59/2020 (`spbe-2020`), builds the
// 2025 self-assessment of the fictional city "Kota Contoh", scores it, prints the
// score card, asks a what-if question, and ends with a short look at the provisional
// 2026 Indeks Pemerintah Digital (`pemdi-2026`): evidence items and an external index.
//
// Run it:   examples/run examples/notebooks/01-score-an-assessment.jsh
// Explore:  examples/run --jshell examples/notebooks/01-score-an-assessment.jsh
//
// Every number printed here is computed by spbe4j; nothing is typed in by hand.
// Kota Contoh and all its values are FICTIONAL sample data, not official results.
//
// Notebook style: JShell reads the file line by line and runs a statement as soon as
// a line completes it, so a statement continued on the next line must leave its line
// visibly unfinished (end it with `.`, `,`, `+` or an open bracket).
// =====================================================================================

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.*;
import io.github.spbe4j.core.framework.*;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.*;
import io.github.spbe4j.examples.Notebooks;

// A few small helpers for printing.
String cut(String s, int width) { return s.length() <= width ? s : s.substring(0, width - 3) + "..."; }
String plain(BigDecimal d) { return d.toPlainString(); }
void heading(String title) { System.out.println(); System.out.println("## " + title); System.out.println(); }

// -------------------------------------------------------------------------------------
// 1. The framework
//
// spbe4j ships the national frameworks as data. A framework is a tree: domains hold
// aspects, aspects hold indicators; every weight is a percent of the whole index.
// -------------------------------------------------------------------------------------
heading("1. The framework");

FrameworkRegistry registry = FrameworkRegistry.builtIn();
System.out.println("built-in frameworks: " + registry.ids());

Framework spbe2020 = registry.get("spbe-2020");
System.out.println("framework:  " + spbe2020);
System.out.println("regulation: " + spbe2020.regulationId().orElse("-") + ", evaluation years " +
        spbe2020.years().map(Object::toString).orElse("?"));
System.out.println("scale:      " + spbe2020.scale() + ", " + spbe2020.indicators().size() + " indicators, data " +
        spbe2020.provenance().status() + " (confidence " + spbe2020.provenance().confidence() + ")");
System.out.println();

// The tree, groups only: kind, code, name, weight and how many indicators it holds.
long indicatorsUnder(Node node) {
    return node instanceof Group g ? g.children().stream().mapToLong(c -> indicatorsUnder(c)).sum() : 1;
}
void printTree(Node node, String indent) {
    if (node instanceof Group g) {
        System.out.printf("%s%-6s %-3s %-58s weight %5s  (%d indicators)%n", indent, g.kind(), g.code(),
                cut(g.name(), 58), g.weight(), indicatorsUnder(g));
        for (Node child : g.children()) {
            printTree(child, indent + "  ");
        }
    }
}
for (Node top : spbe2020.tree()) {
    printTree(top, "");
}
System.out.println("top-level weights sum to " +
        spbe2020.tree().stream().map(Node::weight).reduce(Weight.ZERO, Weight::plus));
// Predikat bands include their lower bound; the top band also includes the scale's maximum.
List<PredikatBand> bands = spbe2020.predikat();
System.out.println("predikat bands: " + bands.stream().
        map(b -> b.name() + " [" + plain(b.lower()) + ", " + plain(b.upper()) + (b == bands.get(bands.size() - 1) ? "]" : ")")).
        collect(Collectors.joining(", ")));

// -------------------------------------------------------------------------------------
// 2. An assessment, built in Java
//
// An assessment records one value per indicator (levels 1..5 in spbe-2020). Here are
// Kota Contoh's fictional 2025 self-assessment levels, indicator 1 to 47 in tree order.
// -------------------------------------------------------------------------------------
heading("2. The assessment");

int[] levels = {
    3, 3, 2, 3, 2, 2, 2, 3, 1, 3,      // D1 Kebijakan Internal SPBE: indicators 1..10
    3, 2, 2, 2, 3, 3, 2, 2, 3, 2,      // D2 Tata Kelola SPBE: 11..20
    2, 2, 2, 1, 2, 1, 1, 2, 1, 1, 1,   // D3 Manajemen SPBE: 21..31
    3, 3, 3, 3, 3, 3, 2, 3, 3, 2,      // D4 Layanan SPBE, administration: 32..41
    3, 2, 3, 3, 2, 2                   // D4 Layanan SPBE, public services: 42..47
};
Agency kotaContoh = Agency.of("Kota Contoh", "kota-contoh");
Assessment.Builder builder = Assessment.builder("spbe-2020", kotaContoh, 2025).stage(Stage.SELF_ASSESSMENT);
for (int i = 0; i < levels.length; i++) {
    builder.value(spbe2020.indicators().get(i).code(), levels[i]);
}
Assessment built = builder.build();
System.out.println("built in Java:   " + built + ", " + built.inputs().size() + " indicator values");

// The same assessment as a JSON file (its format: docs/assessment-format.md). SpbeJson
// reads it; Notebooks.dataFile finds examples/data wherever the notebook runs from.
Path file2025 = Notebooks.dataFile("kota-contoh-2025-spbe-2020.json");
Assessment fromFile = SpbeJson.readAssessment(file2025);
System.out.println("read from JSON:  " + fromFile + " (" + file2025.getFileName() + ")");
System.out.println("same values:     " + built.inputs().equals(fromFile.inputs()));
fromFile.notes().forEach((code, note) -> System.out.println("  note on " + code + ": " + note));

// -------------------------------------------------------------------------------------
// 3. The score card
//
// The index is sum(weight * value) / 100 over all indicators, computed exactly; the
// published index is rounded half-up to two decimals and the predikat is read from it.
// -------------------------------------------------------------------------------------
heading("3. The score card");

Scorer scorer = Scorer.of(spbe2020);
ScoreCard card = scorer.score(built);

System.out.println(card);
System.out.println("Indeks SPBE (unrounded): " + plain(card.index()));
System.out.println("Indeks SPBE (rounded):   " + plain(card.indexRounded()));
System.out.println("Predikat:                " + card.predikat().name());
System.out.println("JSON file scores the same: " + (scorer.score(fromFile).index().compareTo(card.index()) == 0));
System.out.println();

// Every domain and aspect: its index rounded, what it adds to the whole index, and its
// exact index (a weighted average such as 16/11 has no finite decimal form and is shown
// to 34 significant digits; the rounding is done from the exact value).
System.out.printf("%-16s %-50s %7s %12s  %s%n", "group", "name", "rounded", "contribution", "index (exact)");
for (NodeScore n : card.nodes()) {
    System.out.printf("%-16s %-50s %7s %12s  %s%n", "  ".repeat(n.depth()) + n.group().kind() + " " + n.code(),
            cut(n.group().name(), 50), plain(n.indexRounded()), plain(n.contribution()), plain(n.index()));
}
System.out.println();

// Where is the most to gain? Headroom = weight * (5 - value) / 100: what raising the
// indicator to level 5 would add to the index.
System.out.println("Top 5 indicators by headroom:");
List<IndicatorScore> top5 = card.byHeadroom().subList(0, 5);
for (IndicatorScore s : top5) {
    System.out.printf("  %-3s %-62s level %s (%s), weight %s, headroom %s%n", s.code(), cut(s.indicator().name(), 62),
            plain(s.value().orElseThrow()), s.levelName().orElse("-"), s.indicator().weight(), plain(s.headroom()));
}

// -------------------------------------------------------------------------------------
// 4. What if?
//
// A ResolvedAssessment is an assessment already checked against its framework; `with`
// varies one indicator's value, so what-if questions are cheap.
// -------------------------------------------------------------------------------------
heading("4. What if?");

ResolvedAssessment base = card.resolved();
IndicatorScore best = top5.get(0);
BigDecimal raised = best.value().orElseThrow().add(BigDecimal.ONE);
ScoreCard whatIf = scorer.score(base.with(best.code(), raised));
System.out.println("What if indicator " + best.code() + " rose from level " + plain(best.value().orElseThrow()) + " to " + plain(raised) + "?");
System.out.println("  index " + plain(card.index()) + " -> " + plain(whatIf.index()) +
        " (+" + plain(whatIf.index().subtract(card.index())) + "), rounded " + plain(whatIf.indexRounded()) +
        ", predikat " + whatIf.predikat().name());

// And how many one-level steps, taken where the headroom is largest, reach the next predikat?
String startPredikat = card.predikat().name();
ResolvedAssessment plan = base;
ScoreCard planned = card;
List<String> steps = new ArrayList<>();
while (planned.predikat().name().equals(startPredikat) && planned.byHeadroom().get(0).headroom().signum() > 0) {
    IndicatorScore next = planned.byHeadroom().get(0);
    BigDecimal to = next.value().orElseThrow().add(BigDecimal.ONE);
    plan = plan.with(next.code(), to);
    planned = scorer.score(plan);
    steps.add(next.code() + " -> " + plain(to));
}
System.out.println("From " + startPredikat + " to " + planned.predikat().name() + " in " + steps.size() +
        " one-level steps: " + String.join(", ", steps));
System.out.println("  index then " + plain(planned.index()) + ", rounded " + plain(planned.indexRounded()));

// -------------------------------------------------------------------------------------
// 5. The 2026 Indeks Pemerintah Digital (provisional data)
//
// pemdi-2026 values may have two decimals. An indicator can be given as a value, as
// evidence items (bukti dukung, the level follows by EvidenceRule), or as a raw external
// index that the framework converts by its band table (I5: Indeks Satu Data Indonesia).
// -------------------------------------------------------------------------------------
heading("5. pemdi-2026: evidence and an external index");

Framework pemdi = registry.get("pemdi-2026");
System.out.println("framework: " + pemdi + ", scale " + pemdi.scale() + ", data " + pemdi.provenance().status());
Assessment a2026 = SpbeJson.readAssessment(Notebooks.dataFile("kota-contoh-2026-pemdi-2026.json"));
Scorer pemdiScorer = Scorer.of(pemdi);
ScoreCard card2026 = pemdiScorer.score(a2026);

// I5 and I6 are given as external index values and converted.
for (String code : List.of("I5", "I6")) {
    IndicatorInput.External ext = (IndicatorInput.External) a2026.input(code).orElseThrow();
    Conversion conversion = pemdi.conversion(code).orElseThrow();
    System.out.println(code + ": " + conversion.source() + " " + plain(ext.raw()) + " converts to " +
            plain(card2026.indicator(code).orElseThrow().value().orElseThrow()) + " (origin " +
            card2026.indicator(code).orElseThrow().origin().id() + ", conversion confidence " + conversion.confidence() + ")");
}

// I19 is given as evidence items: the level is the highest L whose required items of
// levels 1..L are all accepted.
IndicatorInput.Evidence i19 = (IndicatorInput.Evidence) a2026.input("I19").orElseThrow();
for (EvidenceItem item : i19.items()) {
    System.out.println("  I19 evidence, level " + item.level() + (item.required() ? " (required): " : " (optional): ") +
            item.title() + ": " + item.status().id());
}
System.out.println("I19: the evidence rule gives " + EvidenceRule.evaluate(i19.items(), pemdi.scale().max()) + ", scored value " +
        plain(card2026.indicator("I19").orElseThrow().value().orElseThrow()));

System.out.println("Indeks Pemdi (unrounded): " + plain(card2026.index()));
System.out.println("Indeks Pemdi (rounded):   " + plain(card2026.indexRounded()));
System.out.println("Predikat:                 " + card2026.predikat());
System.out.println("complete: " + card2026.complete());

// What if the level-1 helpdesk item were still in review? Then the evidence proves no
// level: I19 is "not yet indicated" (below the scale) and, by default, adds nothing.
List<EvidenceItem> pending = new ArrayList<>(i19.items());
EvidenceItem first = pending.get(0);
pending.set(0, new EvidenceItem(first.level(), first.title(), EvidenceStatus.IN_REVIEW, first.required(), first.reference()));
Assessment a2026pending = a2026.with("I19", new IndicatorInput.Evidence(pending));
ScoreCard cardPending = pemdiScorer.score(a2026pending);
System.out.println();
System.out.println("If I19's level-1 item were in review:");
System.out.println("  not yet indicated: " + cardPending.notYetIndicated() + ", because " +
        cardPending.resolved().notYetIndicatedReason("I19").orElse("?"));
System.out.println("  index " + plain(cardPending.index()) + ", rounded " + plain(cardPending.indexRounded()) +
        ", predikat " + cardPending.predikat().name() + ", complete: " + cardPending.complete());

// A stricter reading refuses to score an assessment with a not-yet-indicated indicator.
Scorer strict = pemdiScorer.withOptions(ScoringOptions.DEFAULTS.withNotYetIndicated(NotYetIndicatedPolicy.REJECT));
try {
    strict.score(a2026pending);
    System.out.println("  with REJECT: scored (unexpected)");
} catch (InvalidAssessmentException e) {
    System.out.println("  with REJECT: " + e.getMessage());
}

System.out.println();
System.out.println("Done.");
