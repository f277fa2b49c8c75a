package io.github.spbe4j.complaints.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SP4N-LAPOR! flow written a second time, independently of {@link TransitionTable}, as the text a
 * reader checks against docs/complaints.md; the tests compare the library with it.
 */
final class Oracle {

    /** from, action, to, roles: one transition a line. */
    static final String TABLE = """
            submitted      verify          verified       admin
            submitted      archive         archived       admin
            submitted      postpone        postponed      admin
            submitted      mark-duplicate  duplicate      admin
            submitted      split           split          admin
            postponed      verify          verified       admin
            postponed      archive         archived       admin
            postponed      mark-duplicate  duplicate      admin
            postponed      split           split          admin
            verified       dispose         dispositioned  admin
            verified       archive         archived       admin
            verified       mark-duplicate  duplicate      admin
            verified       split           split          admin
            dispositioned  dispose         dispositioned  admin,liaison
            dispositioned  reroute         verified       liaison
            dispositioned  start           in-progress    liaison
            dispositioned  follow-up       followed-up    liaison
            in-progress    follow-up       followed-up    liaison
            followed-up    follow-up       followed-up    liaison
            followed-up    respond         responded      citizen
            followed-up    close           closed         citizen,admin,system
            responded      follow-up       followed-up    liaison
            responded      dispose         dispositioned  admin
            responded      close           closed         citizen,admin
            closed         reopen          dispositioned  citizen,admin
            """;

    static final Duration REOPEN_WINDOW = Duration.ofDays(14);

    record Row(String from, String action, String to, Set<String> roles) {
    }

    static final Map<String, Row> ROWS = parse();

    private static Map<String, Row> parse() {
        Map<String, Row> rows = new HashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            rows.put(f[0] + " " + f[1], new Row(f[0], f[1], f[2], Set.of(f[3].split(","))));
        }
        return Map.copyOf(rows);
    }

    static Row row(String from, String action) {
        return ROWS.get(from + " " + action);
    }

    static boolean allows(String from, String action, String role) {
        Row r = row(from, action);
        return r != null && r.roles().contains(role);
    }

    /** The actions a role may take in a state, in the order the library lists actions (Action's declaration order). */
    static List<String> allowed(String state, String role) {
        List<String> order = Arrays.stream(Action.values()).map(Action::id).toList();
        return ROWS.values().stream().filter(r -> r.from().equals(state) && r.roles().contains(role)).map(Row::action)
                .sorted(Comparator.comparingInt(order::indexOf)).collect(Collectors.toList());
    }

    static String refusal(String state, String action, String role) {
        List<String> allowed = allowed(state, role);
        return "cannot " + action + " a complaint that is " + state + "; allowed now for " + role + ": "
                + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed));
    }

    /** A path of steps from submitted to each state, written by hand. */
    static final Map<String, List<String>> PATHS = Map.ofEntries(
            Map.entry("submitted", List.of()),
            Map.entry("verified", List.of("verify")),
            Map.entry("archived", List.of("archive")),
            Map.entry("postponed", List.of("postpone")),
            Map.entry("dispositioned", List.of("verify", "dispose")),
            Map.entry("in-progress", List.of("verify", "dispose", "start")),
            Map.entry("followed-up", List.of("verify", "dispose", "follow-up")),
            Map.entry("responded", List.of("verify", "dispose", "follow-up", "respond")),
            Map.entry("closed", List.of("verify", "dispose", "follow-up", "close")),
            Map.entry("duplicate", List.of("mark-duplicate")),
            Map.entry("split", List.of("split")));

    static final Instant T0 = Instant.parse("2026-03-17T02:15:00Z");

    /** Walks a path with the first role the oracle allows, one hour a step; closes as resolved by the citizen. */
    static Lifecycle reach(TransitionTable table, String state) {
        Lifecycle l = Lifecycle.submitted(table, T0);
        Instant at = T0;
        String current = "submitted";
        for (String action : PATHS.get(state)) {
            at = at.plus(Duration.ofHours(1));
            Row r = row(current, action);
            String role = r.roles().contains("citizen") ? "citizen" : r.roles().iterator().next();
            Step step = action.equals("close")
                    ? Step.close(CloseReason.RESOLVED, Role.ofId(role), "Siti", at)
                    : Step.of(Action.ofId(action), Role.ofId(role), "Siti", at).withTargets(targets(action)).withNote("alasan");
            l = ((Transition.Applied) l.apply(step)).lifecycle();
            current = r.to();
        }
        return l;
    }

    /** What an action must name, written independently of Lifecycle: one agency, one original, two or more parts. */
    static List<String> targets(String action) {
        return switch (action) {
            case "dispose" -> List.of("Dinas PU");
            case "mark-duplicate" -> List.of("LPR-0");
            case "split" -> List.of("LPR-2", "LPR-3");
            default -> List.of();
        };
    }

    /** Tells whether targets fit an action: dispose and mark-duplicate exactly one, split 2 to 50 distinct, others none. */
    static boolean targetsFit(String action, List<String> targets) {
        boolean distinct = targets.stream().distinct().count() == targets.size();
        return switch (action) {
            case "dispose", "mark-duplicate" -> targets.size() == 1;
            case "split" -> targets.size() >= 2 && targets.size() <= 50 && distinct;
            default -> targets.isEmpty();
        };
    }

    private Oracle() {
    }
}
