package io.github.spbe4j.core.framework;

import java.util.Optional;

/**
 * A node of a framework's tree: a {@link Group} (a domain, an aspect, or any level of grouping) or an
 * {@link Indicator} (a leaf, which an assessment gives a value).
 *
 * <p>Every node has a code unique in its framework and a weight in percent of the whole index; the
 * weights of a group's children sum to the group's weight.
 *
 * @since 0.1.0
 */
public sealed interface Node permits Group, Indicator {

    /**
     * Returns the node's code, e.g. {@code "D1"}, {@code "A3"}, {@code "12"} or {@code "I5"}.
     *
     * @return the code
     */
    String code();

    /**
     * Returns the node's name.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the node's weight in percent of the whole index.
     *
     * @return the weight
     */
    Weight weight();

    /**
     * Returns what kind of node this is, e.g. {@code "domain"}, {@code "aspect"} or
     * {@code "indicator"}.
     *
     * @return the kind
     */
    String kind();

    /**
     * Returns a description, if any.
     *
     * @return the description
     */
    Optional<String> description();
}
