package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of a framework's tree — a domain, an aspect, or any other level — whose index is the
 * weighted average of its children.
 *
 * @param code the code, unique in the framework
 * @param kind the kind of group, e.g. {@code "domain"} or {@code "aspect"}
 * @param name the name
 * @param weight the weight in percent of the whole index
 * @param children the children, at least one
 * @param description a description, if any
 * @since 0.1.0
 */
public record Group(String code, String kind, String name, Weight weight, List<Node> children, Optional<String> description)
        implements Node {

    /**
     * Checks the parts and copies the children.
     *
     * @throws InvalidFrameworkException if the code is blank or there are no children
     */
    public Group {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(description, "description");
        children = List.copyOf(children);
        if (code.isBlank()) {
            throw new InvalidFrameworkException(Problem.of("code", "NotBlank", "group code is blank", null));
        }
        TextPolicy.NAME.check("code", code).or(() -> TextPolicy.NAME.check("kind", kind)).or(() -> TextPolicy.LINE.check("name", name))
                .or(() -> description.flatMap(d -> TextPolicy.MULTI_LINE.check("description", d))).ifPresent(p -> {
                    throw new InvalidFrameworkException(p);
                });
        if (children.isEmpty()) {
            throw new InvalidFrameworkException(Problem.of(Text.oneLine(code), "NotEmpty",
                    "group " + Text.oneLine(code) + " has no children; a group needs at least one", null));
        }
    }

    /**
     * Returns a group without a description.
     *
     * @param code the code
     * @param kind the kind, e.g. {@code "aspect"}
     * @param name the name
     * @param weight the weight
     * @param children the children
     * @return the group
     */
    public static Group of(String code, String kind, String name, Weight weight, List<Node> children) {
        return new Group(code, kind, name, weight, children, Optional.empty());
    }
}
