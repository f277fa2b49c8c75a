/**
 * What spbe-catalog's own packages share and users do not see: the rule of ids
 * ({@link io.github.spbe4j.catalog.internal.Ids}), which the model checks and the catalog file's
 * constraints name. Not exported by the module; free to change in any release. Nothing here is
 * {@code null}.
 */
@NullMarked
package io.github.spbe4j.catalog.internal;

import org.jspecify.annotations.NullMarked;
