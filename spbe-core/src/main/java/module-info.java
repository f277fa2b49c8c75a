/**
 * spbe-core: evaluation frameworks as data, assessments with evidence, the exact scoring engine, and
 * the value types shared by spbe4j's modules.
 *
 * <p>The Jackson module {@link io.github.spbe4j.core.json.SpbeCoreModule} is provided as a service, so
 * that {@code ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <p>The package {@code io.github.spbe4j.core.internal} is shared with spbe4j's own modules only; it
 * is not part of the public API.
 */
@SuppressWarnings("module") // the qualified export names modules that are compiled after this one
module io.github.spbe4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.core;
    exports io.github.spbe4j.core.agency;
    exports io.github.spbe4j.core.analysis;
    exports io.github.spbe4j.core.assessment;
    exports io.github.spbe4j.core.calendar;
    exports io.github.spbe4j.core.framework;
    exports io.github.spbe4j.core.identifier;
    exports io.github.spbe4j.core.json;
    exports io.github.spbe4j.core.plan;
    exports io.github.spbe4j.core.scoring;
    exports io.github.spbe4j.core.table;

    provides com.fasterxml.jackson.databind.Module with io.github.spbe4j.core.json.SpbeCoreModule;

    exports io.github.spbe4j.core.internal to
            io.github.spbe4j.wilayah,
            io.github.spbe4j.catalog,
            io.github.spbe4j.attendance,
            io.github.spbe4j.complaints,
            io.github.spbe4j.report,
            io.github.spbe4j.cli;
}
