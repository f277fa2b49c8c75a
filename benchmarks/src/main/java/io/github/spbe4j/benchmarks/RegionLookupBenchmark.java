package io.github.spbe4j.benchmarks;

import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.wilayah.Region;
import io.github.spbe4j.wilayah.RegionList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Region lookup in spbe-wilayah's Kemendagri 2025 list (91,599 regions, 83,762 of them villages), by
 * code and by name, each against the floor a caller could write without the library.
 *
 * <ul>
 *   <li>{@link #findByCode} ({@code RegionList.find(String)}, dotted or undotted text) against
 *       {@link #hashMapByCode}: a {@code HashMap<String, String>} from undotted code to name.
 *   <li>{@link #searchByName} ({@code RegionList.search(String)}, with case, accent and prefix
 *       variations) against {@link #linearScanByName} (a scan of all names, lower-cased once in
 *       setup, compared with {@code equals}: what a caller writes without an index) and
 *       {@link #hashMapByExactName} (a {@code HashMap} from lower-cased name to regions: the floor).
 *   <li>{@link #normalizeQuery} and {@link #scanKeys}: copies of the two parts of
 *       {@code RegionList.search} (query normalisation; the prefix/substring scan over every key),
 *       to attribute its time.
 *   <li>{@link #load}: building the list from the bundled resource, as {@code kemendagri2025()} does
 *       on first use (single shot).
 * </ul>
 *
 * <p>Queries are {@value #QUERIES} codes and {@value #QUERIES} names drawn once from a fixed seed and
 * cycled through by a counter; {@code RegionLookupBenchmarkTest} checks that each method finds the
 * same regions as its baselines.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RegionLookupBenchmark}; see
 * benchmarks/README.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegionLookupBenchmark {

    /** How many distinct queries of each kind are cycled through; a power of two. */
    static final int QUERIES = 1024;

    /** The seed the queries are drawn from. */
    static final long SEED = 0x5BE_3_6L;

    /** The bundled resource, next to {@code RegionList}. */
    static final String RESOURCE = "wilayah.tsv.gz";

    // Copies of RegionList's normalisation, for normalizeQuery and scanKeys.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:provinsi|prov|kabupaten|kab|kota|kecamatan|kec|kelurahan|kel|desa)[\\s.]+(?:(?:administrasi|adm)[\\s.]+)?");

    /** The list, the queries and the baselines' maps, built once per trial. */
    @State(Scope.Benchmark)
    public static class Lookup {
        RegionList list;
        /** All regions, in code order. */
        List<Region> regions;
        /** The drawn regions, per query. */
        Region[] targets;
        /** Code queries for {@code find(String)}: dotted or undotted. */
        String[] codes;
        /** The same codes, undotted, for the HashMap floor. */
        String[] undottedCodes;
        /** Name queries for {@code search}: the name with case, accent and prefix variations. */
        String[] names;
        /** The same names with the case variation only, for the baselines (which cannot fold accents or prefixes). */
        String[] plainNames;
        /** The name queries' keys as RegionList computes them, for scanKeys. */
        String[] queryKeys;
        /** Every region's name lower-cased, in code order. */
        String[] lowerNames;
        /** Every region's key as RegionList computes it, in code order. */
        String[] keys;
        Map<String, String> nameByCode;
        Map<String, List<Region>> byLowerName;
        /** Which query the next call uses. */
        int cursor;

        /** Draws the queries from {@link #SEED}; the same queries on every run and in every fork. */
        @Setup(Level.Trial)
        public void setUp() {
            list = RegionList.kemendagri2025();
            regions = list.regions();
            List<Region> villages = list.regions(RegionCode.Level.VILLAGE);
            int n = regions.size();
            lowerNames = new String[n];
            keys = new String[n];
            nameByCode = new HashMap<>(n * 2);
            byLowerName = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                Region r = regions.get(i);
                lowerNames[i] = r.name().toLowerCase(Locale.ROOT);
                keys[i] = key(r.name());
                nameByCode.put(r.code().undotted(), r.name());
                byLowerName.computeIfAbsent(lowerNames[i], x -> new ArrayList<>()).add(r);
            }
            SplittableRandom random = new SplittableRandom(SEED);
            targets = new Region[QUERIES];
            codes = new String[QUERIES];
            undottedCodes = new String[QUERIES];
            names = new String[QUERIES];
            plainNames = new String[QUERIES];
            queryKeys = new String[QUERIES];
            for (int k = 0; k < QUERIES; k++) {
                // codes: 7 in 8 villages, the rest any level; half dotted, half undotted
                Region c = random.nextInt(8) != 0 ? villages.get(random.nextInt(villages.size())) : regions.get(random.nextInt(n));
                undottedCodes[k] = c.code().undotted();
                codes[k] = random.nextBoolean() ? c.code().toString() : c.code().undotted();
                // names: villages, in their own case, upper case or lower case
                Region v = villages.get(random.nextInt(villages.size()));
                targets[k] = v;
                String name = switch (random.nextInt(3)) {
                    case 0 -> v.name();
                    case 1 -> v.name().toUpperCase(Locale.ROOT);
                    default -> v.name().toLowerCase(Locale.ROOT);
                };
                plainNames[k] = name;
                // a quarter with an accent on the first a/e/i/o/u, a quarter with a "Desa"/"Kelurahan" prefix
                if (random.nextInt(4) == 0) {
                    name = accented(name);
                }
                // (not on a name that itself starts with a prefix word, such as the village "Kota Raya
                // Lembak": search strips one prefix only, so "Kelurahan Kota Raya Lembak" finds nothing)
                boolean prefixed = random.nextInt(4) == 0;
                boolean desa = random.nextBoolean();
                if (prefixed && key(name).equals(fullKey(name))) {
                    name = (desa ? "Desa " : "Kelurahan ") + name;
                }
                names[k] = name;
                queryKeys[k] = key(name);
            }
            cursor = 0;
        }

        /** Returns the query to use next, cycling through all of them. */
        int next() {
            return cursor++ & (QUERIES - 1);
        }
    }

    /** Puts an acute accent on the first plain vowel, as a user typing "Désa" might. */
    static String accented(String name) {
        for (int i = 0; i < name.length(); i++) {
            int v = "aeiouAEIOU".indexOf(name.charAt(i));
            if (v >= 0) {
                return name.substring(0, i) + "áéíóúÁÉÍÓÚ".charAt(v) + name.substring(i + 1);
            }
        }
        return name;
    }

    /** Copy of {@code RegionList.fullKey}: lower case, marks removed, only letters and digits kept. */
    static String fullKey(String name) {
        return NOT_ALNUM.matcher(folded(name)).replaceAll("");
    }

    /** Copy of {@code RegionList.key}: as {@link #fullKey(String)}, after dropping an optional prefix. */
    static String key(String name) {
        String folded = folded(name).strip();
        String stripped = PREFIX.matcher(folded).replaceFirst("");
        return NOT_ALNUM.matcher(stripped).replaceAll("");
    }

    private static String folded(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code RegionList.find(String)}: a dotted or undotted code's text.
     *
     * @param s the state
     * @return the region found
     */
    @Benchmark
    public Optional<Region> findByCode(Lookup s) {
        return s.list.find(s.codes[s.next()]);
    }

    /**
     * The floor for a code lookup: {@code HashMap.get} with the undotted code.
     *
     * @param s the state
     * @return the region's name
     */
    @Benchmark
    public String hashMapByCode(Lookup s) {
        return s.nameByCode.get(s.undottedCodes[s.next()]);
    }

    /**
     * {@code RegionList.search(String)}: a village's name with case, accent and prefix variations.
     *
     * @param s the state
     * @return the regions found, best first
     */
    @Benchmark
    public List<Region> searchByName(Lookup s) {
        return s.list.search(s.names[s.next()]);
    }

    /**
     * What a caller writes without an index: the query lower-cased, compared with {@code equals} to
     * every name (lower-cased once in setup).
     *
     * @param s the state
     * @return the regions with that name, in code order
     */
    @Benchmark
    public List<Region> linearScanByName(Lookup s) {
        String q = s.plainNames[s.next()].toLowerCase(Locale.ROOT);
        String[] lower = s.lowerNames;
        List<Region> found = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            if (lower[i].equals(q)) {
                found.add(s.regions.get(i));
            }
        }
        return found;
    }

    /**
     * The floor for a name lookup: {@code HashMap.get} with the lower-cased name.
     *
     * @param s the state
     * @return the regions with that name, in code order
     */
    @Benchmark
    public List<Region> hashMapByExactName(Lookup s) {
        return s.byLowerName.getOrDefault(s.plainNames[s.next()].toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Diagnostic, part one of {@code search}: normalising the query (NFD, three regular expressions,
     * twice).
     *
     * @param s the state
     * @return the two keys, concatenated
     */
    @Benchmark
    public String normalizeQuery(Lookup s) {
        String name = s.names[s.next()];
        return fullKey(name) + key(name);
    }

    /**
     * Diagnostic, part two of {@code search}: its loop over every region's key for names starting
     * with or containing the query's key.
     *
     * @param s the state
     * @return how many keys start with or contain the query's key
     */
    @Benchmark
    public int scanKeys(Lookup s) {
        String key = s.queryKeys[s.next()];
        String[] keys = s.keys;
        List<Region> prefixed = new ArrayList<>();
        List<Region> containing = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            if (k.length() > key.length()) {
                if (k.startsWith(key)) {
                    prefixed.add(s.regions.get(i));
                } else if (k.contains(key)) {
                    containing.add(s.regions.get(i));
                }
            }
        }
        return prefixed.size() + containing.size();
    }

    /**
     * Building the list from the bundled resource, as {@code kemendagri2025()} does once on first use:
     * gunzip, parse every line into a {@link Region}, build the indexes ({@code RegionList.of}).
     *
     * @return the list
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RegionList load() {
        return loadFromResource();
    }

    /** Reads the bundled resource as {@code RegionList.load()} does, and builds a fresh list of it. */
    static RegionList loadFromResource() {
        List<Region> regions = new ArrayList<>(92_000);
        try (InputStream raw = RegionList.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    regions.add(new Region(RegionCode.parse(line.substring(0, tab)), line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RegionList.of(regions);
    }
}
