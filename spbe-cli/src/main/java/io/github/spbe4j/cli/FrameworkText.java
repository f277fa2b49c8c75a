package io.github.spbe4j.cli;

import static io.github.spbe4j.cli.TextColumns.NAME_WIDTH;
import static io.github.spbe4j.cli.TextColumns.fit;

import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Ladder;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.ProvenanceNote;
import java.util.Map;

/**
 * The text report of {@code spbe framework show}: the tree with weights, scale, ladders, predikat
 * bands, conversions and provenance.
 */
final class FrameworkText {

    private FrameworkText() {
    }

    static String of(Framework f) {
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
        String ladder = node instanceof Indicator i ? i.ladder().orElse("") : "";
        sb.append(String.format("%-10s %-" + NAME_WIDTH + "s %7s  %s%n", indent + node.code(), fit(indent + node.name(), NAME_WIDTH),
                node.weight(), ladder));
        if (node instanceof Group g) {
            for (Node child : g.children()) {
                tree(sb, f, child, depth + 1);
            }
        }
    }
}
