package io.github.spbe4j.core.assessment;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment: what one agency records for every indicator of a framework in one evaluation year
 * and stage — a value, evidence items, or a raw external index value — with notes.
 *
 * <p>An assessment names its framework by id and is checked against it when scored, by
 * {@link io.github.spbe4j.core.scoring.Scorer}, so that a file can be read without the framework at
 * hand. Its JSON form is in docs/assessment-format.md; the simplest is
 * <pre>{@code
 * {"framework":"spbe-2020","agency":{"name":"Kota Contoh"},"year":2025,"values":{"1":3,"2":2, ...}}
 * }</pre>
 *
 * <pre>{@code
 * Assessment a = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025)
 *         .value("1", 3).value("2", 2) // ... every indicator
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #with(String, IndicatorInput)} returns a changed copy.
 *
 * @since 0.1.0
 */
public final class Assessment {

    private final String frameworkId;
    private final Agency agency;
    private final int year;
    private final Stage stage;
    private final Map<String, IndicatorInput> inputs;
    private final Map<String, String> notes;

    private Assessment(String frameworkId, Agency agency, int year, Stage stage, Map<String, IndicatorInput> inputs,
            Map<String, String> notes) {
        this.frameworkId = Objects.requireNonNull(frameworkId, "frameworkId");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.stage = Objects.requireNonNull(stage, "stage");
        if (frameworkId.isBlank()) {
            throw new InvalidAssessmentException(Problem.of("framework", "NotBlank", "assessment framework id is blank",
                    Text.quote(frameworkId)));
        }
        TextPolicy.NAME.check("framework", frameworkId).ifPresent(p -> {
            throw new InvalidAssessmentException(p);
        });
        if (year < 1900 || year > 9999) {
            throw new InvalidAssessmentException(Problem.of("year", "Range", "assessment year is " + year + "; years run 1900..9999",
                    Integer.toString(year)));
        }
        this.year = year;
        this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        // keys and values are non-null: the builder and with(...) check each one as it is added
        this.notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /**
     * Returns a builder; the stage defaults to {@link Stage#SELF_ASSESSMENT}.
     *
     * @param frameworkId the framework's id, e.g. {@code "spbe-2020"}
     * @param agency the agency assessed
     * @param year the evaluation year
     * @return a new builder
     */
    public static Builder builder(String frameworkId, Agency agency, int year) {
        return new Builder(frameworkId, agency, year);
    }

    /**
     * Returns the framework's id.
     *
     * @return the id
     */
    public String frameworkId() {
        return frameworkId;
    }

    /**
     * Returns the agency assessed.
     *
     * @return the agency
     */
    public Agency agency() {
        return agency;
    }

    /**
     * Returns the evaluation year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the stage.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * Returns what is recorded per indicator code, in the order given.
     *
     * @return the inputs
     */
    public Map<String, IndicatorInput> inputs() {
        return inputs;
    }

    /**
     * Returns what is recorded for one indicator.
     *
     * @param code the indicator's code
     * @return the input, if any
     */
    public Optional<IndicatorInput> input(String code) {
        return Optional.ofNullable(inputs.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the notes per indicator code.
     *
     * @return the notes
     */
    public Map<String, String> notes() {
        return notes;
    }

    /**
     * Returns a copy with one indicator's input replaced or added.
     *
     * @param code the indicator's code
     * @param input the new input
     * @return the changed copy
     */
    public Assessment with(String code, IndicatorInput input) {
        Map<String, IndicatorInput> copy = new LinkedHashMap<>(inputs);
        copy.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(input, "input"));
        return new Assessment(frameworkId, agency, year, stage, copy, notes);
    }

    /**
     * Returns a copy at another stage.
     *
     * @param newStage the stage
     * @return the changed copy
     */
    public Assessment withStage(Stage newStage) {
        return new Assessment(frameworkId, agency, year, newStage, inputs, notes);
    }

    /**
     * Returns a builder holding everything of this assessment.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(frameworkId, agency, year).stage(stage);
        b.inputs.putAll(inputs);
        b.notes.putAll(notes);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && frameworkId.equals(a.frameworkId) && agency.equals(a.agency) && year == a.year
                && stage == a.stage && inputs.equals(a.inputs) && notes.equals(a.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frameworkId, agency, year, stage, inputs, notes);
    }

    /** Returns e.g. {@code assessment of Kota Contoh 2025 (spbe-2020, self-assessment)}. */
    @Override
    public String toString() {
        return "assessment of " + agency + " " + year + " (" + frameworkId + ", " + stage.id() + ")";
    }

    /**
     * A builder of {@link Assessment}s; not thread-safe.
     *
     * <p>Giving one indicator a second input of the same kind replaces the first (so a loop can set
     * every indicator and a later call change one); giving it an input of another kind — a value and
     * then an external index value, say — is refused, since only one of them can count.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String frameworkId;
        private Agency agency;
        private int year;
        private Stage stage = Stage.SELF_ASSESSMENT;
        private final Map<String, IndicatorInput> inputs = new LinkedHashMap<>();
        private final Map<String, String> notes = new LinkedHashMap<>();

        private Builder(String frameworkId, Agency agency, int year) {
            this.frameworkId = Objects.requireNonNull(frameworkId, "frameworkId");
            this.agency = Objects.requireNonNull(agency, "agency");
            this.year = year;
        }

        /**
         * Sets the framework's id.
         *
         * @param value the id, e.g. {@code "spbe-2020"}
         * @return this builder
         */
        public Builder framework(String value) {
            this.frameworkId = Objects.requireNonNull(value, "frameworkId");
            return this;
        }

        /**
         * Sets the agency assessed.
         *
         * @param value the agency
         * @return this builder
         */
        public Builder agency(Agency value) {
            this.agency = Objects.requireNonNull(value, "agency");
            return this;
        }

        /**
         * Sets the evaluation year.
         *
         * @param value the year, 1900..9999
         * @return this builder
         */
        public Builder year(int value) {
            this.year = value;
            return this;
        }

        /**
         * Sets the stage.
         *
         * @param value the stage
         * @return this builder
         */
        public Builder stage(Stage value) {
            this.stage = Objects.requireNonNull(value, "stage");
            return this;
        }

        /**
         * Records a whole-level value.
         *
         * @param code the indicator's code
         * @param level the level
         * @return this builder
         */
        public Builder value(String code, long level) {
            return input(code, new IndicatorInput.Value(BigDecimal.valueOf(level)));
        }

        /**
         * Records a value.
         *
         * @param code the indicator's code
         * @param value the value
         * @return this builder
         */
        public Builder value(String code, BigDecimal value) {
            return input(code, new IndicatorInput.Value(value));
        }

        /**
         * Records a value written as decimal text, such as {@code "3.75"}.
         *
         * @param code the indicator's code
         * @param decimalText the value
         * @return this builder
         * @throws InvalidAssessmentException if the text is not a decimal number
         */
        public Builder value(String code, String decimalText) {
            return input(code, new IndicatorInput.Value(decimal(code, "value", decimalText)));
        }

        /**
         * Records evidence items.
         *
         * @param code the indicator's code
         * @param items the items
         * @return this builder
         */
        public Builder evidence(String code, java.util.List<EvidenceItem> items) {
            return input(code, new IndicatorInput.Evidence(items));
        }

        /**
         * Records a raw external index value.
         *
         * @param code the indicator's code
         * @param raw the raw value
         * @return this builder
         */
        public Builder external(String code, BigDecimal raw) {
            return input(code, new IndicatorInput.External(raw));
        }

        /**
         * Records a raw external index value written as decimal text, such as {@code "68.75"}.
         *
         * @param code the indicator's code
         * @param decimalText the raw value
         * @return this builder
         * @throws InvalidAssessmentException if the text is not a decimal number
         */
        public Builder external(String code, String decimalText) {
            return input(code, new IndicatorInput.External(decimal(code, "external", decimalText)));
        }

        /**
         * Records an input.
         *
         * @param code the indicator's code
         * @param input the input
         * @return this builder
         * @throws InvalidAssessmentException if the indicator already has an input of another kind
         */
        public Builder input(String code, IndicatorInput input) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(input, "input");
            TextPolicy.NAME.check(kind(input) + " key", code).ifPresent(p -> {
                throw new InvalidAssessmentException(p);
            });
            IndicatorInput earlier = inputs.get(code);
            if (earlier != null && earlier.getClass() != input.getClass()) {
                throw new InvalidAssessmentException(Problem.of(kind(input) + "." + Text.clean(code), "OneInput", "indicator "
                        + Text.clean(code) + " is given both as " + kind(earlier) + " and as " + kind(input) + "; give it once",
                        null));
            }
            inputs.put(code, input);
            return this;
        }

        /**
         * Records a note.
         *
         * @param code the indicator's code
         * @param note the note
         * @return this builder
         * @throws InvalidAssessmentException if the code or the note breaks the text policy
         */
        public Builder note(String code, String note) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(note, "note");
            TextPolicy.NAME.check("notes key", code).or(() -> TextPolicy.MULTI_LINE.check("notes." + Text.clean(code), note))
                    .ifPresent(p -> {
                        throw new InvalidAssessmentException(p);
                    });
            notes.put(code, note);
            return this;
        }

        /**
         * Builds the assessment.
         *
         * @return the assessment
         * @throws InvalidAssessmentException if the framework id is blank or the year out of range
         */
        public Assessment build() {
            return new Assessment(frameworkId, agency, year, stage, inputs, notes);
        }

        private static String kind(IndicatorInput input) {
            return input instanceof IndicatorInput.Value ? "values" : input instanceof IndicatorInput.Evidence ? "evidence" : "external";
        }

        private static BigDecimal decimal(String code, String field, String text) {
            Objects.requireNonNull(text, "decimalText");
            String s = text.strip();
            try {
                if (s.length() <= 40 && !s.isEmpty() && s.chars().noneMatch(c -> c == 'e' || c == 'E')) {
                    return new BigDecimal(s);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidAssessmentException(Problem.of(field + "." + Text.clean(code), "Decimal", "indicator " + Text.clean(code)
                    + " has " + field + " " + Text.quote(text) + "; it must be a decimal number such as 3.75", Text.quote(text)));
        }
    }
}
