package io.github.spbe4j.catalog;

import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.spbe4j.catalog.internal.search.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * The indexes of a catalog: for each value of each queried attribute, the set of service positions
 * that have it. Built once with the catalog; read-only afterwards, so safe to share between threads.
 */
final class CatalogIndex {

    private final int size;
    private final Map<String, BitSet> byInstansi = new HashMap<>();
    private final Map<String, BitSet> byUnit = new HashMap<>();
    private final Map<String, BitSet> byConcept = new HashMap<>();
    private final Map<String, BitSet> byLifeEvent = new HashMap<>();
    private final Map<Channel.Kind, BitSet> byChannel = new EnumMap<>(Channel.Kind.class);
    private final Map<DigitalLevel, BitSet> byLevel = new EnumMap<>(DigitalLevel.class);
    private final Map<ServiceStatus, BitSet> byStatus = new EnumMap<>(ServiceStatus.class);
    private final BitSet online = new BitSet();
    /** Services available in listed villages, by village. */
    private final Map<RegionCode, BitSet> byVillage = new HashMap<>();
    /** Services available everywhere in their instansi's region, by that region (empty key: central governments). */
    private final Map<Optional<RegionCode>, BitSet> everywhereByRegion = new HashMap<>();
    private final SearchIndex search;

    CatalogIndex(Catalog catalog) {
        List<PublicService> services = catalog.services();
        this.size = services.size();
        for (int i = 0; i < size; i++) {
            PublicService s = services.get(i);
            add(byInstansi, s.authority().instansi(), i);
            int at = i;
            s.authority().unit().ifPresent(u -> add(byUnit, u, at));
            for (String u : s.executingUnits()) {
                add(byUnit, u, i);
            }
            s.concept().ifPresent(c -> add(byConcept, c, at));
            for (LifeEvent e : s.lifeEvents()) {
                add(byLifeEvent, e.id(), i);
            }
            for (Channel c : s.channels()) {
                byChannel.computeIfAbsent(c.kind(), k -> new BitSet()).set(i);
            }
            s.digitalLevel().ifPresent(l -> byLevel.computeIfAbsent(l, k -> new BitSet()).set(at));
            byStatus.computeIfAbsent(s.status(), k -> new BitSet()).set(i);
            if (s.online()) {
                online.set(i);
            }
            if (s.availability() instanceof Availability.Villages v) {
                for (RegionCode village : v.villages()) {
                    add(byVillage, village, i);
                }
            } else {
                Instansi government = catalog.instansiOrNull(s.authority().instansi());
                Optional<RegionCode> region = government == null ? Optional.empty() : government.region();
                everywhereByRegion.computeIfAbsent(region, k -> new BitSet()).set(i);
            }
        }
        this.search = SearchIndex.build(SearchDocuments.of(catalog));
    }

    private static <K> void add(Map<K, BitSet> map, K key, int i) {
        map.computeIfAbsent(key, k -> new BitSet()).set(i);
    }

    int size() {
        return size;
    }

    BitSet all() {
        BitSet all = new BitSet(size);
        all.set(0, size);
        return all;
    }

    BitSet instansi(String id) {
        return get(byInstansi, id);
    }

    BitSet unit(String id) {
        return get(byUnit, id);
    }

    BitSet concept(String id) {
        return get(byConcept, id);
    }

    BitSet lifeEvent(String id) {
        return get(byLifeEvent, id);
    }

    BitSet channel(Channel.Kind kind) {
        return get(byChannel, kind);
    }

    BitSet level(DigitalLevel level) {
        return get(byLevel, level);
    }

    BitSet status(ServiceStatus status) {
        return get(byStatus, status);
    }

    BitSet online() {
        return online;
    }

    /** Returns the services available in a village: listed there, or everywhere in a region containing it. */
    BitSet village(RegionCode village) {
        BitSet result = (BitSet) get(byVillage, village).clone();
        result.or(get(everywhereByRegion, Optional.empty()));
        for (RegionCode r = village; r != null; r = r.parent().orElse(null)) {
            result.or(get(everywhereByRegion, Optional.of(r)));
        }
        return result;
    }

    SearchIndex search() {
        return search;
    }

    private static <K> BitSet get(Map<K, BitSet> map, @Nullable K key) {
        BitSet b = map.get(key);
        return b == null ? EMPTY : b;
    }

    private static final BitSet EMPTY = new BitSet();
}
