package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.metrics.AgeBucket;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.Durations;
import io.github.spbe4j.complaints.metrics.Figures;
import io.github.spbe4j.complaints.metrics.StageFigures;
import io.github.spbe4j.complaints.sla.Stage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The JSON report of {@code spbe complaints metrics}. */
final class ComplaintsMetricsJson {
    private ComplaintsMetricsJson() {
    }

    static ObjectNode of(ComplaintRegister register, ComplaintMetrics m) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("agency", register.agency().name()).put("zone", m.zone().getId());
        ObjectNode period = root.putObject("period");
        period.put("from", m.period().from().map(LocalDate::toString).orElse(null));
        period.put("to", m.period().to().map(LocalDate::toString).orElse(null));
        root.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.at().atZone(m.zone()).toOffsetDateTime()));
        root.put("provisional", m.provisional());
        figures(root.putObject("overall"), m.overall());
        m.byAgency().forEach((agency, f) -> figures(root.withArray("byAgency").addObject().put("agency", agency), f));
        root.withArray("byAgency");
        figures(root.putObject("notDispositioned"), m.notDispositioned());
        m.byTopic().forEach((code, f) -> figures(root.withArray("byTopic").addObject().put("topic", code)
                .put("name", register.topics().topic(code).map(Topic::name).orElse(null)), f));
        root.withArray("byTopic");
        figures(root.putObject("withoutTopic"), m.withoutTopic());
        m.byMonth().forEach((month, f) -> figures(root.withArray("byMonth").addObject().put("month", month.toString()), f));
        root.withArray("byMonth");
        return root;
    }

    private static void figures(ObjectNode o, Figures f) {
        o.put("complaints", f.complaints());
        ObjectNode states = o.putObject("states");
        for (State s : State.values()) {
            states.put(s.id(), f.count(s));
        }
        durations(o.putObject("verification"), f.verification());
        durations(o.putObject("followUp"), f.followUp());
        ObjectNode sla = o.putObject("sla");
        for (Stage s : Stage.values()) {
            StageFigures g = f.sla().get(s);
            ObjectNode stage = sla.putObject(s.id()).put("met", g.met()).put("metLate", g.metLate()).put("overdue", g.overdue())
                    .put("running", g.running()).put("paused", g.paused());
            share(stage, "withinSla", g.withinSla());
        }
        o.putObject("closed").put("resolved", f.resolved()).put("notResolved", f.notResolved())
                .put("automatic", f.closedAutomatically());
        share(o, "resolutionRate", f.resolutionRate());
        o.put("everClosed", f.everClosed()).put("reopened", f.reopened());
        share(o, "reopenRate", f.reopenRate());
        o.put("open", f.open());
        ObjectNode backlog = o.putObject("backlog");
        for (AgeBucket b : AgeBucket.values()) {
            backlog.put(b.id(), f.backlog().get(b));
        }
    }

    private static void durations(ObjectNode o, Durations d) {
        o.put("count", d.count());
        o.put("median", d.median().orElse(null));
        o.put("p90", d.p90().orElse(null));
    }

    private static void share(ObjectNode o, String name, Optional<Share> share) {
        if (share.isEmpty()) {
            o.putNull(name);
        } else {
            o.putObject(name).put("part", share.get().part()).put("total", share.get().total()).put("percent", share.get().percent());
        }
    }
}
