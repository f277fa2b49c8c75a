package io.github.spbe4j.catalog;

/**
 * A life or business event that groups services a citizen needs together, e.g. "kelahiran" (birth:
 * birth certificate, family card update, child identity card) or "memulai-usaha" (starting a
 * business).
 *
 * <p>Equal by id and name.
 *
 * @param id the event's id (letters, digits, {@code . _ ~ -}), e.g. {@code "kelahiran"}
 * @param name its name, e.g. {@code "Kelahiran"}
 */
public record LifeEvent(String id, String name) {

    /**
     * Checks the event.
     *
     * @throws IllegalArgumentException if the id is malformed or the name blank
     */
    public LifeEvent {
        Texts.requireId(id, "life event id");
        Texts.requireText(name, "life event " + id + " name");
    }

    /**
     * Returns a life event.
     *
     * @param id its id
     * @param name its name
     * @return the event
     */
    public static LifeEvent of(String id, String name) {
        return new LifeEvent(id, name);
    }
}
