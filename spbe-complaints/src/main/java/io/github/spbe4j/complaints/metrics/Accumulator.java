package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.StageStatus;
import java.util.EnumMap;
import java.util.Map;

/** The running counts of one group: plain arrays, no allocation per complaint. */
final class Accumulator {

    private static final State[] STATES = State.values();
    private static final Stage[] STAGES = Stage.values();
    private static final AgeBucket[] BUCKETS = AgeBucket.values();
    private static final int OUTCOMES = StageStatus.Outcome.values().length;

    private int complaints;
    private final int[] states = new int[STATES.length];
    private final Histogram verification = new Histogram();
    private final Histogram followUp = new Histogram();
    private final int[] sla = new int[STAGES.length * OUTCOMES];
    private int resolved;
    private int notResolved;
    private int automatic;
    private int everClosed;
    private int reopened;
    private final int[] backlog = new int[BUCKETS.length];

    /** Adds one complaint, as {@link ComplaintMetrics} read it. */
    void add(Reading r) {
        complaints++;
        states[r.state.ordinal()]++;
        if (r.verificationDays >= 0) {
            verification.add(r.verificationDays);
        }
        if (r.followUpDays >= 0) {
            followUp.add(r.followUpDays);
        }
        for (int i = 0; i < STAGES.length; i++) {
            if (r.outcomes[i] != null) {
                sla[i * OUTCOMES + r.outcomes[i].ordinal()]++;
            }
        }
        if (r.state == State.CLOSED && r.closeReason != null) {
            switch (r.closeReason) {
                case RESOLVED -> resolved++;
                case NOT_RESOLVED -> notResolved++;
                case AUTOMATIC -> automatic++;
            }
        }
        if (r.everClosed) {
            everClosed++;
        }
        if (r.reopened) {
            reopened++;
        }
        if (r.ageBucket != null) {
            backlog[r.ageBucket.ordinal()]++;
        }
    }

    int size() {
        return complaints;
    }

    Figures figures() {
        Map<State, Integer> byState = new EnumMap<>(State.class);
        for (State s : STATES) {
            byState.put(s, states[s.ordinal()]);
        }
        Map<Stage, StageFigures> byStage = new EnumMap<>(Stage.class);
        for (int i = 0; i < STAGES.length; i++) {
            int b = i * OUTCOMES;
            byStage.put(STAGES[i], new StageFigures(sla[b + StageStatus.Outcome.MET.ordinal()],
                    sla[b + StageStatus.Outcome.MET_LATE.ordinal()], sla[b + StageStatus.Outcome.OVERDUE.ordinal()],
                    sla[b + StageStatus.Outcome.RUNNING.ordinal()], sla[b + StageStatus.Outcome.PAUSED.ordinal()]));
        }
        Map<AgeBucket, Integer> byAge = new EnumMap<>(AgeBucket.class);
        for (AgeBucket a : BUCKETS) {
            byAge.put(a, backlog[a.ordinal()]);
        }
        return new Figures(complaints, byState, verification.durations(), followUp.durations(), byStage, resolved, notResolved,
                automatic, everClosed, reopened, byAge);
    }

    /** What one complaint contributes; reused from one complaint to the next. */
    static final class Reading {
        State state = State.SUBMITTED;
        int verificationDays = -1;
        int followUpDays = -1;
        final StageStatus.@org.jspecify.annotations.Nullable Outcome[] outcomes = new StageStatus.Outcome[STAGES.length];
        @org.jspecify.annotations.Nullable CloseReason closeReason;
        boolean everClosed;
        boolean reopened;
        @org.jspecify.annotations.Nullable AgeBucket ageBucket;
        @org.jspecify.annotations.Nullable String agency;

        void clear() {
            state = State.SUBMITTED;
            verificationDays = -1;
            followUpDays = -1;
            java.util.Arrays.fill(outcomes, null);
            closeReason = null;
            everClosed = false;
            reopened = false;
            ageBucket = null;
            agency = null;
        }
    }
}
