package io.github.spbe4j.report;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The group each indicator sits in directly, read from the framework's tree. */
final class Tree {

    private final Map<String, Group> parentOf = new HashMap<>();

    Tree(Framework framework) {
        walk(framework.tree(), null);
    }

    private void walk(List<Node> nodes, @Nullable Group parent) {
        for (Node n : nodes) {
            if (n instanceof Group g) {
                walk(g.children(), g);
            } else if (n instanceof Indicator i && parent != null) {
                parentOf.put(i.code(), parent);
            }
        }
    }

    /** Returns the group an indicator sits in directly, if it is not at the top of the tree. */
    Optional<Group> parent(String indicatorCode) {
        return Optional.ofNullable(parentOf.get(indicatorCode));
    }
}
