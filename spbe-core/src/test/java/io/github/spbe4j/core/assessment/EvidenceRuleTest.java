package io.github.spbe4j.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.testing.Checks;
import io.github.spbe4j.core.testing.Oracle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The evidence rule: the highest level L whose required items, and those of all levels below, are accepted. */
class EvidenceRuleTest {

    /** Item kinds per slot: none, or (accepted | revision) × (required | optional). */
    private static final int KINDS = 5;

    private static List<EvidenceItem> items(int[] slots, int slotsPerLevel) {
        List<EvidenceItem> items = new ArrayList<>();
        for (int s = 0; s < slots.length; s++) {
            int kind = slots[s];
            if (kind == 0) {
                continue;
            }
            int level = 1 + s / slotsPerLevel;
            EvidenceStatus status = kind <= 2 ? EvidenceStatus.ACCEPTED : EvidenceStatus.REVISION;
            boolean required = kind % 2 == 1;
            items.add(new EvidenceItem(level, "item " + s, status, required, Optional.empty()));
        }
        return items;
    }

    @Test
    void evaluate_everyCombinationOfTwoItemsPerLevelUpToLevelThree_matchesTheRuleAsStated() {
        // 5^6 = 15625 combinations: levels 1..3, two item slots per level, each empty or one of four kinds
        int slotsPerLevel = 2;
        int levels = 3;
        int[] slots = new int[levels * slotsPerLevel];
        Checks checks = new Checks();
        int[] outcomes = new int[levels + 1];
        Random shuffle = new Random(3);
        for (int combo = 0; combo < Math.pow(KINDS, slots.length); combo++) {
            int c = combo;
            for (int s = 0; s < slots.length; s++) {
                slots[s] = c % KINDS;
                c /= KINDS;
            }
            List<EvidenceItem> items = items(slots, slotsPerLevel);
            int expected = Oracle.evidenceLevel(items, levels);
            outcomes[expected]++;
            EvidenceOutcome outcome = EvidenceRule.evaluate(items, levels);
            int actual = outcome instanceof EvidenceOutcome.Indicated i ? i.level() : 0;
            checks.equal(actual, expected, () -> "items " + items);
            // the order of the items does not change the level (only which blocking item the reason names)
            List<EvidenceItem> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, shuffle);
            EvidenceOutcome again = EvidenceRule.evaluate(shuffled, levels);
            checks.equal(again instanceof EvidenceOutcome.Indicated i ? i.level() : 0, expected, () -> "shuffled " + shuffled);
            // a higher maximum never lowers the level; items above the maximum are ignored
            EvidenceOutcome capped = EvidenceRule.evaluate(items, 2);
            int cappedLevel = capped instanceof EvidenceOutcome.Indicated i ? i.level() : 0;
            checks.equal(cappedLevel, Math.min(expected, 2), () -> "max 2, items " + items);
        }
        checks.assertAll();
        // the enumeration reaches every outcome
        assertThat(outcomes).doesNotContain(0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EvidenceStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void evaluate_requiredItemNotAccepted_blocksItsLevelAndAllAbove(EvidenceStatus status) {
        List<EvidenceItem> items = List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED), EvidenceItem.of(2, "SOP", status),
                EvidenceItem.of(2, "Notulen", EvidenceStatus.ACCEPTED), EvidenceItem.of(3, "Laporan", EvidenceStatus.ACCEPTED));
        assertThat(EvidenceRule.evaluate(items, 5)).isEqualTo(new EvidenceOutcome.Indicated(1));
        List<EvidenceItem> atOne = List.of(EvidenceItem.of(1, "SK", status), EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED));
        assertThat(EvidenceRule.evaluate(atOne, 5))
                .isEqualTo(new EvidenceOutcome.NotYetIndicated("level 1 item 'SK' is " + status.id()));
    }

    @Test
    void evaluate_optionalItemNotAccepted_neverHoldsALevelBack() {
        List<EvidenceItem> items = List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED),
                new EvidenceItem(1, "Foto", EvidenceStatus.MISSING, false, Optional.empty()),
                EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED));
        assertThat(EvidenceRule.evaluate(items, 5)).isEqualTo(new EvidenceOutcome.Indicated(2));
    }

    @Test
    void evaluate_levelWithOnlyOptionalItems_stopsTheClimb() {
        List<EvidenceItem> items = List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED),
                new EvidenceItem(2, "Foto", EvidenceStatus.ACCEPTED, false, Optional.empty()),
                EvidenceItem.of(3, "Laporan", EvidenceStatus.ACCEPTED));
        assertThat(EvidenceRule.evaluate(items, 5)).isEqualTo(new EvidenceOutcome.Indicated(1));
    }

    @Test
    void evaluate_noItems_isNotYetIndicatedForWantOfLevelOne() {
        assertThat(EvidenceRule.evaluate(List.of(), 5))
                .isEqualTo(new EvidenceOutcome.NotYetIndicated("no required evidence item for level 1"));
    }

    @Test
    void evaluate_everyLevelAccepted_reachesTheMaximumAndIgnoresItemsAboveIt() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            items.add(EvidenceItem.of(level, "L" + level, EvidenceStatus.ACCEPTED));
        }
        items.add(EvidenceItem.of(7, "L7", EvidenceStatus.MISSING));
        assertThat(EvidenceRule.evaluate(items, 5)).isEqualTo(new EvidenceOutcome.Indicated(5));
    }

    @Test
    void constructors_invalidLevels_areRejected() {
        assertThatThrownBy(() -> EvidenceItem.of(0, "SK", EvidenceStatus.ACCEPTED)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("level 0");
        assertThatThrownBy(() -> new EvidenceOutcome.Indicated(0)).isInstanceOf(SpbeException.class);
    }

    @Test
    void ids_statusesAndStages_roundTripThroughTheirJsonIds() {
        for (EvidenceStatus s : EvidenceStatus.values()) {
            assertThat(EvidenceStatus.fromId(s.id())).contains(s);
        }
        for (Stage s : Stage.values()) {
            assertThat(Stage.fromId(s.id())).contains(s);
        }
        assertThat(EvidenceStatus.IN_REVIEW.id()).isEqualTo("in-review");
        assertThat(Stage.DOCUMENT_REVIEW.id()).isEqualTo("document-review");
        assertThat(EvidenceStatus.fromId("IN_REVIEW")).isEmpty();
        assertThat(Stage.fromId("final ")).isEmpty();
    }
}
