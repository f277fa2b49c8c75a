package io.github.spbe4j.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Helpers of the catalog's builders. */
final class Builders {

    private Builders() {
    }

    static <T> void replace(List<T> target, Collection<? extends T> source, String what) {
        Objects.requireNonNull(source, what);
        for (T t : source) {
            Objects.requireNonNull(t, () -> what + " holds null");
        }
        target.clear();
        target.addAll(source);
    }
}
