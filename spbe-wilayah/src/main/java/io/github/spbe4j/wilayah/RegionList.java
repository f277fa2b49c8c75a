package io.github.spbe4j.wilayah;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.IdentifierCheck;
import io.github.spbe4j.core.identifier.RegionCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A list of regions with lookup by code and by name and parent/children navigation.
 *
 * <p>{@link #kemendagri2025()} is the Kemendagri list of Kepmendagri 300.2.2-2138/2025: 38
 * provinces, 514 regencies and cities, 7,285 districts and 83,762 villages, from the npm package
 * {@code idn-area-data} 4.0.1, under the Open Database License 1.0 (see {@code META-INF/LICENSE-DATA}).
 *
 * <p>Name search ({@link #search(String)}) ignores case, accents (Unicode marks after NFD
 * decomposition), spaces and punctuation, and treats a leading "Provinsi"/"Prov.",
 * "Kabupaten"/"Kab.", "Kota", "Kecamatan"/"Kec.", "Kelurahan"/"Kel." or "Desa", and an
 * "Administrasi"/"Adm." after it, as optional: {@code "Kota Palangkaraya"}, {@code "Palangka Raya"} and
 * {@code "palangkaraya"} all find the city 62.71.
 *
 * <p>{@link #contains(RegionCode)} fits the region predicate of
 * {@link io.github.spbe4j.core.identifier.Nik#check(CharSequence, Predicate)}:
 * {@code Nik.check(text, list::contains)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RegionList {

    private static final String RESOURCE = "wilayah.tsv.gz";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:provinsi|prov|kabupaten|kab|kota|kecamatan|kec|kelurahan|kel|desa)[\\s.]+(?:(?:administrasi|adm)[\\s.]+)?");

    private final List<Region> regions;
    private final Map<RegionCode, Region> byCode;
    private final Map<RegionCode, List<Region>> children;
    private final Map<String, List<Region>> byFullKey;
    private final Map<String, List<Region>> byKey;
    private final String[] keys;
    private final Map<RegionCode.Level, List<Region>> byLevel;
    /**
     * For each three-character piece of the name keys, the positions of the keys holding it
     * (element 0 is the count); built on the first name search, then shared.
     */
    private volatile @Nullable Map<String, int[]> trigrams;

    private RegionList(Collection<Region> source) {
        List<Region> sorted = new ArrayList<>(source);
        sorted.sort(Comparator.comparing(Region::code));
        Map<RegionCode, Region> codes = new HashMap<>(sorted.size() * 2);
        Map<RegionCode, List<Region>> kids = new HashMap<>();
        Map<String, List<Region>> full = new HashMap<>(sorted.size() * 2);
        Map<String, List<Region>> stripped = new HashMap<>(sorted.size() * 2);
        Map<RegionCode.Level, List<Region>> levels = new EnumMap<>(RegionCode.Level.class);
        String[] k = new String[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Region r = Objects.requireNonNull(sorted.get(i), "region");
            if (codes.putIfAbsent(r.code(), r) != null) {
                throw new InvalidRegionException(Problem.of(r.code().toString(), "UniqueCode", "region code " + r.code()
                        + " occurs twice; a region list names each region once", r.code().toString()));
            }
            r.code().parent().ifPresent(p -> kids.computeIfAbsent(p, x -> new ArrayList<>()).add(r));
            levels.computeIfAbsent(r.level(), x -> new ArrayList<>()).add(r);
            full.computeIfAbsent(fullKey(r.name()), x -> new ArrayList<>()).add(r);
            k[i] = key(r.name());
            stripped.computeIfAbsent(k[i], x -> new ArrayList<>()).add(r);
        }
        this.regions = List.copyOf(sorted);
        this.byCode = Map.copyOf(codes);
        this.children = freeze(kids);
        this.byFullKey = freeze(full);
        this.byKey = freeze(stripped);
        this.byLevel = freeze(levels);
        this.keys = k;
    }

    private static <K> Map<K, List<Region>> freeze(Map<K, List<Region>> map) {
        map.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the Kemendagri region list of Kepmendagri 300.2.2-2138/2025 (38 provinces, 514
     * regencies and cities, 7,285 districts, 83,762 villages), loaded from this artifact on first
     * use and shared afterwards.
     *
     * @return the list
     * @throws IllegalStateException if the bundled data is missing or corrupt
     */
    public static RegionList kemendagri2025() {
        return Kemendagri2025.LIST;
    }

    /**
     * Returns a region list of the given regions, for example a filtered or amended copy of
     * {@link #kemendagri2025()}. A region's parent need not be in the list.
     *
     * @param regions the regions, each code at most once
     * @return the list
     * @throws InvalidRegionException if a code occurs twice
     */
    public static RegionList of(Collection<Region> regions) {
        Objects.requireNonNull(regions, "regions");
        return new RegionList(regions);
    }

    /** Holds the bundled list, loaded when first asked for. */
    private static final class Kemendagri2025 {
        static final RegionList LIST = load();
    }

    private static RegionList load() {
        List<Region> regions = new ArrayList<>(92_000);
        try (InputStream raw = RegionList.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the region data " + RESOURCE + " is missing from spbe-wilayah");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        throw new IllegalStateException("region data line " + number + " has no tab");
                    }
                    regions.add(new Region(RegionCode.parse(line.substring(0, tab)), line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region data " + RESOURCE, e);
        }
        return new RegionList(regions);
    }

    /**
     * Finds a region by its code.
     *
     * @param code the code
     * @return the region, or empty if the list does not have the code (a code of another scheme
     *         never matches)
     */
    public Optional<Region> find(RegionCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds a region by the text of its code, read leniently as {@link RegionCode#check(CharSequence)}
     * does: dotted ({@code 62.71}) or undotted ({@code 6271}), whitespace and dashes ignored.
     *
     * @param code the text of the code
     * @return the region, or empty if the text is not a valid code or the list does not have it
     */
    public Optional<Region> find(String code) {
        Objects.requireNonNull(code, "code");
        if (RegionCode.check(code) instanceof IdentifierCheck.Valid<RegionCode> valid) {
            return find(valid.value());
        }
        return Optional.empty();
    }

    /**
     * Tells whether the list has a region with the code; usable as the region predicate of
     * {@code Nik.check(text, list::contains)}.
     *
     * @param code the code
     * @return true if the list has it
     */
    public boolean contains(RegionCode code) {
        Objects.requireNonNull(code, "code");
        return byCode.containsKey(code);
    }

    /**
     * Returns the region's parent in this list: the province of a regency or city, and so on.
     *
     * @param region the region
     * @return the parent, or empty for a province or when the list does not have the parent
     */
    public Optional<Region> parent(Region region) {
        Objects.requireNonNull(region, "region");
        return region.code().parent().map(byCode::get);
    }

    /**
     * Returns the region's children in this list (the regencies and cities of a province, and so on),
     * sorted by code.
     *
     * @param region the region
     * @return the children, possibly empty; unmodifiable
     */
    public List<Region> children(Region region) {
        Objects.requireNonNull(region, "region");
        return children.getOrDefault(region.code(), List.of());
    }

    /**
     * Returns the provinces, sorted by code.
     *
     * @return the provinces; unmodifiable
     */
    public List<Region> provinces() {
        return regions(RegionCode.Level.PROVINCE);
    }

    /**
     * Returns the regions of one level, sorted by code.
     *
     * @param level the level
     * @return the regions; unmodifiable
     */
    public List<Region> regions(RegionCode.Level level) {
        Objects.requireNonNull(level, "level");
        return byLevel.getOrDefault(level, List.of());
    }

    /**
     * Returns every region, sorted by code.
     *
     * @return the regions; unmodifiable
     */
    public List<Region> regions() {
        return regions;
    }

    /**
     * Returns the number of regions.
     *
     * @return the number of regions of every level
     */
    public int size() {
        return regions.size();
    }

    /**
     * Returns the number of regions of one level.
     *
     * @param level the level
     * @return the count
     */
    public int count(RegionCode.Level level) {
        return regions(level).size();
    }

    /**
     * Finds regions by name, ranked: first those whose normalised name equals the query's, then those
     * equal once an optional prefix ("Kota", "Kabupaten", ...) is dropped from both, then those whose
     * name starts with the query, then those containing it; within a rank, higher levels first, then
     * by code. Case, accents, spaces and punctuation are ignored.
     *
     * @param name the name or part of it
     * @return the matches, best first; empty if the query has no letter or digit
     */
    public List<Region> search(String name) {
        Objects.requireNonNull(name, "name");
        return search(name, r -> true);
    }

    /**
     * Finds regions of one level by name, ranked as {@link #search(String)} ranks them.
     *
     * @param name the name or part of it
     * @param level the level
     * @return the matches, best first; empty if the query has no letter or digit
     */
    public List<Region> search(String name, RegionCode.Level level) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        return search(name, r -> r.level() == level);
    }

    private List<Region> search(String name, Predicate<Region> filter) {
        String fullKey = fullKey(name);
        String key = key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Region> exact = new ArrayList<>(byFullKey.getOrDefault(fullKey, List.of()));
        List<Region> stripped = new ArrayList<>();
        for (Region r : byKey.getOrDefault(key, List.of())) {
            if (!fullKey(r.name()).equals(fullKey)) {
                stripped.add(r);
            }
        }
        // a name that itself starts with a prefix word ("Kota Raya Lembak", a village), asked for with a
        // prefix of its own ("Kelurahan Kota Raya Lembak"): the query's stripped key is the name's full key
        if (!key.equals(fullKey)) {
            stripped.addAll(byFullKey.getOrDefault(key, List.of()));
        }
        List<Region> prefixed = new ArrayList<>();
        List<Region> containing = new ArrayList<>();
        int[] candidates = candidates(key);
        int n = candidates == null ? keys.length : candidates[0];
        for (int c = 0; c < n; c++) {
            int i = candidates == null ? c : candidates[c + 1];
            String k = keys[i];
            if (k.length() > key.length()) {
                if (k.startsWith(key)) {
                    prefixed.add(regions.get(i));
                } else if (k.contains(key)) {
                    containing.add(regions.get(i));
                }
            }
        }
        Set<Region> result = new LinkedHashSet<>();
        for (List<Region> rank : List.of(exact, stripped, prefixed, containing)) {
            rank.removeIf(filter.negate());
            rank.sort(Comparator.comparing(Region::level).thenComparing(Region::code));
            result.addAll(rank);
        }
        return List.copyOf(result);
    }

    /**
     * Returns the positions of the keys that may contain a query key — those holding its rarest
     * three-character piece, ascending, after a count in element 0 — or null to scan every key
     * (a query key shorter than three characters).
     */
    private int @Nullable [] candidates(String key) {
        if (key.length() < 3) {
            return null;
        }
        Map<String, int[]> index = trigramIndex();
        int[] rarest = null;
        for (int j = 0; j + 3 <= key.length(); j++) {
            int[] postings = index.get(key.substring(j, j + 3));
            if (postings == null) {
                return new int[] {0};
            }
            if (rarest == null || postings[0] < rarest[0]) {
                rarest = postings;
            }
        }
        return rarest;
    }

    private Map<String, int[]> trigramIndex() {
        Map<String, int[]> index = trigrams;
        if (index == null) {
            synchronized (this) {
                index = trigrams;
                if (index == null) {
                    index = buildTrigramIndex(keys);
                    trigrams = index;
                }
            }
        }
        return index;
    }

    private static Map<String, int[]> buildTrigramIndex(String[] keys) {
        Map<String, int[]> counts = new HashMap<>();
        for (String k : keys) {
            for (int j = 0; j + 3 <= k.length(); j++) {
                counts.computeIfAbsent(k.substring(j, j + 3), x -> new int[1])[0]++;
            }
        }
        Map<String, int[]> index = new HashMap<>(counts.size() * 2);
        counts.forEach((trigram, count) -> index.put(trigram, new int[count[0] + 1]));
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            for (int j = 0; j + 3 <= k.length(); j++) {
                int[] postings = index.get(k.substring(j, j + 3));
                int size = postings[0];
                if (size == 0 || postings[size] != i) {
                    postings[size + 1] = i;
                    postings[0] = size + 1;
                }
            }
        }
        return Collections.unmodifiableMap(index);
    }

    /** Lower case, marks removed, only letters and digits kept. */
    static String fullKey(String name) {
        return NOT_ALNUM.matcher(folded(name)).replaceAll("");
    }

    /** As {@link #fullKey(String)}, after dropping an optional leading "Kota", "Kabupaten", .... */
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
     * Returns a short description: the number of regions per level.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "RegionList[" + count(RegionCode.Level.PROVINCE) + " provinces, " + count(RegionCode.Level.REGENCY_CITY)
                + " regencies/cities, " + count(RegionCode.Level.DISTRICT) + " districts, "
                + count(RegionCode.Level.VILLAGE) + " villages]";
    }
}
