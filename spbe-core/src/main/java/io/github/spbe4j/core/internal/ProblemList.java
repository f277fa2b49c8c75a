package io.github.spbe4j.core.internal;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The one way spbe4j collects the problems of one check, kept small however bad the input: at most
 * {@link SpbeException#MAX_PROBLEMS} are kept and the rest only counted, so that a file with a million
 * bad fields costs no more memory than one with a hundred. Either the first found are kept
 * ({@link #inOrderFound()}, for checks that run in document order) or the first in document order
 * ({@link #inDocumentOrder()}: by {@link Order#PROBLEMS}, problems at one path in the order found),
 * for checks that visit a document in several passes. Not thread-safe: one per check.
 */
public final class ProblemList {

    /** A problem and when it was found, for a stable order. */
    private record Entry(Problem problem, long seq) {
    }

    private static final Comparator<Entry> DOCUMENT_ORDER = Comparator.comparing((Entry e) -> e.problem(), Order.PROBLEMS)
            .thenComparingLong(Entry::seq);

    private final boolean sorted;
    private final List<Problem> found = new ArrayList<>();
    private final TreeSet<Entry> least = new TreeSet<>(DOCUMENT_ORDER);
    private long seq;
    private int count;

    private ProblemList(boolean sorted) {
        this.sorted = sorted;
    }

    /**
     * Returns an empty list that keeps the first problems found.
     *
     * @return the list
     */
    public static ProblemList inOrderFound() {
        return new ProblemList(false);
    }

    /**
     * Returns an empty list that keeps the first problems in document order, however they are found.
     *
     * @return the list
     */
    public static ProblemList inDocumentOrder() {
        return new ProblemList(true);
    }

    /**
     * Adds a problem: kept if it is among the first, counted in any case.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        count = count == Integer.MAX_VALUE ? count : count + 1;
        if (!sorted) {
            if (found.size() < SpbeException.MAX_PROBLEMS) {
                found.add(problem);
            }
            return;
        }
        Entry e = new Entry(problem, seq++);
        if (least.size() < SpbeException.MAX_PROBLEMS) {
            least.add(e);
        } else if (DOCUMENT_ORDER.compare(e, least.last()) < 0) {
            least.pollLast();
            least.add(e);
        }
    }

    /**
     * Adds the problems of an exception, with those it counted but left out.
     *
     * @param e the exception
     */
    public void addAll(SpbeException e) {
        e.problems().forEach(this::add);
        omit(e.omitted());
    }

    /**
     * Counts problems found elsewhere and left out there, without keeping any.
     *
     * @param more how many
     */
    public void omit(int more) {
        count = (int) Math.min(Integer.MAX_VALUE, (long) count + more);
    }

    /**
     * Tells whether no problem has been found.
     *
     * @return true when none
     */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Returns how many problems were found in all.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the problems kept, at most {@link SpbeException#MAX_PROBLEMS}.
     *
     * @return an unmodifiable list, in the order of this list
     */
    public List<Problem> list() {
        return sorted ? least.stream().map(Entry::problem).toList() : List.copyOf(found);
    }

    /**
     * Returns how many problems were found beyond those kept.
     *
     * @return the count left out
     */
    public int omitted() {
        return count - (sorted ? least.size() : found.size());
    }

    @Override
    public String toString() {
        return "ProblemList[" + count + " found]";
    }
}
