package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;

/**
 * A life or business event that groups services a citizen needs together, e.g. "kelahiran" (birth:
 * birth certificate, family card update, child identity card) or "memulai-usaha" (starting a
 * business).
 *
 * <p>Equal by id and name. Immutable and thread-safe.
 *
 * @param id the event's id (letters, digits, {@code . _ ~ -}), e.g. {@code "kelahiran"}
 * @param name its name, not blank, e.g. {@code "Kelahiran"}
 * @since 0.1.0
 */
public record LifeEvent(String id, String name) {

    /**
     * Checks the event.
     *
     * @throws InvalidServiceException if the id is malformed or the name blank
     */
    public LifeEvent {
        String what = "life event " + Text.clean(java.util.Objects.requireNonNull(id, "id"));
        new Checks().id("id", "life event id", id).text("name", what + " name", TextPolicy.LINE, name).throwService(what);
    }

    /**
     * Returns a life event.
     *
     * @param id its id
     * @param name its name
     * @return the event
     * @throws InvalidServiceException if the id is malformed or the name blank
     */
    public static LifeEvent of(String id, String name) {
        return new LifeEvent(id, name);
    }
}
