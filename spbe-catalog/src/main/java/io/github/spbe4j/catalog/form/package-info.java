/**
 * Input forms of the service catalog: a public service as an OPD officer submits it, a national
 * concept, and a whole catalog file, as Java records carrying Jakarta Bean Validation constraints,
 * with {@link io.github.spbe4j.catalog.form.FormValidator} to list every violation in English or
 * Indonesian.
 *
 * <p>Forms are what a city app receives from a web form or a file: every field may be absent
 * ({@code null}) and nothing is checked on construction; {@link io.github.spbe4j.catalog.form.FormValidator}
 * reports what is wrong, and {@code toDomain()} turns a valid form into the catalog's always-valid
 * model types. Enumerations are written as lower-case kebab names ({@code "mal-pelayanan-publik"},
 * {@code "sp4n-lapor"}), processing times as text ({@code "5 hari kerja"}), region codes in their
 * dotted form ({@code "99.71.01.1001"}).
 */
@NullMarked
package io.github.spbe4j.catalog.form;

import org.jspecify.annotations.NullMarked;
