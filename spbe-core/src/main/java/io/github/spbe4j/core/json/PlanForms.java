package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.plan.Change;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.Plan;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Roadmap;

/** The JSON forms of the planner's values (written, not read). */
final class PlanForms {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanForms() {
    }

    /** {@code {"code", "from", "to", "steps", "cost", "gain"}}; {@code from} is null when the indicator was not yet indicated. */
    static ObjectNode change(Change c) {
        ObjectNode o = NODES.objectNode().put("code", c.code());
        if (c.from().isPresent()) {
            o.put("from", ValueForms.plain(c.from().get()));
        } else {
            o.putNull("from");
        }
        return o.put("to", ValueForms.plain(c.to())).put("steps", c.steps()).put("cost", c.cost()).put("gain", ValueForms.plain(c.gain()));
    }

    /** {@code {"cost", "steps", "index", "indexRounded", "predikat", "changes"}}. */
    static ObjectNode plan(Plan p) {
        return planInto(NODES.objectNode(), p);
    }

    private static ObjectNode planInto(ObjectNode o, Plan p) {
        o.put("cost", p.cost()).put("steps", p.steps()).put("index", ValueForms.plain(p.index())).put("indexRounded", p.indexRounded())
                .put("predikat", p.predikat().name());
        ArrayNode changes = o.putArray("changes");
        p.changes().forEach(c -> changes.add(change(c)));
        return o;
    }

    /** {@code {"target", "reachable", ...the plan's fields}}: the cheapest plan, or the one to the highest reachable index. */
    static ObjectNode outcome(PlanOutcome outcome) {
        ObjectNode o = NODES.objectNode().put("target", outcome.target().toString()).put("reachable", outcome.reachable());
        return planInto(o, outcome.plan());
    }

    /** {@code {"yearReached", "cost", "costByYears": {"2": 14, ...}, "years": [plan, ...]}}. */
    static ObjectNode roadmap(Roadmap r) {
        ObjectNode o = NODES.objectNode().put("yearReached", r.yearReached()).put("cost", r.cost());
        ObjectNode byYears = o.putObject("costByYears");
        r.costByYears().forEach((years, cost) -> byYears.put(Integer.toString(years), cost));
        ArrayNode years = o.putArray("years");
        r.years().forEach(p -> years.add(plan(p)));
        return o;
    }

    /** {@code {"defaultCost", "costs", "fixed", "plannable", "maxStepsPerCycle"}}; the cap is null when there is none. */
    static ObjectNode costModel(CostModel m) {
        ObjectNode o = NODES.objectNode().put("defaultCost", m.defaultCost());
        ObjectNode costs = o.putObject("costs");
        m.costs().forEach(costs::put);
        ArrayNode fixed = o.putArray("fixed");
        m.fixed().forEach(fixed::add);
        ObjectNode plannable = o.putObject("plannable");
        m.plannable().forEach(plannable::put);
        if (m.maxStepsPerCycle().isPresent()) {
            o.put("maxStepsPerCycle", m.maxStepsPerCycle().getAsInt());
        } else {
            o.putNull("maxStepsPerCycle");
        }
        return o;
    }
}
