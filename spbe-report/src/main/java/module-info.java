/**
 * spbe-report: reports people look at — a self-contained HTML page of an assessment with inline SVG
 * charts, the same content as Markdown, and the indicator table as CSV
 * ({@link io.github.spbe4j.report.Report}), and the city's dashboard of its public services with the month's
 * complaints and attendance ({@link io.github.spbe4j.report.Dashboard}); an early module: what is here may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: its API may still change")
module io.github.spbe4j.report {
    requires transitive io.github.spbe4j.core;
    requires transitive io.github.spbe4j.catalog;
    requires transitive io.github.spbe4j.complaints;
    requires transitive io.github.spbe4j.attendance;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.report;
}
