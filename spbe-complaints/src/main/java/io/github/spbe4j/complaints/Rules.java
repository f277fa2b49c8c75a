package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;

/** The checks the complaint's value types share: text by policy and length, links, and throwing them all at once. */
final class Rules {

    static final String LENGTH = "Length";
    static final String REQUIRED = "Required";

    private Rules() {
    }

    /** Checks text against a policy and a length range; blank text counts as empty. */
    static void text(ProblemList problems, String path, String text, TextPolicy policy, int least, int most) {
        var violation = policy.check(path, text);
        if (violation.isPresent()) {
            problems.add(violation.get());
            return;
        }
        int length = text.isBlank() ? 0 : text.length();
        if (length < least || length > most) {
            String shown = Text.quote(text);
            String range = least == 0 ? "at most " + most + " characters" : least == most ? most + " characters"
                    : least + " to " + most + " characters and not blank";
            problems.add(Problem.of(path, least > 0 && length == 0 ? REQUIRED : LENGTH,
                    path + " " + shown + " must be " + range + "; it has " + text.length(), shown));
        }
    }

    /** Checks a web link. */
    static void link(ProblemList problems, String path, String link) {
        LinkPolicy.WEB.check(path, link).ifPresent(problems::add);
    }

    /** Throws every problem found about a subject, if any. */
    static void throwIfAny(ProblemList problems, String subject) {
        if (!problems.isEmpty()) {
            throw new InvalidComplaintException(subject, problems.list(), problems.omitted());
        }
    }
}
