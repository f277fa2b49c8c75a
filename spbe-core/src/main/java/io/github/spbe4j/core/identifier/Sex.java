package io.github.spbe4j.core.identifier;

/**
 * The sex recorded in a NIK (by the birth day) or a NIP (by its sex digit, 1 male, 2 female).
 *
 * @since 0.1.0
 */
public enum Sex {
    /** Male: NIK birth day 01..31, NIP sex digit 1. */
    MALE,
    /** Female: NIK birth day 41..71 (day + 40), NIP sex digit 2. */
    FEMALE
}
