package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The problems an {@link InvalidComplaintException} carries, for tests that check each one. */
final class Problems {

    private Problems() {
    }

    /** Runs what must be refused and returns every problem it names. */
    static List<Problem> of(ThrowingCallable refused) {
        List<Problem> out = new ArrayList<>();
        assertThatThrownBy(refused).isInstanceOfSatisfying(InvalidComplaintException.class, e -> out.addAll(e.problems()));
        return out;
    }

    /** Runs what must be refused for exactly one problem and returns it. */
    static Problem one(ThrowingCallable refused) {
        List<Problem> all = of(refused);
        org.assertj.core.api.Assertions.assertThat(all).hasSize(1);
        return all.get(0);
    }
}
