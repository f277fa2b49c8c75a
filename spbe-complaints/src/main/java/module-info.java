/**
 * spbe-complaints: complaints (pengaduan) a city can run on — an early module: today it holds the
 * redaction of personal data in free text ({@link io.github.spbe4j.complaints.privacy.Redactor}), the
 * type of a report and its privacy flags; the complaint, its lifecycle, the SLA clock, metrics and
 * Open311 are planned, and what is here may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: only redaction, the report type and the privacy flags exist yet")
module io.github.spbe4j.complaints {
    requires transitive io.github.spbe4j.core;
    requires transitive io.github.spbe4j.catalog;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.complaints;
    exports io.github.spbe4j.complaints.privacy;
}
