package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.spbe4j.core.analysis.RankEntry;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.analysis.RankingMethod;
import io.github.spbe4j.core.internal.CsvCells;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.ScoringOptions;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spbe rank FILE...}: the agencies of the files ranked, one ranking per framework and year: ranks
 * with ties, percentile, the peer median, and the national index of the year when it is published.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = {"Rank agencies: score every FILE (assessment JSON, or a wide assessment sheet *.csv with many agencies and",
            "years; - for standard input once) and rank the agencies of each framework and year: rank with ties (competition",
            "\"1224\" unless --method dense), percentile, difference to the peer median and to the national index of the year",
            "(KemenPANRB's published figure, where there is one; see docs/analysis.md)."})
final class RankCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", description = "Assessment files (JSON) or sheets (*.csv).")
    private List<String> files = new ArrayList<>();

    @Option(names = "--method", defaultValue = "competition", paramLabel = "METHOD", converter = MethodConverter.class,
            description = "How ties rank: competition (1, 2, 2, 4) or dense (1, 2, 2, 3) (default: competition).")
    private RankingMethod method = RankingMethod.COMPETITION;

    @Option(names = "--year", paramLabel = "YEAR", description = "Rank only the assessments of this year.")
    private @Nullable Integer year;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TableFormat format;

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        List<ScoreCard> cards = ScoredFiles.score(files, spec, source.registry(), ScoringOptions.DEFAULTS);
        Map<String, List<ScoreCard>> groups = new LinkedHashMap<>();
        for (ScoreCard c : cards) {
            if (year == null || c.assessment().year() == year) {
                groups.computeIfAbsent(c.framework().id() + " " + c.assessment().year(), k -> new ArrayList<>()).add(c);
            }
        }
        if (groups.isEmpty()) {
            throw new io.github.spbe4j.core.SpbeException("no assessment of " + year + " in the " + cards.size()
                    + " assessments read; --year picks one of their years");
        }
        List<Ranking> rankings = new ArrayList<>();
        groups.values().forEach(g -> rankings.add(Ranking.of(g, method)));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                rankings.forEach(r -> array.add(SpbeJson.newMapper().valueToTree(r)));
                out.println(JsonOutput.text(array));
            }
            case csv -> {
                out.println("framework,year,rank,agency,agency_code,index,index_rounded,predikat,percentile,vs_median,vs_national");
                for (Ranking r : rankings) {
                    for (RankEntry e : r.entries()) {
                        out.println(CsvCells.text(r.framework()) + "," + r.year() + "," + e.rank() + "," + CsvCells.text(e.agency().name())
                                + "," + CsvCells.text(e.agency().code().orElse("")) + "," + plain(e.index()) + "," + plain(e.indexRounded())
                                + "," + CsvCells.text(e.predikat()) + "," + plain(e.percentile()) + "," + plain(e.vsMedian()) + ","
                                + (e.vsNational() == null ? "" : plain(e.vsNational())));
                    }
                }
            }
            default -> {
                for (int i = 0; i < rankings.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    out.println(rankings.get(i).summary());
                }
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** Reads {@code competition} or {@code dense}, in any case. */
    static final class MethodConverter implements CommandLine.ITypeConverter<RankingMethod> {
        @Override
        public RankingMethod convert(String value) {
            for (RankingMethod m : RankingMethod.values()) {
                if (m.name().equalsIgnoreCase(value)) {
                    return m;
                }
            }
            throw new CommandLine.TypeConversionException("expected competition or dense, not " + value.toLowerCase(Locale.ROOT));
        }
    }
}
