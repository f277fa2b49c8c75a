package io.github.spbe4j.core.assessment;

import io.github.spbe4j.core.internal.Text;

import java.util.List;
import java.util.Objects;

/**
 * The evidence rule of the 2026 Indeks Pemdi, usable by any framework: an indicator's value is the
 * highest level L such that every required evidence item of levels 1..L is accepted, contiguous from
 * level 1.
 *
 * <p>A level with no required item at all proves nothing and stops the climb (the evaluation portal
 * refuses higher-level items until the lower levels are accepted). Items for levels above the
 * scale's maximum are ignored by the rule; {@link io.github.spbe4j.core.scoring.Scorer} reports
 * them as errors. When level 1 is not proven the outcome is {@link EvidenceOutcome.NotYetIndicated}.
 *
 * @since 0.1.0
 */
public final class EvidenceRule {

    private EvidenceRule() {
    }

    /**
     * Applies the rule.
     *
     * @param items the evidence items of one indicator
     * @param maxLevel the highest level of the scale
     * @return the level proven, or not yet indicated
     */
    public static EvidenceOutcome evaluate(List<EvidenceItem> items, int maxLevel) {
        Objects.requireNonNull(items, "items");
        int reached = 0;
        String reason = "no required evidence item for level 1";
        for (int level = 1; level <= maxLevel; level++) {
            boolean any = false;
            String blocking = null;
            for (EvidenceItem item : items) {
                if (item.level() == level && item.required()) {
                    any = true;
                    if (item.status() != EvidenceStatus.ACCEPTED && blocking == null) {
                        blocking = "level " + level + " item '" + Text.clean(item.title()) + "' is " + item.status().id();
                    }
                }
            }
            if (!any) {
                reason = "no required evidence item for level " + level;
                break;
            }
            if (blocking != null) {
                reason = blocking;
                break;
            }
            reached = level;
        }
        return reached == 0 ? new EvidenceOutcome.NotYetIndicated(reason) : new EvidenceOutcome.Indicated(reached);
    }
}
