package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of lateness rules, shared by their constructors and the file reader: each check returns every problem. */
final class RulesCheck {

    /** The most bands a list may hold. */
    static final int MAX_BANDS = 20;
    /** The most characters of a band's code. */
    static final int MAX_CODE = 40;
    /** The most characters of a name or source. */
    static final int MAX_TEXT = 1000;
    /** The rule of a problem between bands. */
    static final String BANDS = "Bands";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RulesCheck() {
    }

    static List<Problem> band(String code, int from, int to, BigDecimal deduction, String at) {
        List<Problem> problems = new ArrayList<>();
        code(code, at, problems);
        if (from < 1) {
            problems.add(Problem.of(Fields.where(at, "from"), Fields.RANGE, Fields.where(at, "from") + " is " + from
                    + "; a band starts at minute 1 or later (0 minutes is on time)", String.valueOf(from)));
        }
        order(from, to, at, problems);
        percent(deduction, Fields.where(at, "deduction"), problems);
        return problems;
    }

    static void code(String code, String at, List<Problem> problems) {
        if (code.isBlank()) {
            problems.add(Problem.of(Fields.where(at, "code"), Fields.NOT_BLANK, Fields.where(at, "code") + " is blank; it must be a non-empty name", null));
        } else if (code.length() > MAX_CODE) {
            problems.add(Problem.of(Fields.where(at, "code"), Fields.RANGE, Fields.where(at, "code") + " " + Text.quote(code)
                    + " has " + code.length() + " characters; a code has at most " + MAX_CODE, Text.quote(code)));
        } else {
            TextPolicy.NAME.check(Fields.where(at, "code"), code).ifPresent(problems::add);
        }
    }

    static void order(int from, int to, String at, List<Problem> problems) {
        if (to < from) {
            problems.add(Problem.of(Fields.where(at, "to"), Fields.RANGE, Fields.where(at, "to") + " is " + to
                    + ", before from " + from + "; a band ends at or after its start", String.valueOf(to)));
        }
    }

    static void percent(BigDecimal p, String at, List<Problem> problems) {
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            problems.add(Problem.of(at, Fields.RANGE, at + " is " + p.toPlainString() + "; a deduction is a percentage 0 to 100",
                    Text.clean(p.toPlainString())));
        }
    }

    static BigDecimal plain(BigDecimal d) {
        BigDecimal p = d.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** Checks a list of bands as a whole: present, not too many, following on, last open. */
    static void list(List<Band> bands, String at, List<Problem> problems) {
        if (bands.isEmpty()) {
            problems.add(Problem.of(at, BANDS, at + " has no band; give at least one, the last open (without \"to\")", null));
            return;
        }
        if (bands.size() > MAX_BANDS) {
            problems.add(Problem.of(at, BANDS, at + " has " + bands.size() + " bands; at most " + MAX_BANDS, null));
            return;
        }
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String where = at + "[" + i + "]";
            if (i > 0) {
                Band before = bands.get(i - 1);
                if (!before.isOpen() && b.from() != before.to() + 1) {
                    problems.add(Problem.of(Fields.where(where, "from"), BANDS, Fields.where(where, "from") + " is " + b.from()
                            + "; it must follow on from the band before, which ends at " + before.to() + " (so " + (before.to() + 1L) + ")",
                            String.valueOf(b.from())));
                }
            }
            if (b.isOpen() && i < bands.size() - 1) {
                problems.add(Problem.of(where, BANDS, where + " (" + Text.clean(b.code()) + ") is open but is not the last band; "
                        + "only the last band has no \"to\"", null));
            }
            if (!b.isOpen() && i == bands.size() - 1) {
                problems.add(Problem.of(Fields.where(where, "to"), BANDS, Fields.where(where, "to") + " is " + b.to()
                        + "; the last band must be open (leave out \"to\"), so that every lateness has a band", String.valueOf(b.to())));
            }
        }
    }

    /** Checks that no code is used twice across both lists. */
    static void codes(List<Band> late, List<Band> early, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        List<Band> all = new ArrayList<>(late);
        all.addAll(early);
        for (int i = 0; i < all.size(); i++) {
            Band b = all.get(i);
            String where = i < late.size() ? "late[" + i + "]" : "earlyLeave[" + (i - late.size()) + "]";
            if (!seen.add(b.code())) {
                problems.add(Problem.of(Fields.where(where, "code"), BANDS, Fields.where(where, "code") + " " + Text.quote(b.code())
                        + " is used by another band; codes differ", Text.quote(b.code())));
            }
        }
    }
}
