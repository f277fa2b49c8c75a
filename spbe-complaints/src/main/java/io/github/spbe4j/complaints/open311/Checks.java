package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one Open311 value or one POSTed request, in the order found. */
final class Checks {

    static final String REQUIRED = "Required";
    static final String NOT_BLANK = "NotBlank";
    static final String LENGTH = "Length";
    static final String RANGE = "Range";
    static final String FORMAT = "Format";
    static final String UNIQUE = "Unique";
    static final String ONE_OF = "OneOf";

    private final ProblemList problems = ProblemList.inOrderFound();

    void add(String path, String rule, String message, @Nullable String shown) {
        problems.add(Problem.of(path, rule, message, shown));
    }

    void add(Problem p) {
        problems.add(p);
    }

    void add(Optional<Problem> p) {
        p.ifPresent(problems::add);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<Problem> list() {
        return problems.list();
    }

    int omitted() {
        return problems.omitted();
    }

    int count() {
        return problems.count();
    }

    /** Checks a text that must be present: not blank, at most {@code max} characters, allowed by the policy. */
    Checks text(String path, String text, TextPolicy policy, int max) {
        Objects.requireNonNull(text, path);
        if (text.isBlank()) {
            add(path, NOT_BLANK, path + " is blank; it must hold text when given", Text.quote(text));
            return this;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            add(path, LENGTH, path + " has " + length + " characters; it has at most " + max, Text.quote(text));
            return this;
        }
        Optional<Problem> refused = policy.check(path, text);
        if (refused.isPresent()) {
            add(refused);
            return this;
        }
        return this;
    }

    /** Checks an optional text. */
    Checks text(String path, Optional<String> text, TextPolicy policy, int max) {
        Objects.requireNonNull(text, path);
        text.ifPresent(t -> text(path, t, policy, max));
        return this;
    }

    /** Checks an optional web link. */
    Checks link(String path, Optional<String> link) {
        Objects.requireNonNull(link, path);
        link.ifPresent(l -> add(LinkPolicy.WEB.check(path, l)));
        return this;
    }

    void throwIfAny(String subject) {
        if (!problems.isEmpty()) {
            throw new Open311Exception(subject, problems.list(), problems.omitted());
        }
    }
}
