package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceOutcome;
import io.github.spbe4j.core.assessment.EvidenceRule;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.Weight;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * The engine compiles the framework once into integer arrays (weights over their least common
 * denominator, values in units of the scale's last decimal), so that scoring is a single pass of
 * exact {@code long} arithmetic; no {@code double} is involved anywhere.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020"));
 * ScoreCard card = scorer.score(assessment);
 * card.indexRounded();   // 2.78
 * card.predikat().name(); // "Baik"
 * }</pre>
 *
 * <p>Immutable and thread-safe: one scorer may serve any number of threads.
 */
public final class Scorer {

    private final Framework framework;
    private final ScoringOptions options;
    private final List<Indicator> indicators;
    private final Map<String, Integer> indexOf;
    final long[] weights;
    final long valueUnit;
    final long minValue;
    final long maxValue;
    /** total weight, 100 × the weight denominator. */
    final long totalWeight;
    /** Scale at which index = prefix / (totalWeight × valueUnit) is exact, or -1. */
    final int rootScale;
    final List<Group> groups;
    final int[] groupStart;
    final int[] groupEnd;
    final int[] groupDepth;
    final long[] groupWeight;

    private Scorer(Framework framework, ScoringOptions options) {
        this.framework = framework;
        this.options = options;
        this.indicators = framework.indicators();
        int n = indicators.size();
        this.indexOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexOf.put(indicators.get(i).code(), i);
        }
        BigInteger lcm = BigInteger.ONE;
        for (Indicator indicator : indicators) {
            BigInteger d = indicator.weight().denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        // at most Framework.MAX_WEIGHT_DENOMINATOR, which every valid framework guarantees
        long denominator = lcm.longValueExact();
        this.weights = new long[n];
        for (int i = 0; i < n; i++) {
            Weight w = indicators.get(i).weight();
            weights[i] = w.numerator().multiply(BigInteger.valueOf(denominator / w.denominator().longValueExact())).longValueExact();
        }
        this.valueUnit = BigInteger.TEN.pow(framework.scale().decimals()).longValueExact();
        this.minValue = framework.scale().min() * valueUnit;
        this.maxValue = framework.scale().max() * valueUnit;
        this.totalWeight = 100 * denominator;
        this.rootScale = Exact.terminatingScale(totalWeight * valueUnit);

        this.groups = framework.groups();
        int g = groups.size();
        this.groupStart = new int[g];
        this.groupEnd = new int[g];
        this.groupDepth = new int[g];
        this.groupWeight = new long[g];
        Map<Group, Integer> position = new HashMap<>();
        for (int i = 0; i < g; i++) {
            position.put(groups.get(i), i);
        }
        int[] cursor = {0};
        for (Node top : framework.tree()) {
            layout(top, 0, position, cursor);
        }
    }

    private void layout(Node node, int depth, Map<Group, Integer> position, int[] cursor) {
        if (node instanceof Indicator) {
            cursor[0]++;
            return;
        }
        Group group = (Group) node;
        int gi = position.get(group);
        groupStart[gi] = cursor[0];
        groupDepth[gi] = depth;
        for (Node child : group.children()) {
            layout(child, depth + 1, position, cursor);
        }
        groupEnd[gi] = cursor[0];
        long sum = 0;
        for (int i = groupStart[gi]; i < groupEnd[gi]; i++) {
            sum += weights[i];
        }
        groupWeight[gi] = sum;
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
        return new Scorer(Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(options, "options"));
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
        return of(framework, newOptions);
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
        return new ScoreCard(this, resolved, weightedSum(resolved.values, 0, weights.length));
    }

    /** Returns Σ weight × value over the indicators from..to-1, exactly (every valid framework keeps it in a long). */
    long weightedSum(long[] values, int from, int to) {
        long[] w = weights;
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += w[i] * values[i];
        }
        return sum;
    }

    /** Checks a resolved assessment made by another scorer: same framework, and this scorer's policy holds. */
    private void checkCompatible(ResolvedAssessment resolved) {
        if (resolved.scorer.framework != framework && !resolved.scorer.framework.equals(framework)) {
            throw new IllegalArgumentException("the assessment was resolved for framework " + resolved.scorer.framework.id()
                    + ", not " + framework.id());
        }
        if (options.notYetIndicated() == NotYetIndicatedPolicy.REJECT) {
            List<String> problems = new ArrayList<>();
            for (String code : resolved.notYetIndicated()) {
                problems.add("indicator " + code + " is not yet indicated (" + resolved.notYetIndicatedReason(code).orElse("") + ")");
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
        List<String> problems = new ArrayList<>();
        String named = assessment.frameworkId();
        if (!named.equals(framework.id()) && !FrameworkRegistry.BUILT_IN_ALIASES.getOrDefault(named, named).equals(framework.id())) {
            problems.add("the assessment is for framework " + named + ", not " + framework.id());
        }
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
                values[i] = checkValue(code, v.value(), "value", problems);
            } else if (input instanceof IndicatorInput.Evidence e) {
                origins[i] = ResolvedAssessment.Origin.EVIDENCE;
                values[i] = fromEvidence(code, e.items(), problems, notYet, reasons, i);
            } else if (input instanceof IndicatorInput.External x) {
                origins[i] = ResolvedAssessment.Origin.EXTERNAL;
                values[i] = fromExternal(code, x.raw(), problems);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(0, missing.size() == 1 ? "indicator " + ranges(missing) + " has no value"
                    : missing.size() + " indicators have no value: " + ranges(missing));
        }
        for (String code : inputs.keySet()) {
            if (!indexOf.containsKey(code)) {
                problems.add(unknownCode(code));
            }
        }
        for (String code : assessment.notes().keySet()) {
            if (!indexOf.containsKey(code)) {
                problems.add("note for unknown indicator code " + code + "; " + framework.id() + " has indicators " + codeRange());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(assessment.toString(), problems);
        }
        return new ResolvedAssessment(this, assessment, values, notYet, origins, reasons);
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
            sb.append(indicators.get(positions.get(i)).code());
            if (j > i) {
                sb.append(j == i + 1 ? ", " : "..").append(indicators.get(positions.get(j)).code());
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private String unknownCode(String code) {
        if (code.equals("35") && framework.id().equals("spbe-2018") && indexOf.containsKey("35.1")) {
            // the one code whose reading changed when spbe-2018 became the three-service reading
            return "indicator 35 is assessed for three services under spbe-2018 (codes 35.1, 35.2, 35.3);"
                    + " for one service use framework spbe-2018-35x1";
        }
        return "unknown indicator code " + code + "; " + framework.id() + " has indicators " + codeRange();
    }

    private String codeRange() {
        return indicators.get(0).code() + ".." + indicators.get(indicators.size() - 1).code();
    }

    /** Returns the value in units, or -1 after adding a problem. */
    long checkValue(String code, BigDecimal value, String what, List<String> problems) {
        int decimals = framework.scale().decimals();
        if (value.scale() >= 0 && value.scale() <= decimals && value.precision() + decimals - value.scale() <= 18) {
            // fast path for the common case: few digits, no more decimals than allowed
            long units = value.unscaledValue().longValue();
            for (int k = value.scale(); k < decimals; k++) {
                units *= 10;
            }
            if (units >= minValue && units <= maxValue) {
                return units;
            }
        }
        String shown = show(value);
        if (!framework.scale().contains(value)) {
            problems.add("indicator " + code + " has " + what + " " + shown + "; values run " + framework.scale().min() + ".."
                    + framework.scale().max());
            return -1;
        }
        if (!framework.scale().allowsPrecision(value)) {
            problems.add(framework.scale().decimals() == 0
                    ? "indicator " + code + " has " + what + " " + shown + "; " + framework.id() + " allows whole levels only"
                    : "indicator " + code + " has " + what + " " + shown + "; " + framework.id() + " allows at most "
                            + framework.scale().decimals() + " decimals");
            return -1;
        }
        return value.movePointRight(framework.scale().decimals()).longValueExact();
    }

    private long fromEvidence(String code, List<EvidenceItem> items, List<String> problems, boolean[] notYet, String[] reasons, int i) {
        int before = problems.size();
        for (EvidenceItem item : items) {
            if (item.level() > framework.scale().max()) {
                problems.add("indicator " + code + " has evidence '" + item.title() + "' for level " + item.level()
                        + "; levels run " + framework.scale().min() + ".." + framework.scale().max());
            }
        }
        if (problems.size() > before) {
            return -1;
        }
        EvidenceOutcome outcome = EvidenceRule.evaluate(items, framework.scale().max());
        String reason;
        if (outcome instanceof EvidenceOutcome.Indicated indicated) {
            if (indicated.level() >= framework.scale().min()) {
                return indicated.level() * valueUnit;
            }
            // a custom scale may start above 1: a level below it is below the scale
            reason = "the evidence proves level " + indicated.level() + " but the scale starts at " + framework.scale().min();
        } else {
            reason = ((EvidenceOutcome.NotYetIndicated) outcome).reason();
        }
        if (options.notYetIndicated() == NotYetIndicatedPolicy.REJECT) {
            problems.add("indicator " + code + " is not yet indicated (" + reason + ")");
            return -1;
        }
        notYet[i] = true;
        reasons[i] = reason;
        return 0;
    }

    private long fromExternal(String code, BigDecimal raw, List<String> problems) {
        Optional<Conversion> conversion = framework.conversion(code);
        String shown = show(raw);
        if (conversion.isEmpty()) {
            problems.add("indicator " + code + " has external index value " + shown + " but " + framework.id()
                    + " has no conversion for it; give a value or evidence");
            return -1;
        }
        Conversion c = conversion.get();
        if (!c.accepts(raw)) {
            problems.add("indicator " + code + " has " + c.source() + " value " + shown + "; the source runs "
                    + c.sourceMin().toPlainString() + ".." + c.sourceMax().toPlainString());
            return -1;
        }
        return checkValue(code, c.convert(raw), "converted value", problems);
    }

    /** Shows a number plainly, or in scientific notation when plain text would be absurdly long. */
    static String show(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return Math.abs((long) s.scale()) <= 30 && s.precision() <= 40 ? s.toPlainString() : s.toString();
    }

    int indexOf(String code) {
        Integer i = indexOf.get(code);
        return i == null ? -1 : i;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    @Override
    public String toString() {
        return "Scorer[" + framework.id() + ", " + options + "]";
    }
}
