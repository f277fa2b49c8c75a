package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The kebab names of enumerations in forms, and the form of ids. */
final class Names {

    private Names() {
    }

    /** Returns the kebab name of a constant, e.g. {@code mal-pelayanan-publik}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns the constant with a kebab name, or null. */
    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Returns the constant with a kebab name of a valid form. */
    static <E extends Enum<E>> E require(Class<E> type, String name) {
        E e = parse(type, name);
        if (e == null) {
            throw new InvalidServiceException(Problem.of("", "OneOf", Text.quote(name) + " is not one of " + allowed(type),
                    Text.quote(name)));
        }
        return e;
    }

    /** Returns the kebab names of an enumeration's constants, comma-separated. */
    static String allowed(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            names.add(of(e));
        }
        return String.join(", ", names);
    }

    /** Returns the internal components' kebab names, comma-separated. */
    static String internalComponents() {
        List<String> names = new ArrayList<>();
        for (StandarComponent c : StandarComponent.values()) {
            if (c.number() >= StandarComponent.SARANA_PRASARANA.number()) {
                names.add(of(c));
            }
        }
        return String.join(", ", names);
    }

    static <T> @Nullable List<T> emptyToNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
