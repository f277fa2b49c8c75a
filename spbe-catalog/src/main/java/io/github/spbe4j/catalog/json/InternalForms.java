package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.StandarComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Converts the internal components 8..14 between their map form (keyed by kebab name) and the model. */
final class InternalForms {

    private InternalForms() {
    }

    static @Nullable Map<String, String> from(InternalComponents internal) {
        if (internal.asMap().isEmpty()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        internal.asMap().forEach((c, text) -> map.put(Names.of(c), text));
        return map;
    }

    static InternalComponents toDomain(@Nullable Map<String, String> map) {
        InternalComponents c = InternalComponents.none();
        if (map != null) {
            for (Map.Entry<String, String> e : map.entrySet()) {
                c = c.with(Names.require(StandarComponent.class, e.getKey()), e.getValue());
            }
        }
        return c;
    }
}
