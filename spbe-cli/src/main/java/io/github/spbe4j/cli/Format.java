package io.github.spbe4j.cli;

/** Output formats of the commands. */
enum Format {
    /** A readable table. */
    text,
    /** JSON, for other programs. */
    json
}
