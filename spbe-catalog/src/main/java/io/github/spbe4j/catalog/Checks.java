package io.github.spbe4j.catalog;

import io.github.spbe4j.catalog.internal.Ids;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The model's own rules of values — ids, texts, lists without repeats — in one place: each broken rule
 * becomes a {@link Problem} naming its path, the rule and the value, collected until the value's
 * constructor throws them all at once. Not thread-safe: one per check.
 */
final class Checks {

    /** The rule of a malformed id. */
    static final String ID = "Id";
    /** The rule of a blank text. */
    static final String NOT_BLANK = "NotBlank";
    /** The rule of an id or text listed twice. */
    static final String UNIQUE = "UniqueIds";
    /** The rule of a number out of its range. */
    static final String RANGE = "Range";
    /** The rule of a reference to something the catalog does not hold. */
    static final String REFERENCE = "Reference";

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem. */
    Checks add(String path, String rule, String message, String rejectedValue) {
        problems.add(Problem.of(path, rule, message, rejectedValue));
        return this;
    }

    /** Adds a problem without a value to show. */
    Checks add(String path, String rule, String message) {
        problems.add(Problem.of(path, rule, message, null));
        return this;
    }

    /** Adds the problem of an id that is not well formed, naming it {@code what}. */
    Checks id(String path, String what, String id) {
        Objects.requireNonNull(id, what);
        if (!Ids.isId(id)) {
            add(path, ID, what + " is " + Text.quote(id) + "; " + Ids.RULE, Text.quote(id));
        }
        return this;
    }

    /** Adds the problem of a required text that is blank. */
    Checks text(String path, String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            add(path, NOT_BLANK, what + " is blank", Text.quote(text));
        }
        return this;
    }

    /** Adds the problem of an optional text that is present but blank. */
    Checks optionalText(String path, String what, Optional<String> text) {
        Objects.requireNonNull(text, what);
        if (text.isPresent() && text.get().isBlank()) {
            add(path, NOT_BLANK, what + " is blank; leave it out instead", Text.quote(text.get()));
        }
        return this;
    }

    /** Adds a problem for each blank text of a list and for each text listed twice. */
    Checks texts(String path, String what, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                add(path + "[" + i + "]", NOT_BLANK, what + "[" + i + "] is blank", Text.quote(texts.get(i)));
            }
        }
        for (String d : duplicates(texts, t -> t)) {
            add(path, UNIQUE, what + " lists " + Text.quote(d) + " more than once", Text.quote(d));
        }
        return this;
    }

    /** Adds a problem for each id used by two items of a list. */
    <T> Checks unique(String path, String what, List<T> items, Function<T, String> id) {
        for (String d : duplicates(items, id)) {
            add(path, UNIQUE, what + " " + Text.clean(d) + " is used more than once", Text.quote(d));
        }
        return this;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * Throws the problems found, if any, as an {@link InvalidServiceException}: one problem as itself,
     * several under the subject.
     */
    void throwService(String subject) {
        if (problems.size() == 1) {
            throw new InvalidServiceException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new InvalidServiceException(subject, problems);
        }
    }

    /** Throws the problems found, if any, as an {@link InvalidCatalogException}, as {@link #throwService} does. */
    void throwCatalog(String subject) {
        if (problems.size() == 1) {
            throw new InvalidCatalogException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(subject, problems);
        }
    }

    /** Returns an unmodifiable copy of a list, refusing null elements with a NullPointerException naming the list. */
    static <T> List<T> copy(Collection<T> list, String what) {
        Objects.requireNonNull(list, what);
        for (T t : list) {
            Objects.requireNonNull(t, () -> what + " holds null");
        }
        return List.copyOf(list);
    }

    /** Replaces a builder's list by a copy of another, refusing null elements with a NullPointerException naming the list. */
    static <T> void replace(List<T> target, Collection<? extends T> source, String what) {
        Objects.requireNonNull(source, what);
        for (T t : source) {
            Objects.requireNonNull(t, () -> what + " holds null");
        }
        target.clear();
        target.addAll(source);
    }

    /** Returns the keys that occur more than once, each once, in order of their second occurrence. */
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
}
