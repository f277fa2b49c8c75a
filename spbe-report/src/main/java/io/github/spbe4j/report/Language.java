package io.github.spbe4j.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The language of a report's own words (headings, captions, column names); the framework's labels
 * (domain, aspect and indicator names, predikat) are shown as the framework has them, in Indonesian.
 *
 * @since 0.1.0
 */
public enum Language {
    /** English. */
    ENGLISH("en"),
    /** Bahasa Indonesia. */
    INDONESIAN("id");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the language's BCP 47 tag, as the page's {@code lang} attribute has it: {@code "en"} or
     * {@code "id"}.
     *
     * @return the tag
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the language with a tag, ignoring case.
     *
     * @param tag {@code "en"} or {@code "id"}
     * @return the language, if one has that tag
     */
    public static Optional<Language> fromTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        String lower = tag.toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.tag.equals(lower)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
