package io.github.spbe4j.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks shared by the catalog's value types. */
final class Texts {

    /** The form of ids, which appear in IRIs of exports: unreserved URI characters, starting with a letter or digit. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

    private Texts() {
    }

    static String requireText(@Nullable String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return text;
    }

    static @Nullable String optionalText(@Nullable String text, String what) {
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException(what + " is blank; leave it out instead");
        }
        return text;
    }

    static String requireId(@Nullable String id, String what) {
        Objects.requireNonNull(id, what);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " is \"" + id
                    + "\"; an id is 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit");
        }
        return id;
    }

    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    static <T> List<T> copy(Collection<T> list, String what) {
        Objects.requireNonNull(list, what);
        for (T t : list) {
            Objects.requireNonNull(t, () -> what + " holds null");
        }
        return List.copyOf(list);
    }

    static <T> List<String> duplicates(Collection<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (T item : items) {
            String k = key.apply(item);
            if (!seen.add(k) && !duplicates.contains(k)) {
                duplicates.add(k);
            }
        }
        return duplicates;
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
