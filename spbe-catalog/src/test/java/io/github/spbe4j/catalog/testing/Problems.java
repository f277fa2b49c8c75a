package io.github.spbe4j.catalog.testing;

import io.github.spbe4j.core.Problem;
import java.util.List;

/** Text forms of problems, for assertions on what messages say. */
public final class Problems {

    private Problems() {
    }

    /** Returns the text forms of problems, as exception messages show them. */
    public static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
