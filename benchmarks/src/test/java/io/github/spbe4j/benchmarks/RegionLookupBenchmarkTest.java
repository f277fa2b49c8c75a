package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.wilayah.Region;
import io.github.spbe4j.wilayah.RegionList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The region lookup benchmarks compare equal work: each method finds, query by query, the regions its
 * baselines find, so the ratios in docs/performance.md measure the lookup, not different answers.
 */
class RegionLookupBenchmarkTest {

    private static final RegionLookupBenchmark BENCH = new RegionLookupBenchmark();
    private static final RegionLookupBenchmark.Lookup STATE = new RegionLookupBenchmark.Lookup();

    @BeforeAll
    static void setUp() {
        STATE.setUp();
    }

    @Test
    void queriesAreMostlyVillagesAndVaried() {
        assertThat(STATE.regions).hasSize(91_599);
        long villageCodes = java.util.Arrays.stream(STATE.undottedCodes).filter(c -> c.length() == 10).count();
        assertThat(villageCodes).isGreaterThan(RegionLookupBenchmark.QUERIES * 3L / 4);
        assertThat(java.util.Arrays.stream(STATE.codes).filter(c -> c.contains(".")).count()).isBetween(300L, 700L);
        assertThat(java.util.Arrays.stream(STATE.codes).filter(c -> !c.contains(".")).count()).isBetween(300L, 700L);
        assertThat(java.util.Arrays.stream(STATE.names).filter(n -> n.startsWith("Desa ") || n.startsWith("Kelurahan ")).count())
                .isGreaterThan(100L);
        assertThat(java.util.Arrays.stream(STATE.names).filter(n -> n.matches(".*[áéíóúÁÉÍÓÚ].*")).count()).isGreaterThan(100L);
        assertThat(new HashSet<>(List.of(STATE.names))).hasSizeGreaterThan(RegionLookupBenchmark.QUERIES * 9 / 10);
        for (Region target : STATE.targets) {
            assertThat(target.level()).isEqualTo(RegionCode.Level.VILLAGE);
        }
    }

    @Test
    void findByCodeFindsWhatTheHashMapFinds() {
        STATE.cursor = 0;
        String[] floor = new String[RegionLookupBenchmark.QUERIES];
        for (int k = 0; k < floor.length; k++) {
            floor[k] = BENCH.hashMapByCode(STATE);
        }
        STATE.cursor = 0;
        for (int k = 0; k < floor.length; k++) {
            Optional<Region> found = BENCH.findByCode(STATE);
            assertThat(found).as("query %d: %s", k, STATE.codes[k]).isPresent();
            assertThat(found.get().code().undotted()).isEqualTo(STATE.undottedCodes[k]);
            assertThat(found.get().name()).isEqualTo(floor[k]).isNotNull();
        }
    }

    @Test
    void searchByNameFindsEveryRegionTheBaselinesFind() {
        int q = RegionLookupBenchmark.QUERIES;
        STATE.cursor = 0;
        for (int k = 0; k < q; k++) {
            List<Region> scan = BENCH.linearScanByName(STATE);
            STATE.cursor = k;
            List<Region> map = BENCH.hashMapByExactName(STATE);
            STATE.cursor = k;
            List<Region> search = BENCH.searchByName(STATE);
            STATE.cursor = k + 1;
            String plain = STATE.plainNames[k].toLowerCase(Locale.ROOT);
            // the two baselines agree, and both find the drawn village
            assertThat(map).as("query %d", k).containsExactlyElementsOf(scan).contains(STATE.targets[k]);
            // search, despite accents and prefixes, finds every one of them, and nothing else of that exact name
            Set<Region> sameName = search.stream()
                    .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(plain))
                    .collect(Collectors.toSet());
            assertThat(sameName).as("query %d: %s", k, STATE.names[k]).isEqualTo(new HashSet<>(scan));
            // and ranks an exact (normalised) match first
            assertThat(RegionLookupBenchmark.key(search.get(0).name())).isEqualTo(RegionLookupBenchmark.key(STATE.names[k]));
        }
    }

    @Test
    void scanKeysCountsWhatSearchRanksAfterTheExactMatches() {
        STATE.cursor = 0;
        for (int k = 0; k < 64; k++) {
            STATE.cursor = k;
            int scanned = BENCH.scanKeys(STATE);
            STATE.cursor = k;
            List<Region> search = BENCH.searchByName(STATE);
            String key = STATE.queryKeys[k];
            long longer = search.stream().filter(r -> RegionLookupBenchmark.key(r.name()).length() > key.length()).count();
            assertThat(scanned).as("query %d", k).isEqualTo((int) longer);
        }
    }

    @Test
    void loadBuildsTheSameListAsTheBundledOne() {
        RegionList fresh = RegionLookupBenchmark.loadFromResource();
        RegionList shared = RegionList.kemendagri2025();
        assertThat(fresh).isNotSameAs(shared);
        assertThat(fresh.regions()).isEqualTo(shared.regions());
    }

    @Test
    void cyclesThroughEveryQuery() {
        STATE.cursor = 0;
        String first = BENCH.hashMapByCode(STATE);
        for (int k = 1; k < RegionLookupBenchmark.QUERIES; k++) {
            BENCH.hashMapByCode(STATE);
        }
        assertThat(BENCH.hashMapByCode(STATE)).isEqualTo(first);
        assertThat(STATE.cursor & (RegionLookupBenchmark.QUERIES - 1)).isEqualTo(1);
    }
}
