package io.github.spbe4j.core.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A group of a framework's tree — a domain, an aspect, or any other level — whose index is the
 * weighted average of its children.
 *
 * @param code the code, unique in the framework
 * @param kind the kind of group, e.g. {@code "domain"} or {@code "aspect"}
 * @param name the name
 * @param weight the weight in percent of the whole index
 * @param children the children, at least one
 * @param descriptionText an optional description, or null
 */
public record Group(String code, String kind, String name, Weight weight, List<Node> children,
        @Nullable String descriptionText) implements Node {

    /** Checks for nulls and blank codes, and copies the children. */
    public Group {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        children = List.copyOf(children);
        if (code.isBlank()) {
            throw new IllegalArgumentException("group code is blank");
        }
        if (children.isEmpty()) {
            throw new IllegalArgumentException("group " + code + " has no children; a group needs at least one");
        }
    }

    @Override
    public Optional<String> description() {
        return Optional.ofNullable(descriptionText);
    }
}
