package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.TextPolicy;

/**
 * One choice of a list attribute of a service definition: its {@code key}, sent back in a POSTed
 * {@code attribute[code]}, and its {@code name}, shown to the citizen. Immutable and thread-safe.
 *
 * @param key the key, a code of at most 100 characters without spaces at either end
 * @param name the name, one line of at most 200 characters
 * @since 0.1.0
 */
public record AttributeValue(String key, String name) {

    /**
     * Checks the value.
     *
     * @throws Open311Exception if the key or name is blank, too long or holds characters text may not hold
     */
    public AttributeValue {
        new Checks().text("key", key, TextPolicy.NAME, 100).text("name", name, TextPolicy.LINE, 200).throwIfAny("attribute value");
    }

    /**
     * Returns a value.
     *
     * @param key the key
     * @param name the name
     * @return the value
     */
    public static AttributeValue of(String key, String name) {
        return new AttributeValue(key, name);
    }
}
