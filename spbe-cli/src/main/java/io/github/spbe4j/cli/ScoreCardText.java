package io.github.spbe4j.cli;

import static io.github.spbe4j.cli.TextColumns.NAME_WIDTH;
import static io.github.spbe4j.cli.TextColumns.fit;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;

/** The text report of {@code spbe score}: index, predikat, every domain and aspect, indicators by headroom. */
final class ScoreCardText {

    private ScoreCardText() {
    }

    static String of(ScoreCard card) {
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
            String value = s.value().map(ScoreCardText::plain).orElse("n/i");
            sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %6s %7s %8s%n", s.code(), fit(s.indicator().name(), NAME_WIDTH),
                    value, s.indicator().weight(), plain(s.headroom())));
        }
        if (!card.complete()) {
            sb.append("(n/i = not yet indicated: the evidence proves no level)\n");
        }
        return sb.toString();
    }

    private static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
