package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.TextPolicy;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The internal components 8..14 of a standar pelayanan, each a text as the unit's decree states it
 * (component 7, the legal basis, is a list of {@link LegalReference}s on the service itself).
 *
 * <p>{@link #none()} holds none, and {@link #with} adds one. A component that is absent counts as
 * missing in a standar's completeness. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InternalComponents {

    private static final InternalComponents NONE = new InternalComponents(new EnumMap<>(StandarComponent.class));

    private final Map<StandarComponent, String> texts;

    private InternalComponents(EnumMap<StandarComponent, String> texts) {
        this.texts = texts;
    }

    /**
     * Returns the empty set of internal components.
     *
     * @return no component stated
     */
    public static InternalComponents none() {
        return NONE;
    }

    /**
     * Returns internal components from a map of texts.
     *
     * @param texts the text of each component stated; every key one of components 8..14
     * @return the components
     * @throws InvalidServiceException if a key is not an internal component 8..14 or a text is blank
     */
    public static InternalComponents of(Map<StandarComponent, String> texts) {
        InternalComponents c = NONE;
        for (Map.Entry<StandarComponent, String> e : texts.entrySet()) {
            c = c.with(e.getKey(), e.getValue());
        }
        return c;
    }

    /**
     * Returns a copy with a component stated.
     *
     * @param component one of components 8..14
     * @param text what the standar states, not blank
     * @return the copy
     * @throws InvalidServiceException if the component is not 8..14 or the text is blank
     */
    public InternalComponents with(StandarComponent component, String text) {
        Objects.requireNonNull(component, "component");
        Checks checks = new Checks();
        if (component.number() < StandarComponent.SARANA_PRASARANA.number()) {
            checks.add("internal", "InternalComponent", "component " + component.number() + " (" + component
                    + ") is not one of the internal components 8..14 kept as text", String.valueOf(component.number()));
        }
        checks.text("internal[" + component.number() + "]", "component " + component.number() + " text", TextPolicy.MULTI_LINE, text)
                .throwService("internal components");
        EnumMap<StandarComponent, String> copy = new EnumMap<>(StandarComponent.class);
        copy.putAll(texts);
        copy.put(component, text);
        return new InternalComponents(copy);
    }

    /**
     * Returns a copy without a component's text.
     *
     * @param component the component
     * @return the copy, equal to this one if the component was not stated
     */
    public InternalComponents without(StandarComponent component) {
        Objects.requireNonNull(component, "component");
        if (!texts.containsKey(component)) {
            return this;
        }
        EnumMap<StandarComponent, String> copy = new EnumMap<>(StandarComponent.class);
        copy.putAll(texts);
        copy.remove(component);
        return new InternalComponents(copy);
    }

    /**
     * Returns a component's text, if stated.
     *
     * @param component the component
     * @return its text
     */
    public Optional<String> get(StandarComponent component) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(component, "component")));
    }

    /**
     * Returns the stated components and their texts, in component order.
     *
     * @return an unmodifiable map
     */
    public Map<StandarComponent, String> asMap() {
        return java.util.Collections.unmodifiableMap(texts);
    }

    /**
     * Returns these components with another's stated ones laid over them.
     *
     * @param overrides the components that replace these
     * @return the combination
     */
    public InternalComponents overriddenBy(InternalComponents overrides) {
        EnumMap<StandarComponent, String> copy = new EnumMap<>(StandarComponent.class);
        copy.putAll(texts);
        copy.putAll(overrides.texts);
        return new InternalComponents(copy);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof InternalComponents other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
