/**
 * spbe-catalog: public services with their standar pelayanan, the service catalog and its metrics,
 * and complaints.
 */
module io.github.spbe4j.catalog {
    requires transitive io.github.spbe4j.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.catalog;
}
