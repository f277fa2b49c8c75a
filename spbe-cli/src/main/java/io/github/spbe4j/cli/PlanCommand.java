package io.github.spbe4j.cli;

import static io.github.spbe4j.cli.TextColumns.NAME_WIDTH;
import static io.github.spbe4j.cli.TextColumns.fit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.plan.Change;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.Plan;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe plan FILE --target T}: the exact cheapest level changes to a target index or predikat. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan the cheapest level changes that bring an assessment (JSON; '-' reads standard input) to a target index or"
                + " predikat, exactly; or, with --budget, the highest index a budget buys.",
            "Every level step costs 1 unless a costs file says otherwise."})
final class PlanCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = "--target", paramLabel = "T", description = "The target: an index such as 4.2, or a predikat of the framework such as Memuaskan.")
    private String target;

    @Option(names = "--budget", paramLabel = "B", description = "Instead of a target: the highest index reachable at a total cost of at most B (a whole number).")
    private String budget;

    @Option(names = "--max-step", paramLabel = "K", description = "Raise each indicator by at most K levels in this cycle.")
    private Integer maxStep;

    @Option(names = "--costs", paramLabel = "FILE",
            description = "A JSON object from indicator code to the cost of one level step (a whole number); codes not listed cost 1.")
    private Path costs;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        CommandLine cli = spec.commandLine();
        if ((target == null) == (budget == null)) {
            throw new CommandLine.ParameterException(cli, "give either --target (the cheapest way to a target) or --budget (the most a"
                    + " budget buys), " + (target == null ? "neither was given" : "not both"));
        }
        Long budgetValue = budget == null ? null : budget(cli, budget);
        if (maxStep != null && maxStep < 1) {
            throw new CommandLine.ParameterException(cli, "--max-step " + maxStep + " is not a number of levels; give 1 or more");
        }
        Assessment assessment = input.read(SpbeJson::readAssessment, SpbeJson::readAssessment);
        Framework framework = source.registry().get(assessment.frameworkId());
        ScoreCard card = Scorer.of(framework).score(assessment);
        CostModel model = CostModel.uniform();
        if (costs != null) {
            model = model.withCosts(CostsFile.read(costs, framework));
        }
        if (maxStep != null) {
            model = model.withMaxStepsPerCycle(maxStep);
        }
        Planner planner = Planner.of(card, model);
        if (budgetValue != null) {
            Plan plan = planner.withinBudget(budgetValue);
            if (format == Format.json) {
                ObjectNode tree = JsonOutput.tree(plan);
                tree.put("budget", budgetValue);
                cli.getOut().println(JsonOutput.text(tree));
            } else {
                cli.getOut().print(text(card, plan, "Budget " + budgetValue + ": the highest index it buys"));
            }
            return;
        }
        Target goal = target(cli, target, framework);
        PlanOutcome outcome = planner.plan(goal);
        if (format == Format.json) {
            cli.getOut().println(JsonOutput.text(JsonOutput.tree(outcome)));
        } else {
            String head = "Target " + goal + " (" + goal.valueIn(framework).toPlainString() + "): " + (outcome.reachable() ? "reached"
                    : "out of reach under these constraints; the plan below reaches the highest index possible");
            cli.getOut().print(text(card, outcome.plan(), head));
        }
    }

    /** Reads a target given on the command line, checked against the framework. */
    static Target target(CommandLine cli, String text, Framework framework) {
        try {
            Target t = Target.parse(text);
            t.valueIn(framework);
            return t;
        } catch (SpbeException e) {
            throw new CommandLine.ParameterException(cli, "--target " + Text.quote(text) + ": " + e.getMessage());
        }
    }

    private static long budget(CommandLine cli, String text) {
        try {
            long b = Long.parseLong(text.strip());
            if (b >= 0) {
                return b;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandLine.ParameterException(cli, "--budget " + Text.quote(text) + " is not a budget; give a whole number, 0 or more");
    }

    private static String text(ScoreCard card, Plan plan, String head) {
        StringBuilder sb = new StringBuilder();
        sb.append(card.assessment().agency()).append(" · ").append(card.assessment().year()).append(" · ").append(card.framework().id())
                .append('\n');
        sb.append("Now        ").append(card.indexRounded().toPlainString()).append(' ').append(card.predikat().name()).append('\n');
        sb.append(head).append('\n');
        sb.append("After      ").append(plan.indexRounded().toPlainString()).append(' ').append(plan.predikat().name())
                .append("   (unrounded ").append(plan.index().toPlainString()).append(")\n");
        sb.append("Cost       ").append(plan.cost()).append("   (").append(plan.steps()).append(" level steps, ")
                .append(plan.changes().size()).append(" indicators)\n");
        if (plan.changes().isEmpty()) {
            sb.append("\nNo change is needed.\n");
            return sb.toString();
        }
        sb.append('\n');
        sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %6s %6s %6s %8s %8s%n", "CODE", "INDICATOR", "FROM", "TO", "STEPS", "COST",
                "ADDS"));
        for (Change c : plan.changes()) {
            String name = card.indicator(c.code()).map(s -> s.indicator().name()).orElse("");
            sb.append(String.format("%-8s %-" + NAME_WIDTH + "s %6s %6s %6d %8d %8s%n", c.code(), fit(name, NAME_WIDTH),
                    c.from().map(PlanCommand::plain).orElse("n/i"), plain(c.to()), c.steps(), c.cost(), "+" + plain(c.gain())));
        }
        return sb.toString();
    }

    private static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
