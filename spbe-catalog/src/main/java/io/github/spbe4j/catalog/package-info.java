/**
 * Public services and the service catalog.
 */
@NullMarked
package io.github.spbe4j.catalog;

import org.jspecify.annotations.NullMarked;
