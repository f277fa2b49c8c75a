/**
 * Shared test helpers of spbe-catalog: seeded generators of valid catalog data.
 */
@NullMarked
package io.github.spbe4j.catalog.testing;

import org.jspecify.annotations.NullMarked;
