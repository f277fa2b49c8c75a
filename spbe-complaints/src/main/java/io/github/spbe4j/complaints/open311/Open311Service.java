package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of Open311's GET service list: a kind of request a citizen can make. Immutable and
 * thread-safe.
 *
 * @param code {@code service_code}, its unique code: at most 200 characters, no invisible characters
 * @param name {@code service_name}, one line of at most 500 characters
 * @param description {@code description}, if any; may span lines
 * @param metadata {@code metadata}: true when its {@link ServiceDefinition} has attributes to ask about
 * @param type {@code type}: how a POST is answered
 * @param keywords {@code keywords}, written as one comma-separated text; a keyword is one line without
 *     a comma
 * @param group {@code group}, the category it is listed under, if any
 * @since 0.1.0
 */
public record Open311Service(String code, String name, Optional<String> description, boolean metadata, ServiceType type,
        List<String> keywords, Optional<String> group) {

    /** The separator of keywords in Open311's {@code keywords} field. */
    static final String KEYWORD_SEPARATOR = ", ";

    /**
     * Checks the service.
     *
     * @throws Open311Exception naming every rule broken
     */
    public Open311Service {
        Objects.requireNonNull(type, "type");
        keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
        Checks checks = new Checks().text("service_code", Objects.requireNonNull(code, "code"), TextPolicy.NAME, 200)
                .text("service_name", Objects.requireNonNull(name, "name"), TextPolicy.LINE, 500)
                .text("description", description, TextPolicy.MULTI_LINE, 100_000)
                .text("group", group, TextPolicy.LINE, 500);
        for (int i = 0; i < keywords.size(); i++) {
            String k = keywords.get(i);
            checks.text("keywords[" + i + "]", k, TextPolicy.LINE, 200);
            if (k.indexOf(',') >= 0) {
                checks.add("keywords[" + i + "]", Checks.FORMAT, "keywords[" + i + "] " + Text.quote(k)
                        + " holds a comma; Open311 writes keywords as one comma-separated text", Text.quote(k));
            }
        }
        checks.throwIfAny("service " + Text.clean(code));
    }

    /**
     * Returns a realtime service without attributes, keywords or group.
     *
     * @param code its code
     * @param name its name
     * @param description its description
     * @return the service
     * @throws Open311Exception naming every rule broken
     */
    public static Open311Service of(String code, String name, String description) {
        return new Open311Service(code, name, Optional.of(description), false, ServiceType.REALTIME, List.of(), Optional.empty());
    }

    /**
     * Returns a copy with {@code metadata} set.
     *
     * @param value true when the service's definition has attributes
     * @return the copy
     */
    public Open311Service withMetadata(boolean value) {
        return new Open311Service(code, name, description, value, type, keywords, group);
    }

    /**
     * Returns the keywords as Open311 writes them: {@code "lorem, ipsum, dolor"}; empty when there are none.
     *
     * @return the keywords text
     */
    public Optional<String> keywordsText() {
        return keywords.isEmpty() ? Optional.empty() : Optional.of(String.join(KEYWORD_SEPARATOR, keywords));
    }
}
