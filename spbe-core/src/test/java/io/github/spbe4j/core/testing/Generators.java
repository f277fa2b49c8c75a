package io.github.spbe4j.core.testing;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Confidence;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Ladder;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Provenance;
import io.github.spbe4j.core.framework.ProvenanceNote;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.framework.YearRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded generators of valid frameworks and assessments for property tests. Every generator is a
 * pure function of its {@link Random}, so a failing case is reproduced from its seed.
 */
public final class Generators {

    private static final String[] PREDIKAT_NAMES = {"Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan", "Istimewa"};
    private static final String[] GROUP_KINDS = {"domain", "aspect", "sub-aspect", "group"};

    private Generators() {
    }

    /** The built-in frameworks. */
    public static List<Framework> builtIns() {
        return FrameworkRegistry.builtIn().all();
    }

    /** Seeds 0..n-1 mixed through a fixed base, so that different tests see different cases. */
    public static LongStream seeds(long base, int n) {
        return LongStream.range(0, n).map(i -> base * 1_000_003L + i);
    }

    /** Built-in frameworks crossed with seeds, as arguments of a parameterized test. */
    public static Stream<org.junit.jupiter.params.provider.Arguments> builtInsWithSeeds(long base, int perFramework) {
        return builtIns().stream().flatMap(f -> seeds(base, perFramework)
                .mapToObj(s -> org.junit.jupiter.params.provider.Arguments.of(f.id(), s)));
    }

    // ---------------------------------------------------------------- values and assessments

    /**
     * A random value on the scale: a whole level, or when the scale allows decimals, a value with
     * 1..decimals digits (sometimes with trailing zeros, such as 2.10).
     */
    public static BigDecimal value(LevelScale scale, Random r) {
        if (scale.decimals() == 0 || r.nextInt(3) == 0) {
            return BigDecimal.valueOf(scale.min() + r.nextInt(scale.max() - scale.min() + 1));
        }
        int digits = 1 + r.nextInt(scale.decimals());
        long unit = BigInteger.TEN.pow(digits).longValueExact();
        long span = (long) (scale.max() - scale.min()) * unit;
        long u = scale.min() * unit + (long) (r.nextDouble() * (span + 1));
        return BigDecimal.valueOf(Math.min(u, scale.max() * unit), digits);
    }

    /** A random value strictly above {@code current} on the scale's grid, or null at the maximum. */
    public static BigDecimal higherValue(LevelScale scale, BigDecimal current, Random r) {
        long cur = current.movePointRight(scale.decimals()).longValueExact();
        long max = BigDecimal.valueOf(scale.max()).movePointRight(scale.decimals()).longValueExact();
        if (cur >= max) {
            return null;
        }
        long next = cur + 1 + (long) (r.nextDouble() * (max - cur));
        return BigDecimal.valueOf(Math.min(next, max), scale.decimals());
    }

    /** Random values for every indicator. */
    public static Map<String, BigDecimal> values(Framework f, Random r) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Indicator i : f.indicators()) {
            out.put(i.code(), value(f.scale(), r));
        }
        return out;
    }

    /** An assessment giving every indicator the value in the map, directly. */
    public static Assessment assessment(Framework f, Map<String, BigDecimal> values) {
        Assessment.Builder b = Assessment.builder(f.id(), Agency.named("Kota Uji"), 2025);
        values.forEach(b::value);
        return b.build();
    }

    /** A random assessment of direct values. */
    public static Assessment assessment(Framework f, long seed) {
        return assessment(f, values(f, new Random(seed)));
    }

    /** The same value for every indicator. */
    public static Assessment uniform(Framework f, BigDecimal value) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        f.indicators().forEach(i -> values.put(i.code(), value));
        return assessment(f, values);
    }

    /** Random evidence items for levels 1..maxLevel. */
    public static List<EvidenceItem> evidence(Random r, int maxLevel) {
        List<EvidenceItem> items = new ArrayList<>();
        int n = r.nextInt(2 * maxLevel + 2);
        EvidenceStatus[] statuses = EvidenceStatus.values();
        for (int k = 0; k < n; k++) {
            int level = 1 + r.nextInt(maxLevel);
            // accepted more often, so that evidence often proves a level
            EvidenceStatus status = r.nextInt(3) > 0 ? EvidenceStatus.ACCEPTED : statuses[r.nextInt(statuses.length)];
            items.add(new EvidenceItem(level, "Bukti " + level + "." + k, status, r.nextInt(5) > 0,
                    r.nextBoolean() ? Optional.<String>empty() : Optional.of("ref-" + r.nextInt(1000))));
        }
        // sort by level now and then, so both orders are covered
        if (r.nextBoolean()) {
            items.sort(java.util.Comparator.comparingInt(EvidenceItem::level));
        }
        return items;
    }

    /** A raw value inside the source range of a conversion, with 0..3 decimals. */
    public static BigDecimal raw(Conversion c, Random r) {
        int digits = r.nextInt(4);
        BigDecimal span = c.sourceMax().subtract(c.sourceMin());
        BigDecimal v = c.sourceMin().add(span.multiply(BigDecimal.valueOf(r.nextDouble())))
                .setScale(Math.max(digits, 0), java.math.RoundingMode.DOWN);
        if (r.nextInt(8) == 0) {
            // hit a band boundary exactly
            List<ConversionBand> bands = c.bands();
            ConversionBand b = bands.get(r.nextInt(bands.size()));
            v = r.nextBoolean() ? b.from() : b.to();
        }
        return v.max(c.sourceMin()).min(c.sourceMax());
    }

    /**
     * A random, valid assessment using every kind of input: direct values, evidence items, raw
     * external values (for indicators with a conversion), notes, any stage, an agency with or without
     * a code.
     */
    public static Assessment richAssessment(Framework f, Random r) {
        Agency agency = r.nextBoolean() ? Agency.named("Kabupaten " + r.nextInt(500)) : Agency.of("Kota " + r.nextInt(500), "k-" + r.nextInt(99));
        Assessment.Builder b = Assessment.builder(f.id(), agency, 2018 + r.nextInt(12));
        b.stage(Stage.values()[r.nextInt(Stage.values().length)]);
        for (Indicator i : f.indicators()) {
            int kind = r.nextInt(4);
            if (kind == 0) {
                b.evidence(i.code(), evidence(r, f.scale().max()));
            } else if (kind == 1 && f.conversion(i.code()).isPresent()) {
                b.external(i.code(), raw(f.conversion(i.code()).get(), r));
            } else {
                b.value(i.code(), value(f.scale(), r));
            }
            if (r.nextInt(6) == 0) {
                b.note(i.code(), "Catatan " + r.nextInt(1000) + " — bukti dukung \"" + i.code() + "\"");
            }
        }
        return b.build();
    }

    // ---------------------------------------------------------------- frameworks

    /** A random valid custom framework (tree depth 1..4). */
    public static Framework framework(long seed) {
        return framework(new Random(seed), "custom-" + Long.toHexString(seed));
    }

    /**
     * A random valid custom framework: a tree of depth 1..4 with groups and indicators mixed at any
     * level, positive weights that are whole multiples of 1/D for a random D (hundredths, whole
     * numbers or fractions such as thirds) partitioned exactly, a random scale, contiguous predikat
     * bands, ladders, and sometimes an external-index conversion.
     */
    public static Framework framework(Random r, String id) {
        long[] denominators = {100, 100, 1, 10, 3, 7, 12, 300};
        long d = denominators[r.nextInt(denominators.length)];
        int min = r.nextInt(3) == 0 ? 0 : 1;
        int max = r.nextInt(6) == 0 ? 100 : min + 1 + r.nextInt(9);
        int decimals = r.nextInt(5) < 2 ? 0 : 1 + r.nextInt(max == 100 ? 2 : 3);
        LevelScale scale = new LevelScale(min, max, decimals);
        int depth = 1 + r.nextInt(4);

        List<Ladder> ladders = new ArrayList<>();
        int nLadders = r.nextInt(3);
        for (int l = 0; l < nLadders; l++) {
            Map<Integer, String> levels = new TreeMap<>();
            for (int level = min; level <= Math.min(max, min + 6); level++) {
                if (r.nextInt(4) > 0) {
                    levels.put(level, "Tingkat " + level + "/" + l);
                }
            }
            ladders.add(new Ladder("ladder-" + l, "Ladder " + l, levels));
        }

        int[] counter = {0, 0};
        List<Node> tree = new ArrayList<>();
        List<Long> parts = partition(100 * d, 1 + r.nextInt(5), r);
        for (int k = 0; k < parts.size(); k++) {
            tree.add(node(r, parts.get(k), d, 1, depth, k == 0, counter, ladders));
        }

        Framework.Builder b = Framework.builder(id).title("Evaluasi " + id).scale(scale).ladders(ladders)
                .predikat(predikat(scale, r)).tree(tree);
        if (r.nextBoolean()) {
            b.regulation("Peraturan Wali Kota Contoh Nomor " + r.nextInt(99) + " Tahun 2026").regulationId("Perwal " + r.nextInt(99));
        }
        if (r.nextBoolean()) {
            int from = 2000 + r.nextInt(30);
            b.years(r.nextBoolean() ? YearRange.from(from) : YearRange.of(from, from + r.nextInt(5)));
        }
        if (r.nextBoolean()) {
            Provenance.Status status = Provenance.Status.values()[r.nextInt(3)];
            Confidence c = Confidence.values()[r.nextInt(3)];
            List<ProvenanceNote> notes = new ArrayList<>();
            for (int n = r.nextInt(3); n > 0; n--) {
                notes.add(new ProvenanceNote("subject " + n, Confidence.values()[r.nextInt(3)], "text " + r.nextInt(100)));
            }
            b.provenance(new Provenance(status, c, r.nextBoolean() ? List.of() : List.of("source " + r.nextInt(9)), notes));
        }
        Framework skeleton = b.build();
        if (r.nextBoolean()) {
            List<Conversion> conversions = new ArrayList<>();
            List<Indicator> indicators = new ArrayList<>(skeleton.indicators());
            java.util.Collections.shuffle(indicators, r);
            int n = Math.min(indicators.size(), 1 + r.nextInt(2));
            for (int k = 0; k < n; k++) {
                conversions.add(conversion(indicators.get(k).code(), scale, r));
            }
            b.conversions(conversions);
        }
        return b.build();
    }

    /** Random frameworks of the given seeds. */
    public static Stream<Framework> frameworks(long base, int n) {
        return seeds(base, n).mapToObj(Generators::framework);
    }

    private static Node node(Random r, long units, long d, int level, int depth, boolean forceGroup, int[] counter,
            List<Ladder> ladders) {
        Weight w = Weight.ofFraction(BigInteger.valueOf(units), BigInteger.valueOf(d));
        boolean group = level < depth && (forceGroup || r.nextInt(10) < 7);
        if (!group) {
            String code = "I" + (++counter[0]);
            String ladder = !ladders.isEmpty() && r.nextBoolean() ? ladders.get(r.nextInt(ladders.size())).id() : null;
            return new Indicator(code, "Indikator " + code, w, Optional.ofNullable(ladder), r.nextInt(4) == 0 ? Optional.of("deskripsi " + code) : Optional.empty());
        }
        String code = "G" + (++counter[1]);
        List<Long> parts = partition(units, 1 + r.nextInt(4), r);
        List<Node> children = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            children.add(node(r, parts.get(k), d, level + 1, depth, forceGroup && k == 0, counter, ladders));
        }
        return new Group(code, GROUP_KINDS[Math.min(level - 1, GROUP_KINDS.length - 1)], "Kelompok " + code, w, children,
                r.nextInt(4) == 0 ? Optional.of("deskripsi " + code) : Optional.empty());
    }

    /** Splits {@code total} into at most {@code k} positive whole parts (fewer when total is small). */
    public static List<Long> partition(long total, int k, Random r) {
        int parts = (int) Math.min(k, total);
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + (long) (r.nextDouble() * (total - 1)));
        }
        List<Long> out = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            out.add(cut - previous);
            previous = cut;
        }
        out.add(total - previous);
        return out;
    }

    /** Contiguous predikat bands covering the scale, cut at random points with one decimal. */
    public static List<PredikatBand> predikat(LevelScale scale, Random r) {
        int gridPoints = (scale.max() - scale.min()) * 10 - 1; // interior points with one decimal
        int bands = 1 + r.nextInt(Math.min(5, gridPoints + 1));
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < bands - 1) {
            cuts.add(1 + r.nextInt(gridPoints));
        }
        List<BigDecimal> bounds = new ArrayList<>();
        bounds.add(BigDecimal.valueOf(scale.min()));
        for (int c : cuts) {
            bounds.add(BigDecimal.valueOf(scale.min() * 10L + c, 1));
        }
        bounds.add(BigDecimal.valueOf(scale.max()));
        List<PredikatBand> out = new ArrayList<>();
        for (int i = 0; i < bounds.size() - 1; i++) {
            out.add(new PredikatBand(PREDIKAT_NAMES[i], r.nextBoolean() ? Optional.empty() : Optional.of("Label " + i), bounds.get(i), bounds.get(i + 1)));
        }
        return out;
    }

    /** A random monotone, contiguous conversion from 0..100 (or 1..5) onto the scale. */
    public static Conversion conversion(String indicator, LevelScale scale, Random r) {
        boolean percent = r.nextBoolean();
        BigDecimal sourceMin = percent ? BigDecimal.ZERO : BigDecimal.ONE;
        BigDecimal sourceMax = percent ? BigDecimal.valueOf(100) : BigDecimal.valueOf(5);
        int n = 1 + r.nextInt(4);
        // band edges on a grid of 1/8 of the source range
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < n - 1) {
            cuts.add(1 + r.nextInt(7));
        }
        List<BigDecimal> edges = new ArrayList<>();
        edges.add(sourceMin);
        BigDecimal eighth = sourceMax.subtract(sourceMin).divide(BigDecimal.valueOf(8));
        for (int c : cuts) {
            edges.add(sourceMin.add(eighth.multiply(BigDecimal.valueOf(c))));
        }
        edges.add(sourceMax);
        // nondecreasing values on the scale, one decimal (or whole levels), possibly jumping between bands
        int unitsPerLevel = scale.decimals() == 0 ? 1 : 10;
        int span = (scale.max() - scale.min()) * unitsPerLevel;
        List<Integer> points = new ArrayList<>();
        for (int k = 0; k < 2 * n; k++) {
            points.add(r.nextInt(span + 1));
        }
        points.sort(null);
        List<ConversionBand> bands = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            BigDecimal vf = BigDecimal.valueOf(scale.min() * (long) unitsPerLevel + points.get(2 * k), unitsPerLevel == 1 ? 0 : 1);
            BigDecimal vt = BigDecimal.valueOf(scale.min() * (long) unitsPerLevel + points.get(2 * k + 1), unitsPerLevel == 1 ? 0 : 1);
            bands.add(new ConversionBand(edges.get(k), edges.get(k + 1), vf, vt));
        }
        return new Conversion(indicator, "Indeks Eksternal " + indicator, sourceMin, sourceMax, scale.decimals(),
                Confidence.values()[r.nextInt(3)], r.nextBoolean() ? Optional.empty() : Optional.of("catatan"), bands);
    }
}
