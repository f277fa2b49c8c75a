package io.github.spbe4j.cli;

import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Ladder;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.ProvenanceNote;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.Map;

/** Renders frameworks and score cards as readable text tables. */
final class TextReport {

    private static final int NAME_WIDTH = 58;

    private TextReport() {
    }

    static String scoreCard(ScoreCard card) {
        StringBuilder sb = new StringBuilder();
        Framework f = card.framework();
        var a = card.assessment();
        sb.append(a.agency()).append(" · ").append(a.year()).append(" · ").append(a.stage().id()).append('\n');
        sb.append("Framework  ").append(f.id()).append(" — ").append(f.title()).append('\n');
        if (f.provenance().provisional()) {
            sb.append("           (provisional data: not yet checked against the regulation text; see spbe framework show ")
                    .append(f.id()).append(")\n");
        }
        PredikatBand predikat = card.predikat();
        sb.append(String.format("Index      %s   (unrounded %s)%n", card.indexRounded().toPlainString(), plain(card.index())));
        sb.append(String.format("Predikat   %s   (read from the %s index)%n", predikat,
                card.options().predikatReading() == PredikatReading.ROUNDED ? "rounded" : "unrounded"));
        if (!card.complete()) {
            sb.append("Not yet indicated (adds nothing; below the scale): ").append(String.join(", ", card.notYetIndicated()))
                    .append('\n');
        }
        sb.append('\n');
        sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %7s %7s%n", "CODE", "DOMAIN / ASPECT", "WEIGHT", "INDEX"));
        for (NodeScore n : card.nodes()) {
            String indent = "  ".repeat(n.depth());
            sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %7s %7s%n", indent + n.code(),
                    fit(indent + n.group().name(), NAME_WIDTH), n.group().weight(), n.indexRounded().toPlainString()));
        }
        sb.append('\n');
        sb.append("Indicators by what raising them to ").append(f.scale().max()).append(" would add to the index\n");
        sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %6s %7s %8s%n", "CODE", "INDICATOR", "VALUE", "WEIGHT", "ADDS"));
        for (IndicatorScore s : card.byHeadroom()) {
            String value = s.value() == null ? "n/i" : plain(s.value());
            sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %6s %7s %8s%n", s.code(), fit(s.indicator().name(), NAME_WIDTH),
                    value, s.indicator().weight(), plain(s.headroom())));
        }
        if (!card.complete()) {
            sb.append("(n/i = not yet indicated: the evidence proves no level)\n");
        }
        return sb.toString();
    }

    static String framework(Framework f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.id()).append(" — ").append(f.title()).append('\n');
        if (!f.regulation().isEmpty()) {
            sb.append("Regulation   ").append(f.regulation()).append('\n');
        }
        f.years().ifPresent(y -> sb.append("Years        ").append(y).append('\n'));
        sb.append("Scale        ").append(f.scale()).append('\n');
        sb.append("Status       ").append(f.provenance().status().id()).append(", confidence ")
                .append(f.provenance().confidence().id()).append('\n');
        sb.append('\n');
        sb.append(String.format("%-10s %-" + NAME_WIDTH + "s %7s  %s%n", "CODE", "NAME", "WEIGHT", "LADDER"));
        for (Node n : f.tree()) {
            tree(sb, f, n, 0);
        }
        sb.append('\n').append("Predikat bands (lower bound inclusive; upper exclusive but for the top band)\n");
        for (PredikatBand b : f.predikat()) {
            sb.append(String.format("  %-14s %6s .. %-6s %s%n", b.name(), b.lower().toPlainString(), b.upper().toPlainString(),
                    b.label() == null ? "" : b.label()));
        }
        if (!f.ladders().isEmpty()) {
            sb.append('\n').append("Level ladders\n");
            for (Ladder l : f.ladders()) {
                sb.append("  ").append(l.id()).append(" (").append(l.name()).append("): ");
                StringBuilder levels = new StringBuilder();
                for (Map.Entry<Integer, String> e : l.levels().entrySet()) {
                    levels.append(levels.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
                }
                sb.append(levels).append('\n');
            }
        }
        if (!f.conversions().isEmpty()) {
            sb.append('\n').append("External-index conversions (linear inside each band)\n");
            for (Conversion c : f.conversions()) {
                sb.append("  ").append(c.indicator()).append(" from ").append(c.source()).append(" (confidence ")
                        .append(c.confidence().id()).append(")\n");
                for (ConversionBand b : c.bands()) {
                    sb.append(String.format("    %8s .. %-8s -> %s .. %s%n", b.from().toPlainString(), b.to().toPlainString(),
                            b.valueFrom().toPlainString(), b.valueTo().toPlainString()));
                }
            }
        }
        sb.append('\n').append("Provenance\n");
        for (String s : f.provenance().sources()) {
            sb.append("  source: ").append(s).append('\n');
        }
        for (ProvenanceNote n : f.provenance().notes()) {
            sb.append("  [").append(n.confidence().id()).append("] ").append(n.subject()).append(": ").append(n.text()).append('\n');
        }
        return sb.toString();
    }

    private static void tree(StringBuilder sb, Framework f, Node node, int depth) {
        String indent = "  ".repeat(depth);
        String ladder = node instanceof Indicator i ? i.ladderId().orElse("") : "";
        sb.append(String.format("%-10s %-" + NAME_WIDTH + "s %7s  %s%n", indent + node.code(), fit(indent + node.name(), NAME_WIDTH),
                node.weight(), ladder));
        if (node instanceof Group g) {
            for (Node child : g.children()) {
                tree(sb, f, child, depth + 1);
            }
        }
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
