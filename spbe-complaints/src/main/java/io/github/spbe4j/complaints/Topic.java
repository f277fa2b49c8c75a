package io.github.spbe4j.complaints;

import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * One topic (kategori) of a {@link TopicTree}: a code, a name and the code of its parent topic, if any.
 *
 * @param code the code: 1 to 64 ASCII letters, digits, {@code - _ .}, e.g. {@code infrastruktur.jalan}
 * @param name the name shown to people (text policy NAME, 1 to 200 characters), e.g. {@code Jalan rusak}
 * @param parent the code of the parent topic; empty for a topic at the top of the tree
 * @param tier the tier of the deadline for settling its complaints, as a standar pelayanan sets it;
 *     empty to take the parent's (see {@link TopicTree#tier(String)})
 * @since 0.1.0
 */
public record Topic(String code, String name, Optional<String> parent, Optional<Tier> tier) {

    /** The rule of a problem about a malformed topic code. */
    public static final String CODE_RULE = "TopicCode";

    /** The longest code, in characters. */
    public static final int MAX_CODE = 64;

    /**
     * Checks the code, the name and the parent's code.
     *
     * @param code the code
     * @param name the name
     * @param parent the parent's code, or empty
     * @param tier the tier, or empty
     * @throws InvalidComplaintException naming every problem
     */
    public Topic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(tier, "tier");
        ProblemList problems = ProblemList.inOrderFound();
        code(problems, "code", code);
        Rules.text(problems, "name", name, TextPolicy.NAME, 1, 200);
        parent.ifPresent(p -> code(problems, "parent", p));
        Rules.throwIfAny(problems, "topic");
    }

    /**
     * Returns a topic at the top of the tree.
     *
     * @param code the code
     * @param name the name
     * @return the topic
     */
    public static Topic root(String code, String name) {
        return new Topic(code, name, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a topic under another.
     *
     * @param code the code
     * @param name the name
     * @param parent the parent's code
     * @return the topic
     */
    public static Topic under(String parent, String code, String name) {
        return new Topic(code, name, Optional.of(parent), Optional.empty());
    }

    /**
     * Returns this topic with the tier of its complaints' settlement deadline.
     *
     * @param value the tier, e.g. {@link Tier#NORMATIVE} (5 working days)
     * @return the topic
     */
    public Topic withTier(Tier value) {
        return new Topic(code, name, parent, Optional.of(value));
    }

    /**
     * Tells whether a text is a well-formed topic code.
     *
     * @param code the text
     * @return true when a topic may have it as its code
     */
    public static boolean wellFormed(String code) {
        if (code.isEmpty() || code.length() > MAX_CODE) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static void code(ProblemList problems, String path, String code) {
        if (!wellFormed(code)) {
            String shown = Text.quote(code);
            problems.add(Problem.of(path, CODE_RULE, "topic code " + shown + " must be 1 to " + MAX_CODE
                    + " ASCII letters, digits, - _ or .", shown));
        }
    }
}
