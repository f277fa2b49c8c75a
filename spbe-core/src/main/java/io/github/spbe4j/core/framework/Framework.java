package io.github.spbe4j.core.framework;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation framework: the tree of domains, aspects and indicators with their weights, the level
 * scale, the level ladders, the predikat bands and the external-index conversions by which an
 * agency's digital-government maturity is scored.
 *
 * <p>spbe4j ships the three national frameworks — {@code spbe-2018} (PermenPANRB 5/2018),
 * {@code spbe-2020} (PermenPANRB 59/2020) and {@code pemdi-2026} (PermenPANRB 8/2026) — as data in
 * {@link FrameworkRegistry#builtIn()}; a city can define its own with {@link #builder(String)} or
 * read one from its JSON file with {@link #read(Path)} (the format is described in
 * docs/frameworks.md). A framework is always valid: construction checks every rule and reports all
 * violations at once in an {@link InvalidFrameworkException}:
 * <ul>
 *   <li>the top-level weights sum to 100 and each group's children sum to the group's weight;</li>
 *   <li>codes are unique and every weight is positive;</li>
 *   <li>the indicators' weights share a denominator of at most {@link #MAX_WEIGHT_DENOMINATOR}
 *       (any decimal weights with up to nine decimals do);</li>
 *   <li>predikat bands are ascending and contiguous and cover the scale from its minimum to its
 *       maximum;</li>
 *   <li>each conversion feeds a known indicator, its bands are contiguous over the source range, and
 *       its values are monotone and inside the scale.</li>
 * </ul>
 *
 * <pre>{@code
 * Framework spbe2020 = FrameworkRegistry.builtIn().get("spbe-2020");
 * spbe2020.indicators().size();             // 47
 * spbe2020.node("A7").orElseThrow().weight(); // 27.5
 *
 * Framework opd = Framework.read(Path.of("opd-kota-contoh.json"));
 * FrameworkRegistry registry = FrameworkRegistry.builtIn().with(opd);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Framework {

    /**
     * The largest common denominator of the indicators' weights a framework may have; it keeps every
     * exact sum of the scoring engine inside a {@code long}.
     */
    public static final long MAX_WEIGHT_DENOMINATOR = 1_000_000_000L;

    private final String id;
    private final String title;
    private final String regulation;
    private final @Nullable String regulationId;
    private final @Nullable YearRange years;
    private final Provenance provenance;
    private final LevelScale scale;
    private final List<Ladder> ladders;
    private final List<PredikatBand> predikat;
    private final List<Node> tree;
    private final List<Conversion> conversions;

    private final List<Indicator> indicators;
    private final List<Group> groups;
    private final Map<String, Node> nodesByCode;
    private final Map<String, Conversion> conversionsByIndicator;
    private final Map<String, Ladder> laddersById;
    /** Each code's place: indicators in tree order, then groups in tree order. */
    private final Map<String, Integer> position;

    private Framework(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.title = b.title == null ? b.id : b.title;
        this.regulation = b.regulation == null ? "" : b.regulation;
        this.regulationId = b.regulationId;
        this.years = b.years;
        this.provenance = b.provenance;
        this.scale = b.scale;
        this.ladders = List.copyOf(b.ladders);
        this.predikat = List.copyOf(b.predikat);
        this.tree = List.copyOf(b.tree);
        this.conversions = List.copyOf(b.conversions);

        FrameworkRules.Checked checked = FrameworkRules.check(id, scale, ladders, predikat, tree, conversions);
        this.indicators = checked.indicators();
        this.groups = checked.groups();
        this.nodesByCode = checked.nodesByCode();
        this.conversionsByIndicator = checked.conversionsByIndicator();
        this.laddersById = checked.laddersById();
        Map<String, Integer> order = new HashMap<>();
        for (Indicator i : indicators) {
            order.put(i.code(), order.size());
        }
        for (Group g : groups) {
            order.putIfAbsent(g.code(), order.size());
        }
        this.position = Map.copyOf(order);
    }

    /**
     * Returns a builder for a framework with the given id.
     *
     * @param id the id, e.g. {@code "opd-kota-contoh-2026"}
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns a builder holding everything of this framework, to derive a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).title(title).regulation(regulation).regulationId(regulationId).years(years)
                .provenance(provenance).scale(scale).ladders(ladders).predikat(predikat).tree(tree)
                .conversions(conversions);
        return b;
    }

    /**
     * Reads a framework from its JSON file — the same reader for the national frameworks shipped with
     * spbe4j and for a user's own, such as a city's OPD-level evaluation.
     *
     * <p>Reading checks every field and every rule and reports every problem at once in an
     * {@link InvalidFrameworkException}, naming the framework, the node and the numbers; malformed JSON
     * is reported the same way, with its line and column.
     *
     * @param file the file
     * @return the framework
     * @throws InvalidFrameworkException listing every problem
     * @throws io.github.spbe4j.core.SpbeException if the file cannot be read
     */
    public static Framework read(Path file) {
        return FrameworkCodec.read(file);
    }

    /**
     * Reads a framework from a stream of its JSON form, which is not closed.
     *
     * @param in the stream
     * @param source a name for the stream in messages, e.g. a file name
     * @return the framework
     * @throws InvalidFrameworkException listing every problem
     */
    public static Framework read(InputStream in, String source) {
        return FrameworkCodec.read(in, Objects.requireNonNull(source, "source"));
    }

    /**
     * Reads a framework from its JSON text.
     *
     * @param json the text
     * @return the framework
     * @throws InvalidFrameworkException listing every problem
     */
    public static Framework parse(String json) {
        return FrameworkCodec.parse(json);
    }

    /**
     * Returns the framework's JSON form, which {@link #parse(String)} reads back to an equal framework.
     *
     * @return indented JSON
     */
    public String toJson() {
        return FrameworkCodec.text(this);
    }

    /**
     * Returns the id, e.g. {@code "spbe-2020"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the regulation that sets the framework, in full.
     *
     * @return the regulation, or an empty string for a custom framework without one
     */
    public String regulation() {
        return regulation;
    }

    /**
     * Returns the short id of the regulation, e.g. {@code "PermenPANRB 59/2020"}.
     *
     * @return the regulation id
     */
    public Optional<String> regulationId() {
        return Optional.ofNullable(regulationId);
    }

    /**
     * Returns the evaluation years in which the framework is in force.
     *
     * @return the years, if known
     */
    public Optional<YearRange> years() {
        return Optional.ofNullable(years);
    }

    /**
     * Returns where the data comes from and how sure it is.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns the level scale of indicator values.
     *
     * @return the scale
     */
    public LevelScale scale() {
        return scale;
    }

    /**
     * Returns the level ladders.
     *
     * @return the ladders
     */
    public List<Ladder> ladders() {
        return ladders;
    }

    /**
     * Returns the ladder with an id.
     *
     * @param ladderId the id
     * @return the ladder, if defined
     */
    public Optional<Ladder> ladder(String ladderId) {
        return Optional.ofNullable(laddersById.get(ladderId));
    }

    /**
     * Returns the predikat bands, ascending.
     *
     * @return the bands
     */
    public List<PredikatBand> predikat() {
        return predikat;
    }

    /**
     * Returns the top-level nodes of the tree.
     *
     * @return the top-level nodes, whose weights sum to 100
     */
    public List<Node> tree() {
        return tree;
    }

    /**
     * Returns every indicator, in tree order.
     *
     * @return the indicators
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns every group (domain, aspect, …), in tree order (a parent before its children).
     *
     * @return the groups
     */
    public List<Group> groups() {
        return groups;
    }

    /**
     * Returns the node with a code.
     *
     * @param code the code
     * @return the node, if any
     */
    public Optional<Node> node(String code) {
        return Optional.ofNullable(nodesByCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the indicator with a code.
     *
     * @param code the code
     * @return the indicator, if the code names one
     */
    public Optional<Indicator> indicator(String code) {
        return nodesByCode.get(Objects.requireNonNull(code, "code")) instanceof Indicator i ? Optional.of(i) : Optional.empty();
    }

    /**
     * Returns the order of this framework's codes: indicators in tree order ({@code "2"} before
     * {@code "10"}, {@code "I2"} before {@code "I10"}), then groups in tree order, then codes the
     * framework does not know, in text order.
     *
     * <pre>{@code
     * List<String> codes = new ArrayList<>(assessment.inputs().keySet());
     * codes.sort(framework.codeOrder());
     * }</pre>
     *
     * @return a comparator of codes
     */
    public Comparator<String> codeOrder() {
        return Comparator.<String>comparingInt(code -> position.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Returns the external-index conversions.
     *
     * @return the conversions
     */
    public List<Conversion> conversions() {
        return conversions;
    }

    /**
     * Returns the conversion feeding an indicator.
     *
     * @param indicatorCode the indicator's code
     * @return the conversion, if any
     */
    public Optional<Conversion> conversion(String indicatorCode) {
        return Optional.ofNullable(conversionsByIndicator.get(indicatorCode));
    }

    /**
     * Returns the predikat band an index falls in; an index below the lowest band (possible only when
     * an indicator is not yet indicated) falls in the lowest band.
     *
     * @param index the index
     * @return the band
     */
    public PredikatBand predikatFor(BigDecimal index) {
        Objects.requireNonNull(index, "index");
        for (int i = predikat.size() - 1; i >= 0; i--) {
            if (index.compareTo(predikat.get(i).lower()) >= 0) {
                return predikat.get(i);
            }
        }
        return predikat.get(0);
    }

    /**
     * Returns the name of an indicator's level from its ladder.
     *
     * @param indicator the indicator
     * @param level the level
     * @return the name, if the indicator has a ladder naming that level
     */
    public Optional<String> levelName(Indicator indicator, int level) {
        return indicator.ladder().flatMap(this::ladder).flatMap(l -> l.levelName(level));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framework f && id.equals(f.id) && title.equals(f.title) && regulation.equals(f.regulation)
                && Objects.equals(regulationId, f.regulationId) && Objects.equals(years, f.years)
                && provenance.equals(f.provenance) && scale.equals(f.scale) && ladders.equals(f.ladders)
                && predikat.equals(f.predikat) && tree.equals(f.tree) && conversions.equals(f.conversions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, scale, tree);
    }

    /** Returns the id and title, e.g. {@code spbe-2020 (Indeks SPBE (PermenPANRB 59/2020))}. */
    @Override
    public String toString() {
        return id + " (" + title + ")";
    }

    /**
     * A builder of {@link Framework}s. Not thread-safe; {@link #build()} checks every rule.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String id;
        private @Nullable String title;
        private @Nullable String regulation;
        private @Nullable String regulationId;
        private @Nullable YearRange years;
        private Provenance provenance = Provenance.custom();
        private LevelScale scale = LevelScale.ofLevels(1, 5);
        private List<Ladder> ladders = new ArrayList<>();
        private List<PredikatBand> predikat = new ArrayList<>();
        private List<Node> tree = new ArrayList<>();
        private List<Conversion> conversions = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /**
         * Sets the regulation in full.
         *
         * @param value the regulation
         * @return this builder
         */
        public Builder regulation(String value) {
            this.regulation = Objects.requireNonNull(value, "regulation");
            return this;
        }

        /**
         * Sets the regulation's short id, or null for none.
         *
         * @param value the short id
         * @return this builder
         */
        public Builder regulationId(@Nullable String value) {
            this.regulationId = value;
            return this;
        }

        /**
         * Sets the years in force, or null when unknown.
         *
         * @param value the years
         * @return this builder
         */
        public Builder years(@Nullable YearRange value) {
            this.years = value;
            return this;
        }

        /**
         * Sets the provenance (default: custom).
         *
         * @param value the provenance
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = Objects.requireNonNull(value, "provenance");
            return this;
        }

        /**
         * Sets the level scale (default: whole levels 1..5).
         *
         * @param value the scale
         * @return this builder
         */
        public Builder scale(LevelScale value) {
            this.scale = Objects.requireNonNull(value, "scale");
            return this;
        }

        /**
         * Sets the ladders.
         *
         * @param value the ladders
         * @return this builder
         */
        public Builder ladders(List<Ladder> value) {
            this.ladders = new ArrayList<>(value);
            return this;
        }

        /**
         * Sets the predikat bands, ascending.
         *
         * @param value the bands
         * @return this builder
         */
        public Builder predikat(List<PredikatBand> value) {
            this.predikat = new ArrayList<>(value);
            return this;
        }

        /**
         * Sets the top-level nodes.
         *
         * @param value the nodes
         * @return this builder
         */
        public Builder tree(List<Node> value) {
            this.tree = new ArrayList<>(value);
            return this;
        }

        /**
         * Adds a top-level node.
         *
         * @param node the node
         * @return this builder
         */
        public Builder add(Node node) {
            this.tree.add(Objects.requireNonNull(node, "node"));
            return this;
        }

        /**
         * Sets the conversions.
         *
         * @param value the conversions
         * @return this builder
         */
        public Builder conversions(List<Conversion> value) {
            this.conversions = new ArrayList<>(value);
            return this;
        }

        /**
         * Builds the framework, checking every rule.
         *
         * @return the framework
         * @throws InvalidFrameworkException listing every rule broken
         */
        public Framework build() {
            return new Framework(this);
        }
    }
}
