package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTreeTest {

    private static final TopicTree TREE = TopicTree.of(List.of(
            Topic.under("infrastruktur.jalan", "infrastruktur.jalan.lubang", "Jalan berlubang"),
            Topic.root("infrastruktur", "Infrastruktur"),
            Topic.under("infrastruktur", "infrastruktur.jalan", "Jalan rusak"),
            Topic.under("infrastruktur", "infrastruktur.lampu", "Lampu jalan"),
            Topic.root("kesehatan", "Kesehatan")));

    @Test
    void of_childrenBeforeParents_keepsTheOrderGiven() {
        assertThat(TREE.size()).isEqualTo(5);
        assertThat(TREE.topics()).extracting(Topic::code).containsExactly("infrastruktur.jalan.lubang", "infrastruktur",
                "infrastruktur.jalan", "infrastruktur.lampu", "kesehatan");
        assertThat(TREE.topic("infrastruktur.lampu")).map(Topic::name).contains("Lampu jalan");
        assertThat(TREE.topic("pendidikan")).isEmpty();
        assertThat(TopicTree.empty().size()).isZero();
    }

    @Test
    void path_runsFromTheTopDownToTheTopic() {
        assertThat(TREE.path("infrastruktur.jalan.lubang")).extracting(Topic::code)
                .containsExactly("infrastruktur", "infrastruktur.jalan", "infrastruktur.jalan.lubang");
        assertThat(TREE.path("kesehatan")).extracting(Topic::code).containsExactly("kesehatan");
        assertThat(TREE.path("pendidikan")).isEmpty();
    }

    @Test
    void isWithin_holdsForTheTopicItselfAndItsAncestorsOnly() {
        assertThat(TREE.isWithin("infrastruktur.jalan.lubang", "infrastruktur")).isTrue();
        assertThat(TREE.isWithin("infrastruktur.jalan.lubang", "infrastruktur.jalan.lubang")).isTrue();
        assertThat(TREE.isWithin("infrastruktur.jalan", "infrastruktur.jalan.lubang")).isFalse();
        assertThat(TREE.isWithin("infrastruktur.lampu", "infrastruktur.jalan")).isFalse();
        assertThat(TREE.isWithin("kesehatan", "infrastruktur")).isFalse();
        assertThat(TREE.isWithin("pendidikan", "pendidikan")).isFalse();
    }

    @Test
    void children_areTheTopicsDirectlyBelow() {
        assertThat(TREE.children("infrastruktur")).extracting(Topic::code).containsExactly("infrastruktur.jalan", "infrastruktur.lampu");
        assertThat(TREE.children("infrastruktur.jalan.lubang")).isEmpty();
        assertThat(TREE.children("pendidikan")).isEmpty();
    }

    @Test
    void equals_sameTopicsInTheSameOrder_isEqual() {
        TopicTree same = TopicTree.of(TREE.topics());
        assertThat(same).isEqualTo(TREE).hasSameHashCodeAs(TREE);
        List<Topic> reversed = new ArrayList<>(TREE.topics());
        Collections.reverse(reversed);
        assertThat(TopicTree.of(reversed)).isNotEqualTo(TREE);
    }

    @Test
    void of_repeatedCode_isRefusedNamingBothPlaces() {
        Problem p = Problems.one(() -> TopicTree.of(List.of(Topic.root("a", "A"), Topic.root("b", "B"), Topic.root("a", "A lagi"))));
        assertThat(p.path()).isEqualTo("topics[2].code");
        assertThat(p.rule()).isEqualTo(TopicTree.RULE);
        assertThat(p.message()).isEqualTo("topic code \"a\" is used twice: topics[0] and topics[2]");
    }

    @Test
    void of_missingParent_isRefused() {
        Problem p = Problems.one(() -> TopicTree.of(List.of(Topic.root("a", "A"), Topic.under("x", "b", "B"))));
        assertThat(p.path()).isEqualTo("topics[1].parent");
        assertThat(p.message()).isEqualTo("topic \"b\" names parent \"x\", which is not in the tree");
    }

    @Test
    void of_cycle_isRefusedForEveryTopicInOrBelowIt() {
        List<Problem> problems = Problems.of(() -> TopicTree.of(List.of(Topic.under("b", "a", "A"), Topic.under("a", "b", "B"),
                Topic.under("a", "c", "C"), Topic.root("d", "D"), Topic.under("e", "e", "E"))));
        assertThat(problems).extracting(Problem::path).containsExactly("topics[0].parent", "topics[1].parent", "topics[2].parent",
                "topics[4].parent");
        assertThat(problems.get(0).message()).isEqualTo("topic \"a\" lies in or below a cycle: following its parents never reaches the"
                + " top of the tree");
        assertThat(problems.get(2).message()).startsWith("topic \"c\" lies in or below a cycle");
    }

    @Test
    void of_depthTen_isAccepted_andElevenRefused() {
        TopicTree ten = TopicTree.of(chain(10));
        assertThat(ten.path("t9")).hasSize(10);
        Problem p = Problems.one(() -> TopicTree.of(chain(11)));
        assertThat(p.path()).isEqualTo("topics[10].parent");
        assertThat(p.message()).isEqualTo("topic \"t10\" is 11 levels deep; a tree has at most 10");
        assertThat(p.rejectedValue()).contains("11");
    }

    @Test
    void of_chainOfTenThousandListedBottomUp_isRefusedWithoutStackOverflow() {
        List<Topic> chain = chain(TopicTree.MAX_TOPICS);
        Collections.reverse(chain);
        assertThatThrownBy(() -> TopicTree.of(chain)).isInstanceOfSatisfying(InvalidComplaintException.class, e -> {
            assertThat(e.problems()).hasSize(100);
            assertThat(e.problems().size() + e.omitted()).isEqualTo(TopicTree.MAX_TOPICS - TopicTree.MAX_DEPTH);
            assertThat(e.problems().get(0).message()).isEqualTo("topic \"t9999\" is 10000 levels deep; a tree has at most 10");
        });
    }

    @Test
    void of_tenThousandTopicsInACycle_isRefusedWithoutStackOverflow() {
        List<Topic> ring = new ArrayList<>();
        for (int i = 0; i < TopicTree.MAX_TOPICS; i++) {
            ring.add(Topic.under("t" + (i + 1) % TopicTree.MAX_TOPICS, "t" + i, "T"));
        }
        assertThatThrownBy(() -> TopicTree.of(ring)).isInstanceOfSatisfying(InvalidComplaintException.class,
                e -> assertThat(e.problems().size() + e.omitted()).isEqualTo(TopicTree.MAX_TOPICS));
    }

    @Test
    void of_moreThanTheMostTopics_isRefusedBeforeLookingAtThem() {
        List<Topic> many = new ArrayList<>(Collections.nCopies(TopicTree.MAX_TOPICS + 1, Topic.root("a", "A")));
        Problem p = Problems.one(() -> TopicTree.of(many));
        assertThat(p.message()).isEqualTo("a topic tree has at most 10000 topics; this one has 10001");
    }

    @Test
    void topic_malformedCodeNameAndParent_namesEveryProblem() {
        List<Problem> problems = Problems.of(() -> Topic.under("ü", "jalan rusak", "Jalan\u200b"));
        assertThat(problems).extracting(Problem::path).containsExactly("code", "name", "parent");
        assertThat(problems.get(0).message()).isEqualTo("topic code \"jalan rusak\" must be 1 to 64 ASCII letters, digits, - _ or .");
        assertThat(problems.get(1).message()).contains("invisible character U+200B");
        assertThat(Problems.one(() -> Topic.root("a".repeat(65), "A")).rule()).isEqualTo(Topic.CODE_RULE);
        assertThat(Problems.one(() -> Topic.root("a", " ")).rule()).isEqualTo("Required");
        assertThat(Topic.root("a".repeat(64), "A").code()).hasSize(64);
    }

    /** t0 at the top, each next one under the one before. */
    private static List<Topic> chain(int n) {
        List<Topic> topics = new ArrayList<>();
        topics.add(Topic.root("t0", "T0"));
        for (int i = 1; i < n; i++) {
            topics.add(Topic.under("t" + (i - 1), "t" + i, "T" + i));
        }
        return topics;
    }
}
