package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.Locale;

/** The JSON form of {@link ScoreCard} (written only); see docs/assessment-format.md. */
final class ScoreCardCodec {

    private ScoreCardCodec() {
    }

    static ObjectNode write(ScoreCard card) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("framework", card.framework().id());
        ObjectNode agency = root.putObject("agency").put("name", card.assessment().agency().name());
        card.assessment().agency().code().ifPresent(c -> agency.put("code", c));
        root.put("year", card.assessment().year());
        root.put("stage", card.assessment().stage().id());
        root.put("index", plain(card.index()));
        root.put("indexRounded", card.indexRounded());
        PredikatBand predikat = card.predikat();
        root.put("predikat", predikat.name());
        predikat.label().ifPresent(l -> root.put("predikatLabel", l));
        root.put("predikatReading", card.options().predikatReading().name().toLowerCase(Locale.ROOT));
        root.put("complete", card.complete());
        ArrayNode notYet = root.putArray("notYetIndicated");
        card.notYetIndicated().forEach(notYet::add);
        ObjectNode nodes = root.putObject("nodes");
        for (NodeScore n : card.nodes()) {
            ObjectNode o = nodes.putObject(n.code()).put("kind", n.group().kind()).put("name", n.group().name());
            weight(o, n.group().weight());
            o.put("index", plain(n.index())).put("indexRounded", n.indexRounded()).put("contribution", plain(n.contribution()));
        }
        ObjectNode indicators = root.putObject("indicators");
        for (IndicatorScore s : card.indicators()) {
            ObjectNode o = indicators.putObject(s.code()).put("name", s.indicator().name());
            weight(o, s.indicator().weight());
            if (s.value().isPresent()) {
                o.put("value", plain(s.value().get()));
            } else {
                o.putNull("value");
            }
            o.put("origin", s.origin().id());
            s.levelName().ifPresent(l -> o.put("level", l));
            o.put("contribution", plain(s.contribution())).put("headroom", plain(s.headroom()));
        }
        return root;
    }

    private static void weight(ObjectNode o, Weight w) {
        if (w.isDecimal()) {
            o.put("weight", w.toBigDecimal());
        } else {
            o.put("weight", w.toString());
        }
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
