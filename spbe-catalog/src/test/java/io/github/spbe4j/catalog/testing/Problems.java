package io.github.spbe4j.catalog.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Text forms of problems, for assertions on what messages say, and the check of a refusal's one problem. */
public final class Problems {

    private Problems() {
    }

    /** Returns the text forms of problems, as exception messages show them. */
    public static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /**
     * Asserts that a call throws an exception of a type whose message is its one problem, with the path
     * and rule given, and returns that problem.
     */
    public static <E extends SpbeException> Problem refused(Class<E> type, ThrowingCallable call, String path, String rule,
            String message) {
        E e = catchThrowableOfType(type, call);
        assertThat(e).as("thrown %s", type.getSimpleName()).isNotNull().hasMessage(message);
        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.path()).as("path").isEqualTo(path);
        assertThat(p.rule()).as("rule").isEqualTo(rule);
        assertThat(p.message()).isEqualTo(message);
        return p;
    }
}
