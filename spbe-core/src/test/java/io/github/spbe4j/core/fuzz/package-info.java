/**
 * Fuzz tests of spbe-core's parsers and decoders, with Jazzer's JUnit integration.
 *
 * <p>{@link io.github.spbe4j.core.fuzz.SpbeJsonFuzzTest} has four fuzz tests: the framework and the
 * assessment readers on arbitrary bytes, and each on a built-in framework or example assessment
 * mutated by {@link io.github.spbe4j.core.fuzz.JsonMutator} (numbers, strings, keys, types, weights
 * moved between siblings, nodes wrapped into groups), which reaches the validation and the scorer
 * behind the parser. {@link io.github.spbe4j.core.fuzz.FuzzChecks} holds the contracts checked.
 *
 * <p>{@code mvn test} (and CI's {@code mvn verify}) runs each fuzz test on its seed corpus only: the
 * files in {@code src/test/resources/io/github/spbe4j/core/fuzz/SpbeJsonFuzzTestInputs/<method>/},
 * each one a regression test. To fuzz for real, run one fuzz test at a time with {@code JAZZER_FUZZ=1},
 * from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-core test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='SpbeJsonFuzzTest#readFramework_anyBytes_frameworkOrSpbeException' \
 *     -Djazzer.instrument='io.github.spbe4j.**,com.fasterxml.jackson.**'
 * </pre>
 *
 * <p>The other three are {@code readAssessment_anyBytes_assessmentOrSpbeException},
 * {@code readFramework_mutatedBuiltIn_frameworkOrSpbeException} and
 * {@code readAssessment_mutatedExample_scoresOrSpbeException}. {@code -Djazzer.instrument} is optional:
 * it adds Jackson's parser to the coverage the fuzzer follows, which helps the byte-level tests.
 * {@code -Djazzer.keep_going=20} goes on after a finding, up to 20 distinct ones; the run then ends
 * green all the same, so look for new {@code crash-*} files.
 *
 * <p>A fuzz test runs for its {@code maxDuration} (3 minutes) or until the first finding. Jazzer keeps
 * the inputs that reached new coverage in {@code spbe-core/.cifuzz-corpus/} (not committed; delete it at
 * will) and writes a crashing input into the test's inputs directory above as {@code crash-<sha1>},
 * where the next {@code mvn test} runs it: fix the bug, then rename the file to say what it tests.
 */
@NullMarked
package io.github.spbe4j.core.fuzz;

import org.jspecify.annotations.NullMarked;
