/**
 * spbe-cli: the {@code spbe} command, a thin shell over spbe4j's modules with JSON in and JSON or
 * text out.
 */
module io.github.spbe4j.cli {
    requires io.github.spbe4j.core;
    requires io.github.spbe4j.attendance;
    requires io.github.spbe4j.catalog;
    requires io.github.spbe4j.complaints;
    requires io.github.spbe4j.wilayah;
    requires io.github.spbe4j.report;
    requires info.picocli;
    requires java.logging;
    requires static org.jspecify;

    exports io.github.spbe4j.cli;
    opens io.github.spbe4j.cli to info.picocli;
}
