/**
 * spbe4j core: the exception family shared by every spbe4j module.
 *
 * <p>Every package of spbe4j is null-marked: parameters and return values are non-null unless
 * annotated {@code @Nullable}; public entry points check with {@code Objects.requireNonNull}.
 */
@NullMarked
package io.github.spbe4j.core;

import org.jspecify.annotations.NullMarked;
