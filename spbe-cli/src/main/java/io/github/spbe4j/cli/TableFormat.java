package io.github.spbe4j.cli;

/** Output formats of the commands whose report is a table: readable text, CSV rows, or JSON. */
enum TableFormat {
    /** A readable report. */
    text,
    /** One header line and one row per item, comma-separated (RFC 4180 quoting, lines ending in a line feed), for a spreadsheet or pandas. */
    csv,
    /** JSON, for other programs. */
    json
}
