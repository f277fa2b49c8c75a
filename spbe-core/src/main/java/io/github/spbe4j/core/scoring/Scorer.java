package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceOutcome;
import io.github.spbe4j.core.assessment.EvidenceRule;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.UnknownFrameworkException;
import io.github.spbe4j.core.internal.Order;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scoring engine for one framework: turns an {@link Assessment} into a {@link ScoreCard} by the
 * official formula, exactly.
 *
 * <p>At every level of the tree a node's index is the weighted average of its children, so the whole
 * index is the sum over all indicators of weight × value, divided by 100:
 * <pre>
 *   aspect index = Σ(w_i × value_i) / w_aspect
 *   domain index = Σ(w_aspect × aspect index) / w_domain
 *   index        = Σ(w_domain × domain index) / 100 = Σ over all indicators (w_i × value_i) / 100
 * </pre>
 * The engine compiles the framework once (weights as whole numbers over their least common
 * denominator, values in units of the scale's last decimal, each group a run of indicators), so that
 * scoring is a single pass of exact {@code long} arithmetic; no {@code double} is involved anywhere.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020"));
 * ScoreCard card = scorer.score(assessment);
 * card.indexRounded();   // 2.78
 * card.predikat().name(); // "Baik"
 * }</pre>
 *
 * <p>Immutable and thread-safe: one scorer may serve any number of threads.
 *
 * @since 0.1.0
 */
public final class Scorer {

    private final Framework framework;
    private final ScoringOptions options;
    final CompiledFramework compiled;

    private Scorer(Framework framework, ScoringOptions options, CompiledFramework compiled) {
        this.framework = framework;
        this.options = options;
        this.compiled = compiled;
    }

    /**
     * Returns a scorer with the default options.
     *
     * @param framework the framework
     * @return the scorer
     */
    public static Scorer of(Framework framework) {
        return of(framework, ScoringOptions.DEFAULTS);
    }

    /**
     * Returns a scorer with chosen options.
     *
     * @param framework the framework
     * @param options the options
     * @return the scorer
     */
    public static Scorer of(Framework framework, ScoringOptions options) {
        Objects.requireNonNull(framework, "framework");
        return new Scorer(framework, Objects.requireNonNull(options, "options"), new CompiledFramework(framework));
    }

    /**
     * Scores an assessment against the framework it names, looked up in a registry: the one call for
     * the common case.
     *
     * <pre>{@code
     * ScoreCard card = Scorer.score(SpbeJson.readAssessment(path), FrameworkRegistry.builtIn());
     * }</pre>
     *
     * @param assessment the assessment
     * @param registry the frameworks to look the assessment's framework up in
     * @return the score card, scored with the default options
     * @throws UnknownFrameworkException if the registry has no framework of the assessment's id
     * @throws InvalidAssessmentException listing every problem, when the assessment does not fit its framework
     */
    public static ScoreCard score(Assessment assessment, FrameworkRegistry registry) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(registry, "registry");
        return of(registry.get(assessment.frameworkId())).score(assessment);
    }

    /**
     * Returns the framework scored.
     *
     * @return the framework
     */
    public Framework framework() {
        return framework;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public ScoringOptions options() {
        return options;
    }

    /**
     * Returns a scorer for the same framework with other options.
     *
     * @param newOptions the options
     * @return the scorer
     */
    public Scorer withOptions(ScoringOptions newOptions) {
        return new Scorer(framework, Objects.requireNonNull(newOptions, "options"), compiled);
    }

    /**
     * Scores an assessment: checks it against the framework, then computes every index.
     *
     * @param assessment the assessment
     * @return the score card
     * @throws InvalidAssessmentException listing every problem, when the assessment does not fit the framework
     */
    public ScoreCard score(Assessment assessment) {
        return score(resolve(assessment));
    }

    /**
     * Scores an assessment already checked against this scorer's framework.
     *
     * @param resolved the resolved assessment
     * @return the score card
     */
    public ScoreCard score(ResolvedAssessment resolved) {
        Objects.requireNonNull(resolved, "resolved");
        if (resolved.scorer != this) {
            checkCompatible(resolved);
        }
        return new ScoreCard(this, resolved, compiled.weightedSum(resolved.values, 0, compiled.weights.length));
    }

    /** Checks a resolved assessment made by another scorer: same framework, and this scorer's policy holds. */
    private void checkCompatible(ResolvedAssessment resolved) {
        if (resolved.scorer.framework != framework && !resolved.scorer.framework.equals(framework)) {
            throw new InvalidAssessmentException(Problem.of("framework", "SameFramework", "the assessment was resolved for framework "
                    + resolved.scorer.framework.id() + ", not " + framework.id(), Text.quote(resolved.scorer.framework.id())));
        }
        if (options.notYetIndicated() == NotYetIndicatedPolicy.REJECT) {
            List<Problem> problems = new ArrayList<>();
            for (String code : resolved.notYetIndicated()) {
                problems.add(notYetIndicated(code, resolved.notYetIndicatedReason(code).orElse("")));
            }
            if (!problems.isEmpty()) {
                throw new InvalidAssessmentException(resolved.assessment().toString(), problems);
            }
        }
    }

    /**
     * Checks an assessment against the framework and turns every input into a value: direct values
     * are checked against the scale, evidence goes through {@link EvidenceRule}, raw external values
     * through the framework's conversion.
     *
     * @param assessment the assessment
     * @return the resolved assessment, ready to score and to vary
     * @throws InvalidAssessmentException listing every problem with its code and value
     */
    public ResolvedAssessment resolve(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        String named = assessment.frameworkId();
        if (!named.equals(framework.id()) && !FrameworkRegistry.BUILT_IN_ALIASES.getOrDefault(named, named).equals(framework.id())) {
            // one early problem: nothing else about the assessment is worth checking against the wrong framework
            throw new InvalidAssessmentException(assessment.toString(), List.of(Problem.of("framework", "SameFramework",
                    "the assessment is for framework " + Text.clean(named) + ", not " + framework.id(), Text.quote(named))));
        }
        List<Problem> problems = new ArrayList<>();
        List<Indicator> indicators = compiled.indicators;
        int n = indicators.size();
        long[] values = new long[n];
        boolean[] notYet = new boolean[n];
        ResolvedAssessment.Origin[] origins = new ResolvedAssessment.Origin[n];
        String[] reasons = new String[n];
        Map<String, IndicatorInput> inputs = assessment.inputs();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = indicators.get(i).code();
            IndicatorInput input = inputs.get(code);
            if (input == null) {
                missing.add(i);
                continue;
            }
            if (input instanceof IndicatorInput.Value v) {
                origins[i] = ResolvedAssessment.Origin.VALUE;
                values[i] = compiled.units(code, "values", v.value(), "value", problems);
            } else if (input instanceof IndicatorInput.Evidence e) {
                origins[i] = ResolvedAssessment.Origin.EVIDENCE;
                values[i] = fromEvidence(code, e.items(), problems, notYet, reasons, i);
            } else if (input instanceof IndicatorInput.External x) {
                origins[i] = ResolvedAssessment.Origin.EXTERNAL;
                values[i] = fromExternal(code, x.raw(), problems);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(0, Problem.of("values", "Required", missing.size() == 1 ? "indicator " + ranges(missing) + " has no value"
                    : missing.size() + " indicators have no value: " + ranges(missing), null));
        }
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        inputs.forEach((code, input) -> {
            if (compiled.indexOf(code) < 0) {
                unknown.computeIfAbsent(field(input), k -> new ArrayList<>()).add(code);
            }
        });
        for (String code : assessment.notes().keySet()) {
            if (compiled.indexOf(code) < 0) {
                unknown.computeIfAbsent("notes", k -> new ArrayList<>()).add(code);
            }
        }
        unknown.forEach((field, codes) -> problems.add(codes.size() == 1 ? unknownCode(codes.get(0), field)
                : unknownCodes(codes, field)));
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(assessment.toString(), problems);
        }
        return new ResolvedAssessment(this, assessment, values, notYet, origins, reasons);
    }

    private static String field(@Nullable IndicatorInput input) {
        return input instanceof IndicatorInput.Value ? "values" : input instanceof IndicatorInput.Evidence ? "evidence" : "external";
    }

    private Problem unknownCode(String code, String field) {
        String c = Text.clean(code);
        if (!field.equals("notes") && code.equals("35") && framework.id().equals("spbe-2018") && compiled.indexOf("35.1") >= 0) {
            // the one code whose reading changed when spbe-2018 became the three-service reading
            return Problem.of(field + "." + c, "KnownIndicator", "indicator 35 is assessed for three services under spbe-2018"
                    + " (codes 35.1, 35.2, 35.3); for one service use framework spbe-2018-35x1", Text.quote(code));
        }
        String what = field.equals("notes") ? "note for " : "";
        return Problem.of(field + "." + c, "KnownIndicator", what + "unknown indicator code " + c + "; " + framework.id()
                + " has indicators " + codeRange(), Text.quote(code));
    }

    /** One problem for many unknown codes of one field, listed as ranges, so that its size stays bounded. */
    private Problem unknownCodes(List<String> codes, String field) {
        String what = field.equals("notes") ? " notes for" : "";
        return Problem.of(field, "KnownIndicator", field + " has" + what + " " + codes.size() + " unknown indicator codes: "
                + Order.ranges(codes, Order.RUNS_SHOWN) + "; " + framework.id() + " has indicators " + codeRange(), null);
    }

    private static Problem notYetIndicated(String code, String reason) {
        return Problem.of("evidence." + Text.clean(code), "Indicated", "indicator " + Text.clean(code) + " is not yet indicated ("
                + reason + ")", null);
    }

    /** Returns codes at the given tree positions, consecutive runs shown as {@code first..last}. */
    private String ranges(List<Integer> positions) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < positions.size()) {
            int j = i;
            while (j + 1 < positions.size() && positions.get(j + 1) == positions.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(compiled.indicators.get(positions.get(i)).code());
            if (j > i) {
                sb.append(j == i + 1 ? ", " : "..").append(compiled.indicators.get(positions.get(j)).code());
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private String codeRange() {
        List<Indicator> indicators = compiled.indicators;
        return indicators.get(0).code() + ".." + indicators.get(indicators.size() - 1).code();
    }

    private long fromEvidence(String code, List<EvidenceItem> items, List<Problem> problems, boolean[] notYet, String[] reasons, int i) {
        int before = problems.size();
        for (int k = 0; k < items.size(); k++) {
            EvidenceItem item = items.get(k);
            if (item.level() > framework.scale().max()) {
                problems.add(Problem.of("evidence." + Text.clean(code) + "[" + k + "].level", "Scale", "indicator " + Text.clean(code)
                        + " has evidence '" + Text.clean(item.title()) + "' for level " + item.level() + "; levels run "
                        + framework.scale().min() + ".." + framework.scale().max(), Integer.toString(item.level())));
            }
        }
        if (problems.size() > before) {
            return -1;
        }
        EvidenceOutcome outcome = EvidenceRule.evaluate(items, framework.scale().max());
        String reason;
        if (outcome instanceof EvidenceOutcome.Indicated indicated) {
            if (indicated.level() >= framework.scale().min()) {
                return indicated.level() * compiled.valueUnit;
            }
            // a custom scale may start above 1: a level below it is below the scale
            reason = "the evidence proves level " + indicated.level() + " but the scale starts at " + framework.scale().min();
        } else {
            reason = ((EvidenceOutcome.NotYetIndicated) outcome).reason();
        }
        if (options.notYetIndicated() == NotYetIndicatedPolicy.REJECT) {
            problems.add(notYetIndicated(code, reason));
            return -1;
        }
        notYet[i] = true;
        reasons[i] = reason;
        return 0;
    }

    private long fromExternal(String code, BigDecimal raw, List<Problem> problems) {
        Optional<Conversion> conversion = framework.conversion(code);
        String shown = CompiledFramework.show(raw);
        String path = "external." + Text.clean(code);
        if (conversion.isEmpty()) {
            problems.add(Problem.of(path, "Conversion", "indicator " + Text.clean(code) + " has external index value " + shown + " but "
                    + framework.id() + " has no conversion for it; give a value or evidence", shown));
            return -1;
        }
        Conversion c = conversion.get();
        if (!c.accepts(raw)) {
            problems.add(Problem.of(path, "SourceRange", "indicator " + Text.clean(code) + " has " + c.source() + " value " + shown
                    + "; the source runs " + c.sourceMin().toPlainString() + ".." + c.sourceMax().toPlainString(), shown));
            return -1;
        }
        return compiled.units(code, "external", c.convert(raw), "converted value", problems);
    }

    @Override
    public String toString() {
        return "Scorer[" + framework.id() + ", " + options + "]";
    }
}
