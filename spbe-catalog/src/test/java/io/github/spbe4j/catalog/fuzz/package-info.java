/**
 * Fuzz tests of the catalog file reader, with Jazzer's JUnit integration.
 *
 * <p>{@link io.github.spbe4j.catalog.fuzz.CatalogJsonFuzzTest} has two fuzz tests: the reader on
 * arbitrary bytes, and on the sample catalog mutated by {@link io.github.spbe4j.catalog.fuzz.CatalogMutator}.
 * {@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/catalog/fuzz/CatalogJsonFuzzTestInputs/<method>/}). To fuzz
 * for real, one at a time, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-catalog test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='CatalogJsonFuzzTest#read_anyBytes_catalogOrInvalidCatalogException' \
 *     -Djazzer.instrument='io.github.spbe4j.**,com.fasterxml.jackson.**'
 * </pre>
 *
 * <p>The other is {@code read_mutatedSample_catalogOrInvalidCatalogException}. Add every crash as a
 * seed, renamed to say what it tests.
 */
@NullMarked
package io.github.spbe4j.catalog.fuzz;

import org.jspecify.annotations.NullMarked;
