/**
 * The scoring engine: exact, pure and thread-safe computation of every node's index, each
 * indicator's contribution and headroom, and the predikat.
 */
@NullMarked
package io.github.spbe4j.core.scoring;

import org.jspecify.annotations.NullMarked;
