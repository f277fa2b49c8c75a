package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A named level ladder of a framework: the name of each level, such as SPBE's process ladder
 * (1 Rintisan .. 5 Optimum) or service ladder (1 Informasi .. 5 Optimalisasi).
 *
 * <p>Level names are distinct from predikat names: a level names one indicator's value, a predikat
 * names a band of the whole index. Immutable and thread-safe.
 *
 * @param id the ladder's id, referred to by indicators, e.g. {@code "process"}
 * @param name a readable name
 * @param levels the name of each level, by level number
 * @since 0.1.0
 */
public record Ladder(String id, String name, Map<Integer, String> levels) {

    /** Checks the invariants and copies the level map, ordered by level. */
    public Ladder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(levels, "levels");
        if (id.isBlank()) {
            throw new InvalidFrameworkException(Problem.of("ladders", "NotBlank", "ladder id is blank", null));
        }
        // Map.copyOf would lose the order: its iteration order changes from one JVM run to the next
        TreeMap<Integer, String> sorted = new TreeMap<>(levels);
        sorted.values().forEach(levelName -> Objects.requireNonNull(levelName, "level name"));
        TextPolicy.NAME.check("ladders.id", id).or(() -> TextPolicy.LINE.check("ladders.name", name))
                .or(() -> sorted.values().stream().flatMap(l -> TextPolicy.LINE.check("ladders.levels", l).stream()).findFirst())
                .ifPresent(p -> {
                    throw new InvalidFrameworkException(p);
                });
        levels = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * Returns the name of a level.
     *
     * @param level the level
     * @return its name, if the ladder names it
     */
    public Optional<String> levelName(int level) {
        return Optional.ofNullable(levels.get(level));
    }
}
