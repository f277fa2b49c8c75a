/**
 * spbe-complaints: complaints (pengaduan) a city can run on — an early module: today it holds the
 * complaint itself ({@link io.github.spbe4j.complaints.Complaint}) with its privacy flags and topics,
 * its lifecycle as a transition table ({@link io.github.spbe4j.complaints.lifecycle.TransitionTable}),
 * the SLA clock of its deadlines in working days ({@link io.github.spbe4j.complaints.sla.SlaClock}),
 * the redaction of personal data in free text ({@link io.github.spbe4j.complaints.privacy.Redactor}),
 * the public projection ({@link io.github.spbe4j.complaints.privacy.PublicProjection}), the
 * complaints file ({@link io.github.spbe4j.complaints.json.ComplaintsJson}), metrics and Open311
 * GeoReport v2 ({@link io.github.spbe4j.complaints.open311.Open311Format}); what is here may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: its API may still change")
module io.github.spbe4j.complaints {
    requires transitive io.github.spbe4j.core;
    requires transitive io.github.spbe4j.catalog;
    requires com.fasterxml.jackson.dataformat.xml;
    requires java.xml;
    requires static transitive org.jspecify;
    requires com.fasterxml.jackson.databind;
    requires jakarta.validation;
    requires org.hibernate.validator;

    exports io.github.spbe4j.complaints;
    exports io.github.spbe4j.complaints.lifecycle;
    exports io.github.spbe4j.complaints.open311;
    exports io.github.spbe4j.complaints.privacy;
    exports io.github.spbe4j.complaints.json;
    exports io.github.spbe4j.complaints.sla;

    // the complaints file's forms are package-private: bound by Jackson, checked by Hibernate Validator
    opens io.github.spbe4j.complaints.json to org.hibernate.validator, com.fasterxml.jackson.databind;
}
