/**
 * spbe-complaints: complaints (pengaduan) a city can run on — an early module: today it holds the
 * complaint itself ({@link io.github.spbe4j.complaints.Complaint}) with its privacy flags and topics,
 * its lifecycle as a transition table ({@link io.github.spbe4j.complaints.lifecycle.TransitionTable}),
 * the redaction of personal data in free text ({@link io.github.spbe4j.complaints.privacy.Redactor})
 * and the public projection ({@link io.github.spbe4j.complaints.privacy.PublicProjection}); the SLA
 * clock, metrics and Open311 are planned, and what is here may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: the complaint, its lifecycle, redaction and the public projection exist;"
        + " the SLA clock, metrics and Open311 do not yet")
module io.github.spbe4j.complaints {
    requires transitive io.github.spbe4j.core;
    requires transitive io.github.spbe4j.catalog;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.complaints;
    exports io.github.spbe4j.complaints.lifecycle;
    exports io.github.spbe4j.complaints.privacy;
}
