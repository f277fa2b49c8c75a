/**
 * spbe-core: evaluation frameworks as data, assessments with evidence, the exact scoring engine, and
 * the value types shared by spbe4j's modules.
 */
module io.github.spbe4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.core;
    exports io.github.spbe4j.core.agency;
    exports io.github.spbe4j.core.assessment;
    exports io.github.spbe4j.core.calendar;
    exports io.github.spbe4j.core.framework;
    exports io.github.spbe4j.core.identifier;
    exports io.github.spbe4j.core.json;
    exports io.github.spbe4j.core.scoring;
}
