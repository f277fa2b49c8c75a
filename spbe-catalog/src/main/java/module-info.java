/**
 * spbe-catalog: public services with their standar pelayanan, the service catalog and its metrics,
 * and complaints.
 */
module io.github.spbe4j.catalog {
    requires transitive io.github.spbe4j.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.catalog;
    exports io.github.spbe4j.catalog.form;
    exports io.github.spbe4j.catalog.json;
    exports io.github.spbe4j.catalog.linkeddata;

    opens io.github.spbe4j.catalog.form to org.hibernate.validator, com.fasterxml.jackson.databind;
}
