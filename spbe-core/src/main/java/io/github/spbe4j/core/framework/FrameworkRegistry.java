package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.Provisional;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A set of frameworks by id: the national frameworks shipped with spbe4j, and any a user adds.
 *
 * <p>{@link #builtIn()} holds, read from the library's data files as {@link Framework#read(InputStream, String)} reads any:
 * <ul>
 *   <li>{@code spbe-2018} — Indeks SPBE, PermenPANRB 5/2018, evaluations 2018..2019, with indicator 35
 *       assessed for three public services (codes {@code 35.1}, {@code 35.2}, {@code 35.3}), the
 *       reading that reproduces published 2018 results;</li>
 *   <li>{@code spbe-2018-35x1} — the same with indicator 35 assessed once (code {@code 35});</li>
 *   <li>{@code spbe-2020} — Indeks SPBE, PermenPANRB 59/2020, evaluations 2020..2025;</li>
 *   <li>{@code pemdi-2026} — Indeks Pemerintah Digital, PermenPANRB 8/2026, from 2026
 *       (provisional).</li>
 * </ul>
 *
 * <p><b>Aliases.</b> A few old ids stay readable as other names of a built-in framework, listed in
 * {@link #BUILT_IN_ALIASES}: {@code spbe-2018-35x3}, the id of the three-service reading before it
 * became the default, names {@code spbe-2018}. {@link #get(String)} and {@link #find(String)} resolve
 * an alias in every registry that holds its target; {@link #ids()} and {@link #all()} list real ids
 * only, and {@link #aliases()} lists the aliases a registry resolves. No framework may take an
 * alias as its id.
 *
 * <pre>{@code
 * FrameworkRegistry registry = FrameworkRegistry.builtIn().with(Framework.read(path));
 * Framework f = registry.get("spbe-2020");
 * registry.get("spbe-2018-35x3").id(); // "spbe-2018"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FrameworkRegistry {

    /** The id of the Indeks SPBE of PermenPANRB 5/2018 (evaluations 2018..2019), indicator 35 for three services. */
    public static final String SPBE_2018 = "spbe-2018";

    /** The id of the Indeks SPBE of PermenPANRB 5/2018 read with indicator 35 for one service. */
    public static final String SPBE_2018_35X1 = "spbe-2018-35x1";

    /** The id of the Indeks SPBE of PermenPANRB 59/2020 (evaluations 2020..2025). */
    public static final String SPBE_2020 = "spbe-2020";

    /**
     * The id of the Indeks Pemerintah Digital of PermenPANRB 8/2026 (from 2026): provisional, its data
     * not yet checked against the regulation's text (see the framework's provenance).
     */
    @Provisional("the framework's data is not yet checked against the regulation's text")
    public static final String PEMDI_2026 = "pemdi-2026";

    /** The ids of the frameworks shipped with spbe4j, oldest first; aliases are not among them. */
    public static final List<String> BUILT_IN_IDS = List.of(SPBE_2018, SPBE_2018_35X1, SPBE_2020, PEMDI_2026);

    /**
     * Other names of built-in frameworks, from alias to id: {@code spbe-2018-35x3} names
     * {@code spbe-2018}. An assessment naming an alias is scored against the framework it names.
     */
    public static final Map<String, String> BUILT_IN_ALIASES = Map.of("spbe-2018-35x3", "spbe-2018");

    private final Map<String, Framework> byId;

    private FrameworkRegistry(Map<String, Framework> byId) {
        this.byId = byId;
    }

    /**
     * Returns the registry of the national frameworks shipped with spbe4j.
     *
     * @return the built-in registry
     */
    public static FrameworkRegistry builtIn() {
        return BuiltIn.REGISTRY;
    }

    /**
     * Returns a registry of the given frameworks.
     *
     * @param frameworks the frameworks, with distinct ids
     * @return the registry
     * @throws InvalidFrameworkException if two frameworks share an id, or one has an alias of
     *     {@link #BUILT_IN_ALIASES} as its id
     */
    public static FrameworkRegistry of(Collection<Framework> frameworks) {
        Map<String, Framework> map = new LinkedHashMap<>();
        for (Framework f : frameworks) {
            String target = BUILT_IN_ALIASES.get(f.id());
            if (target != null) {
                throw new InvalidFrameworkException(Problem.of("id", "NotAnAlias", "framework id " + Text.oneLine(f.id())
                        + " is an alias of " + target + "; give the framework another id", Text.quote(f.id())));
            }
            if (map.putIfAbsent(f.id(), f) != null) {
                throw new InvalidFrameworkException(Problem.of("id", "UniqueId", "framework id " + Text.oneLine(f.id())
                        + " is used twice; ids are unique in a registry", Text.quote(f.id())));
            }
        }
        return new FrameworkRegistry(Collections.unmodifiableMap(map));
    }

    /**
     * Returns a registry with one more framework.
     *
     * @param framework the framework, whose id is not yet registered
     * @return the new registry
     * @throws InvalidFrameworkException if the id is already registered or is an alias
     */
    public FrameworkRegistry with(Framework framework) {
        Objects.requireNonNull(framework, "framework");
        List<Framework> all = new ArrayList<>(byId.values());
        all.add(framework);
        return of(all);
    }

    /**
     * Returns the framework with an id or an alias.
     *
     * @param id the id, or an alias of {@link #BUILT_IN_ALIASES}
     * @return the framework
     * @throws UnknownFrameworkException if no framework has that id
     */
    public Framework get(String id) {
        Objects.requireNonNull(id, "id");
        Framework f = byId.get(BUILT_IN_ALIASES.getOrDefault(id, id));
        if (f == null) {
            throw new UnknownFrameworkException(id, byId.keySet());
        }
        return f;
    }

    /**
     * Returns the framework with an id or an alias, if any.
     *
     * @param id the id, or an alias of {@link #BUILT_IN_ALIASES}
     * @return the framework
     */
    public Optional<Framework> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(BUILT_IN_ALIASES.getOrDefault(id, id)));
    }

    /**
     * Returns every framework, in the order added.
     *
     * @return the frameworks
     */
    public List<Framework> all() {
        return List.copyOf(byId.values());
    }

    /**
     * Returns every id, in the order added; aliases are not ids (see {@link #aliases()}).
     *
     * @return the ids
     */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * Returns the aliases this registry resolves, from alias to id: those of
     * {@link #BUILT_IN_ALIASES} whose framework it holds.
     *
     * @return the aliases, sorted by alias
     */
    public Map<String, String> aliases() {
        Map<String, String> out = new TreeMap<>();
        BUILT_IN_ALIASES.forEach((alias, id) -> {
            if (byId.containsKey(id)) {
                out.put(alias, id);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "FrameworkRegistry" + byId.keySet();
    }

    private static final class BuiltIn {
        static final FrameworkRegistry REGISTRY = load();

        private static FrameworkRegistry load() {
            List<Framework> frameworks = new ArrayList<>();
            for (String id : BUILT_IN_IDS) {
                String resource = "data/" + id + ".json";
                try (InputStream in = FrameworkRegistry.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("spbe-core is missing its data file " + resource);
                    }
                    frameworks.add(FrameworkCodec.read(in, resource));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read spbe-core's data file " + resource, e);
                }
            }
            return of(frameworks);
        }
    }
}
