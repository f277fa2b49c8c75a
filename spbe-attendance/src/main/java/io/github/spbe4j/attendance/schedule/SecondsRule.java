package io.github.spbe4j.attendance.schedule;

/**
 * How the seconds of a scan count when minutes of lateness or early leave are counted: a rule of each
 * agency's lateness rules.
 *
 * @since 0.1.0
 */
public enum SecondsRule {

    /**
     * Only full minutes count: with a 07:30 start, a scan at 07:30:59 is on time and one at 07:31:00
     * is one minute late; leaving at 15:59:01 before a 16:00 end is on time.
     */
    FULL_MINUTES("full-minutes"),

    /**
     * Any part of a minute counts as a minute: with a 07:30 start, a scan at 07:30:01 is one minute
     * late; leaving at 15:59:59 before a 16:00 end is one minute early.
     */
    ANY_SECOND("any-second");

    private final String id;

    SecondsRule(String id) {
        this.id = id;
    }

    /**
     * Returns the rule's name in the JSON form.
     *
     * @return {@code full-minutes} or {@code any-second}
     */
    public String id() {
        return id;
    }

    long minutes(long seconds, int nanos) {
        long minutes = seconds / 60;
        boolean part = seconds % 60 != 0 || nanos != 0;
        return this == ANY_SECOND && part ? minutes + 1 : minutes;
    }
}
