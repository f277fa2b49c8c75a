/**
 * Agencies (instansi, OPD) that are evaluated and that deliver services.
 */
@NullMarked
package io.github.spbe4j.core.agency;

import org.jspecify.annotations.NullMarked;
