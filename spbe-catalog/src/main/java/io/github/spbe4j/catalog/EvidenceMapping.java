package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.TextPolicy;
import java.util.List;
import java.util.Objects;

/**
 * A table of the indicators of evaluation frameworks that a catalog's services can serve as evidence
 * for: the
 * public-service indicators (a service's digital level is assessed on the SPBE service ladder) and
 * the complaint-handling ones (a service's complaint channels).
 *
 * <p>{@link #builtIn()} is spbe4j's reading of the frameworks' indicator names, not an official
 * table: SPBE 2020 indicator 42 (Layanan Pengaduan Pelayanan Publik) and 45..47 (Layanan Publik
 * Sektor 1..3, public services of the agency's own choosing); SPBE 2018 indicator 32 (Layanan
 * Pengaduan Publik) and 35.1..35.3 (Layanan Publik Instansi Pemerintah, three services; 35 in
 * {@code spbe-2018-35x1});
 * Indeks Pemdi 2026 indicator I17 (Portal Layanan Digital Pemerintah) and, with lower confidence,
 * I19 (Fasilitas Dukungan Pengguna Layanan Digital Pemerintah) for complaint channels. Each entry says
 * so in its {@link Entry#note() note}; build your own with {@link #of(List)} when your evaluators read
 * the instruments differently.
 *
 * <p>Within spbe-catalog "evidence" means only this: services offered as evidence for an indicator (a
 * requirement's papers are {@link Document}s; an assessment's bukti dukung is spbe-core's
 * {@code EvidenceItem}). Immutable and thread-safe.
 *
 * @param entries the indicators and the role services play for them
 * @since 0.1.0
 */
public record EvidenceMapping(List<Entry> entries) {

    /**
     * What a service offers an indicator as evidence: itself, or its complaint channels.
     *
     * @since 0.1.0
     */
    public enum Role {
        /** The service itself, at its digital level. */
        PUBLIC_SERVICE,
        /** The service's complaint channels. */
        COMPLAINT_HANDLING
    }

    /**
     * One indicator a service can serve as evidence for.
     *
     * @param frameworkId the framework's id, e.g. {@code "spbe-2020"}
     * @param indicatorCode the indicator's code, e.g. {@code "45"}
     * @param role what the service offers
     * @param note where the entry comes from and how sure it is
     * @since 0.1.0
     */
    public record Entry(String frameworkId, String indicatorCode, Role role, String note) {
        /**
         * Checks the entry.
         *
         * @throws InvalidCatalogException if a text is blank
         */
        public Entry {
            Objects.requireNonNull(role, "role");
            new Checks().text("frameworkId", "framework id", TextPolicy.NAME, frameworkId)
                    .text("indicatorCode", "indicator code", TextPolicy.NAME, indicatorCode)
                    .text("note", "note", TextPolicy.LINE, note)
                    .throwCatalog("evidence mapping entry");
        }
    }

    /**
     * Copies the entries.
     */
    public EvidenceMapping {
        entries = Checks.copy(entries, "entries");
    }

    /**
     * Returns a mapping of one's own.
     *
     * @param entries the entries
     * @return the mapping
     */
    public static EvidenceMapping of(List<Entry> entries) {
        return new EvidenceMapping(entries);
    }

    /**
     * Returns spbe4j's reading of the built-in frameworks (see the class description).
     *
     * @return the built-in mapping
     */
    public static EvidenceMapping builtIn() {
        String name = "spbe4j reading of the indicator name (medium)";
        String sector = "spbe4j reading: public services of the agency's own choosing (medium)";
        String low = "spbe4j reading: user-support facilities include complaint channels (low)";
        return new EvidenceMapping(List.of(
                new Entry("spbe-2020", "42", Role.COMPLAINT_HANDLING, name),
                new Entry("spbe-2020", "45", Role.PUBLIC_SERVICE, sector),
                new Entry("spbe-2020", "46", Role.PUBLIC_SERVICE, sector),
                new Entry("spbe-2020", "47", Role.PUBLIC_SERVICE, sector),
                new Entry("spbe-2018", "32", Role.COMPLAINT_HANDLING, name),
                new Entry("spbe-2018", "35.1", Role.PUBLIC_SERVICE, name),
                new Entry("spbe-2018", "35.2", Role.PUBLIC_SERVICE, name),
                new Entry("spbe-2018", "35.3", Role.PUBLIC_SERVICE, name),
                new Entry("spbe-2018-35x1", "32", Role.COMPLAINT_HANDLING, name),
                new Entry("spbe-2018-35x1", "35", Role.PUBLIC_SERVICE, name),
                new Entry("pemdi-2026", "I17", Role.PUBLIC_SERVICE, name),
                new Entry("pemdi-2026", "I19", Role.COMPLAINT_HANDLING, low)));
    }

    /**
     * Returns the entries of one framework.
     *
     * @param frameworkId the framework's id
     * @return its entries, in order
     */
    public List<Entry> entriesFor(String frameworkId) {
        Objects.requireNonNull(frameworkId, "frameworkId");
        return entries.stream().filter(e -> e.frameworkId().equals(frameworkId)).toList();
    }
}
