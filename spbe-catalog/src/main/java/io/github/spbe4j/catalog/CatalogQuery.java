package io.github.spbe4j.catalog;

import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.catalog.internal.search.SearchIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query over a {@link Catalog}'s services: each call narrows it (all conditions must hold), and
 * {@link #list()} or {@link #count()} runs it against the catalog's indexes.
 *
 * <pre>{@code
 * List<PublicService> online = catalog.query()
 *         .unit("disdukcapil")
 *         .status(ServiceStatus.ACTIVE)
 *         .online()
 *         .list();
 * List<PublicService> found = catalog.query().kelurahan(bukitTunggal).matching("surat keterangan").list();
 * }</pre>
 *
 * <p>Immutable: each narrowing returns a new query, so a query can be kept and refined. Results come in
 * catalog order, or best first when {@link #matching(String) keywords} are given.
 *
 * @since 0.1.0
 */
public final class CatalogQuery {

    private final Catalog catalog;
    private final List<BitSet> conditions;
    private final @Nullable String keywords;

    CatalogQuery(Catalog catalog) {
        this(catalog, List.of(), null);
    }

    private CatalogQuery(Catalog catalog, List<BitSet> conditions, @Nullable String keywords) {
        this.catalog = catalog;
        this.conditions = conditions;
        this.keywords = keywords;
    }

    private CatalogQuery and(BitSet condition) {
        List<BitSet> more = new ArrayList<>(conditions);
        more.add(condition);
        return new CatalogQuery(catalog, List.copyOf(more), keywords);
    }

    private CatalogIndex index() {
        return catalog.index();
    }

    /**
     * Narrows to the services whose competent authority is an instansi (or one of its units).
     *
     * @param instansiId the instansi's id
     * @return the narrowed query
     */
    public CatalogQuery instansi(String instansiId) {
        return and(index().instansi(Objects.requireNonNull(instansiId, "instansiId")));
    }

    /**
     * Narrows to the services of a unit (an OPD, a kelurahan office): those it is responsible for or
     * carries out. Unit ids are unique within an instansi only: in a catalog of several instansi, each
     * with a {@code disdukcapil}, this matches all of them — use {@link #unit(String, String)}.
     *
     * @param unitId the unit's id
     * @return the narrowed query
     */
    public CatalogQuery unit(String unitId) {
        return and(index().unit(Objects.requireNonNull(unitId, "unitId")));
    }

    /**
     * Narrows to the services available in a village (kelurahan or desa): listed there, or available
     * everywhere in their instansi's region when it contains the village.
     *
     * @param village the village code
     * @return the narrowed query
     */
    public CatalogQuery kelurahan(RegionCode village) {
        return and(index().village(Objects.requireNonNull(village, "village")));
    }

    /**
     * Narrows to the instances of a national concept.
     *
     * @param conceptId the concept's id
     * @return the narrowed query
     */
    public CatalogQuery concept(String conceptId) {
        return and(index().concept(Objects.requireNonNull(conceptId, "conceptId")));
    }

    /**
     * Narrows to the services grouped under a life event.
     *
     * @param lifeEventId the event's id
     * @return the narrowed query
     */
    public CatalogQuery lifeEvent(String lifeEventId) {
        return and(index().lifeEvent(Objects.requireNonNull(lifeEventId, "lifeEventId")));
    }

    /**
     * Narrows to the services of one instansi's unit: those it is responsible for or carries out.
     *
     * @param instansiId the instansi's id
     * @param unitId the unit's id in that instansi
     * @return the narrowed query
     */
    public CatalogQuery unit(String instansiId, String unitId) {
        return instansi(instansiId).unit(unitId);
    }

    /**
     * Narrows to the services delivered through a kind of channel.
     *
     * @param kind the channel kind
     * @return the narrowed query
     */
    public CatalogQuery channel(Channel.Kind kind) {
        return and(index().channel(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Narrows to the services at a digital level.
     *
     * @param level the level
     * @return the narrowed query
     */
    public CatalogQuery digitalLevel(DigitalLevel level) {
        return and(index().level(Objects.requireNonNull(level, "level")));
    }

    /**
     * Narrows to the services at a digital level or above.
     *
     * @param level the lowest level accepted
     * @return the narrowed query
     */
    public CatalogQuery digitalLevelAtLeast(DigitalLevel level) {
        Objects.requireNonNull(level, "level");
        BitSet any = new BitSet();
        for (DigitalLevel l : DigitalLevel.values()) {
            if (l.level() >= level.level()) {
                any.or(index().level(l));
            }
        }
        return and(any);
    }

    /**
     * Narrows to the services in any of the given statuses.
     *
     * @param first a status
     * @param more further statuses
     * @return the narrowed query
     */
    public CatalogQuery status(ServiceStatus first, ServiceStatus... more) {
        BitSet any = (BitSet) index().status(Objects.requireNonNull(first, "first")).clone();
        for (ServiceStatus s : more) {
            any.or(index().status(Objects.requireNonNull(s, "status")));
        }
        return and(any);
    }

    /**
     * Narrows to the services that can be completed online (digital level Transaksi or above).
     *
     * @return the narrowed query
     */
    public CatalogQuery online() {
        return and(index().online());
    }

    /**
     * Narrows to the services that cannot be completed online.
     *
     * @return the narrowed query
     */
    public CatalogQuery notOnline() {
        BitSet not = index().all();
        not.andNot(index().online());
        return and(not);
    }

    /**
     * Narrows to the services matching keywords and orders the results best first: every word must
     * match the title, keywords, concept, output or description, with Indonesian abbreviations
     * expanded; case, accents and punctuation are ignored, and the last word may be the start of one.
     * A query of no searchable words (blank, or only words like "dan", "di") matches nothing.
     *
     * @param text the words searched for
     * @return the narrowed query
     */
    public CatalogQuery matching(String text) {
        Objects.requireNonNull(text, "text");
        String all = keywords == null ? text : keywords + " " + text;
        return new CatalogQuery(catalog, conditions, all);
    }

    /**
     * Runs the query.
     *
     * @return the matching services, in catalog order or best first when keywords were given
     */
    public List<PublicService> list() {
        BitSet hits = evaluate();
        List<PublicService> services = catalog.services();
        List<PublicService> result = new ArrayList<>(hits.cardinality());
        if (keywords == null) {
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                result.add(services.get(i));
            }
        } else {
            for (SearchIndex.Hit hit : index().search().search(keywords)) {
                if (hits.get(hit.id())) {
                    result.add(services.get(hit.id()));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Runs the query and streams its results.
     *
     * @return the matching services, as {@link #list()} orders them
     */
    public Stream<PublicService> stream() {
        return list().stream();
    }

    /**
     * Runs the query and returns the first result.
     *
     * @return the first matching service, if any
     */
    public Optional<PublicService> first() {
        List<PublicService> l = list();
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /**
     * Runs the query and counts its results.
     *
     * @return the number of matching services
     */
    public int count() {
        if (keywords != null) {
            return list().size();
        }
        return evaluate().cardinality();
    }

    private BitSet evaluate() {
        BitSet result = index().all();
        for (BitSet c : conditions) {
            result.and(c);
        }
        return result;
    }
}
