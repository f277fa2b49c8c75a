package io.github.spbe4j.complaints;

import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hierarchical topics (kategori) a city sorts complaints by, as data: each topic names its parent,
 * so {@code infrastruktur} may hold {@code infrastruktur.jalan} and that {@code infrastruktur.jalan.lubang}.
 * A tree has unique codes, every parent in it, no cycle, and at most {@value #MAX_DEPTH} levels and
 * {@value #MAX_TOPICS} topics.
 *
 * @since 0.1.0
 */
public final class TopicTree {

    /** The rule of a problem about the shape of the tree. */
    public static final String RULE = "TopicTree";

    /** The most levels, from a top topic down. */
    public static final int MAX_DEPTH = 10;

    /** The most topics in a tree. */
    public static final int MAX_TOPICS = 10_000;

    private static final TopicTree EMPTY = new TopicTree(Map.of());

    private final Map<String, Topic> topics;
    /** Each topic's tier, its own or its nearest ancestor's, worked out once: {@link #tier} is on the SLA clock's hot path. */
    private final Map<String, Optional<Tier>> tiers;

    private TopicTree(Map<String, Topic> topics) {
        this.topics = topics;
        Map<String, Optional<Tier>> t = new HashMap<>();
        for (String code : topics.keySet()) {
            t.put(code, nearestTier(code));
        }
        this.tiers = Map.copyOf(t);
    }

    /**
     * Returns the tree with no topics.
     *
     * @return the empty tree
     */
    public static TopicTree empty() {
        return EMPTY;
    }

    /**
     * Returns the tree of these topics, parents before or after their children.
     *
     * @param topics the topics
     * @return the tree, its topics in the order given
     * @throws InvalidComplaintException naming every repeated code, missing parent, cycle and topic too deep
     */
    public static TopicTree of(List<Topic> topics) {
        Objects.requireNonNull(topics, "topics");
        ProblemList problems = ProblemList.inDocumentOrder();
        if (topics.size() > MAX_TOPICS) {
            throw new InvalidComplaintException(Problem.of("topics", RULE, "a topic tree has at most " + MAX_TOPICS
                    + " topics; this one has " + topics.size(), String.valueOf(topics.size())));
        }
        Map<String, Topic> byCode = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = Objects.requireNonNull(topics.get(i), "topic");
            Integer before = first.putIfAbsent(t.code(), i);
            if (before != null) {
                problems.add(Problem.of("topics[" + i + "].code", RULE, "topic code " + Text.quote(t.code())
                        + " is used twice: topics[" + before + "] and topics[" + i + "]", Text.quote(t.code())));
            } else {
                byCode.put(t.code(), t);
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            if (!first.get(t.code()).equals(i)) {
                continue;
            }
            Optional<String> parent = t.parent();
            if (parent.isPresent() && !byCode.containsKey(parent.get())) {
                problems.add(Problem.of("topics[" + i + "].parent", RULE, "topic " + Text.quote(t.code()) + " names parent "
                        + Text.quote(parent.get()) + ", which is not in the tree", Text.quote(parent.get())));
                continue;
            }
            int d = depth(t, byCode, depth);
            if (d < 0) {
                problems.add(Problem.of("topics[" + i + "].parent", RULE, "topic " + Text.quote(t.code())
                        + " lies in or below a cycle: following its parents never reaches the top of the tree", Text.quote(t.code())));
            } else if (d > MAX_DEPTH) {
                problems.add(Problem.of("topics[" + i + "].parent", RULE, "topic " + Text.quote(t.code()) + " is " + d
                        + " levels deep; a tree has at most " + MAX_DEPTH, String.valueOf(d)));
            }
        }
        Rules.throwIfAny(problems, "topic tree");
        return new TopicTree(Collections.unmodifiableMap(byCode));
    }

    /** The depth of a topic (1 at the top), -1 inside or below a cycle; memoised, iterative, linear over the tree. */
    private static int depth(Topic topic, Map<String, Topic> byCode, Map<String, Integer> memo) {
        LinkedHashSet<String> walk = new LinkedHashSet<>();
        @Nullable Topic t = topic;
        int base = 0;
        while (t != null) {
            Integer known = memo.get(t.code());
            if (known != null) {
                base = known;
                break;
            }
            if (!walk.add(t.code())) {
                base = -1;
                break;
            }
            t = t.parent().map(byCode::get).orElse(null);
        }
        List<String> codes = new ArrayList<>(walk);
        int d = base;
        for (int i = codes.size() - 1; i >= 0; i--) {
            d = d < 0 ? -1 : d + 1;
            memo.put(codes.get(i), d);
        }
        return memo.get(topic.code());
    }

    /**
     * Returns the topics, in the order given.
     *
     * @return the topics
     */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /**
     * Returns the topic with a code.
     *
     * @param code the code
     * @return the topic, empty when the tree has none with that code
     */
    public Optional<Topic> topic(String code) {
        return Optional.ofNullable(topics.get(code));
    }

    /**
     * Returns the path from the top of the tree down to a topic.
     *
     * @param code the code of the topic
     * @return the topics, top first and the topic itself last; empty when the tree has no such topic
     */
    public List<Topic> path(String code) {
        List<Topic> path = new ArrayList<>();
        @Nullable Topic t = topics.get(code);
        while (t != null) {
            path.add(t);
            t = t.parent().map(topics::get).orElse(null);
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * Tells whether a topic is another or lies below it.
     *
     * @param code the code of the topic
     * @param ancestor the code of the possible ancestor
     * @return true when {@code ancestor} is on the topic's path
     */
    public boolean isWithin(String code, String ancestor) {
        return path(code).stream().anyMatch(t -> t.code().equals(ancestor));
    }

    /**
     * Returns the tier of a topic's complaints: its own, else the nearest ancestor's.
     *
     * @param code the code of the topic
     * @return the tier, empty when neither the topic nor an ancestor has one, or the tree has no such topic
     */
    public Optional<Tier> tier(String code) {
        Optional<Tier> tier = tiers.get(code);
        return tier != null ? tier : Optional.empty();
    }

    private Optional<Tier> nearestTier(String code) {
        List<Topic> path = path(code);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).tier().isPresent()) {
                return path.get(i).tier();
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the topics directly below a topic.
     *
     * @param code the code of the topic
     * @return its children, in the order given
     */
    public List<Topic> children(String code) {
        return topics.values().stream().filter(t -> t.parent().filter(code::equals).isPresent()).toList();
    }

    /**
     * Returns the number of topics.
     *
     * @return the size
     */
    public int size() {
        return topics.size();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TopicTree t && List.copyOf(t.topics.values()).equals(List.copyOf(topics.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(topics.values()).hashCode();
    }

    @Override
    public String toString() {
        return "TopicTree" + topics.keySet();
    }
}
