package io.github.spbe4j.catalog;

import io.github.spbe4j.catalog.internal.Ids;
import io.github.spbe4j.catalog.internal.InputRules;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.catalog.internal.Repeats;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The model's own rules of values — ids, texts under spbe-core's text policy, links under its link
 * policy, lists without repeats — in one place: each broken rule becomes a {@link Problem} naming its
 * path, the rule and the value, collected until the value's constructor throws them all at once. However
 * many are found, the first {@value io.github.spbe4j.core.SpbeException#MAX_PROBLEMS} are kept and the
 * rest counted. Not thread-safe: one per check.
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

    private final ProblemList problems = ProblemList.inOrderFound();

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

    /** Adds the problem of a text or link refused, {@code what "value" reason}. */
    private void refused(String path, String what, String value, InputRules.Refusal r) {
        add(path, r.rule(), what + " " + Text.quote(value) + " " + r.reason(), Text.quote(value));
    }

    /** Adds the problem of a text that the policy of its field refuses. */
    Checks policy(String path, String what, TextPolicy policy, String text) {
        InputRules.text(policy, text).ifPresent(r -> refused(path, what, text, r));
        return this;
    }

    /** Adds the problem of a required text that is blank or, if not, that the policy of its field refuses. */
    Checks text(String path, String what, TextPolicy policy, String text) {
        text(path, what, text);
        return text.isBlank() ? this : policy(path, what, policy, text);
    }

    /** Adds the problem of an optional text that is blank or, if not, that the policy of its field refuses. */
    Checks optionalText(String path, String what, TextPolicy policy, Optional<String> text) {
        optionalText(path, what, text);
        text.filter(t -> !t.isBlank()).ifPresent(t -> policy(path, what, policy, t));
        return this;
    }

    /** Adds the problem of a link that the link policy refuses. */
    Checks link(String path, String what, LinkPolicy policy, String link) {
        InputRules.link(policy, link).ifPresent(r -> refused(path, what, link, r));
        return this;
    }

    /** Adds the problem of a contact that is blank, or neither a line of text nor an allowed link. */
    Checks contact(String path, String what, String contact) {
        text(path, what, contact);
        if (!contact.isBlank()) {
            InputRules.contact(contact).ifPresent(r -> refused(path, what, contact, r));
        }
        return this;
    }

    /** Adds the problem of a channel's address, optional unless the channel is a web channel. */
    Checks address(String path, String what, boolean web, Optional<String> address) {
        Objects.requireNonNull(address, what);
        if (address.isEmpty()) {
            if (web) {
                add(path, LinkPolicy.RULE, what + " is missing; a web channel needs its http: or https: address");
            }
            return this;
        }
        optionalText(path, what, address);
        if (!address.get().isBlank()) {
            InputRules.address(web, address.get()).ifPresent(r -> refused(path, what, address.get(), r));
        }
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

    /** Adds a problem for each blank text of a list, each the policy refuses and each text listed twice. */
    Checks texts(String path, String what, TextPolicy policy, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                add(path + "[" + i + "]", NOT_BLANK, what + "[" + i + "] is blank", Text.quote(texts.get(i)));
            } else {
                policy(path + "[" + i + "]", what + "[" + i + "]", policy, texts.get(i));
            }
        }
        for (String d : duplicates(texts, t -> t)) {
            add(path, UNIQUE, what + " lists " + Text.quote(d) + " more than once", Text.quote(d));
        }
        return this;
    }

    /**
     * Adds one problem for each id that several items of a list use, naming how many and where:
     * {@code services: id "izin-x" is used by 3 services (services[0], services[4] and services[9])}.
     */
    <T> Checks unique(String list, String items, List<T> elements, Function<T, String> id) {
        for (Repeats.Repeat r : Repeats.of(elements.size(), i -> id.apply(elements.get(i)))) {
            add(list, UNIQUE, list + ": id " + Text.quote(r.id()) + " is used by " + r.count() + " " + items + " ("
                    + r.shown(list, "and", n -> n + " more") + ")", Text.quote(r.id()));
        }
        return this;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** Throws the problems found, if any, as an {@link InvalidServiceException} about a subject; several under the subject. */
    void throwServiceAbout(String subject) {
        if (!problems.isEmpty()) {
            throw new InvalidServiceException(subject, problems.list(), problems.omitted());
        }
    }

    /**
     * Throws the problems found, if any, as an {@link InvalidServiceException}: one problem as itself,
     * several under the subject.
     */
    void throwService(String subject) {
        if (problems.count() == 1) {
            throw new InvalidServiceException(problems.list().get(0));
        }
        throwServiceAbout(subject);
    }

    /** Throws the problems found, if any, as an {@link InvalidCatalogException}, as {@link #throwService} does. */
    void throwCatalog(String subject) {
        if (problems.count() == 1) {
            throw new InvalidCatalogException(problems.list().get(0));
        }
        throwCatalogAbout(subject);
    }

    /** Throws the problems found, if any, as an {@link InvalidCatalogException} about a subject; several under the subject. */
    void throwCatalogAbout(String subject) {
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(subject, problems.list(), problems.omitted());
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
        Set<String> duplicates = new LinkedHashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (!seen.add(k)) {
                duplicates.add(k);
            }
        }
        return new ArrayList<>(duplicates);
    }
}
