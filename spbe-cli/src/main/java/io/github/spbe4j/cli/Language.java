package io.github.spbe4j.cli;

import java.util.Locale;

/** The languages the messages of a command come in ({@code --locale}); no other value is taken. */
enum Language {
    /** English. */
    en(Locale.ENGLISH),
    /** Indonesian (Bahasa Indonesia). */
    id(Locale.forLanguageTag("id"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale whose message bundles the problems are worded in. */
    Locale locale() {
        return locale;
    }
}
