package io.github.spbe4j.complaints;

/**
 * The two independent privacy flags of a complaint, as SP4N-LAPOR! has them: <em>Anonim</em> (the
 * report is public, its reporter's identity and contact are hidden) and <em>Rahasia</em> (the report
 * is not public at all). Either may be set by the reporter or forced by an administrator.
 *
 * <p>Confidential wins: a complaint that is both is not public, so {@link #publicReport()} is false and
 * so is {@link #showsReporter()}.
 *
 * @param anonymous Anonim: the report may be public, its reporter is hidden
 * @param confidential Rahasia: the report is not public
 * @since 0.1.0
 */
public record Privacy(boolean anonymous, boolean confidential) {

    /** Neither flag: the report and its reporter's name are public. */
    public static final Privacy OPEN = new Privacy(false, false);

    /**
     * Returns the flags.
     *
     * @param anonymous Anonim
     * @param confidential Rahasia
     * @return the flags
     */
    public static Privacy of(boolean anonymous, boolean confidential) {
        return new Privacy(anonymous, confidential);
    }

    /**
     * Tells whether the report may appear on a public portal at all.
     *
     * @return false when Rahasia is set
     */
    public boolean publicReport() {
        return !confidential;
    }

    /**
     * Tells whether a public portal may show who reported: only when neither flag is set.
     *
     * @return true for {@link #OPEN}
     */
    public boolean showsReporter() {
        return !anonymous && !confidential;
    }

    /**
     * Returns these flags with Anonim set or cleared.
     *
     * @param value the new Anonim flag
     * @return the flags
     */
    public Privacy withAnonymous(boolean value) {
        return new Privacy(value, confidential);
    }

    /**
     * Returns these flags with Rahasia set or cleared.
     *
     * @param value the new Rahasia flag
     * @return the flags
     */
    public Privacy withConfidential(boolean value) {
        return new Privacy(anonymous, value);
    }

    /**
     * Names the flags in words, as messages show them.
     *
     * @return {@code "open"}, {@code "Anonim"}, {@code "Rahasia"} or {@code "Anonim and Rahasia"}
     */
    public String describe() {
        if (anonymous && confidential) {
            return "Anonim and Rahasia";
        }
        return anonymous ? "Anonim" : confidential ? "Rahasia" : "open";
    }
}
