package io.github.spbe4j.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The rules a service concept and a public service share, each adding its problems to a list. */
final class ContentRules {

    private ContentRules() {
    }

    static void id(String id, String what, List<String> problems) {
        if (!Texts.isId(id)) {
            problems.add(what + " is " + Texts.quote(id)
                    + "; an id is 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit");
        }
    }

    static void text(@Nullable String text, String what, boolean required, List<String> problems) {
        if (text == null) {
            if (required) {
                problems.add(what + " is missing");
            }
        } else if (text.isBlank()) {
            problems.add(what + " is blank");
        }
    }

    static void texts(List<String> texts, String what, List<String> problems) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                problems.add(what + "[" + i + "] is blank");
            }
        }
        for (String d : Texts.duplicates(texts, t -> t)) {
            problems.add(what + " lists " + Texts.quote(d) + " more than once");
        }
    }

    static void requirements(List<Requirement> requirements, List<Channel> channels, List<String> problems) {
        for (String d : Texts.duplicates(requirements, Requirement::id)) {
            problems.add("requirement id " + d + " is used more than once");
        }
        for (Channel c : channels) {
            for (Requirement r : c.requirements()) {
                if (requirements.stream().anyMatch(s -> s.id().equals(r.id()))) {
                    problems.add("channel " + c.kind() + " requirement " + r.id() + " has the id of one of the service's requirements");
                }
            }
        }
        Map<String, Evidence> evidence = new HashMap<>();
        checkEvidence(requirements, evidence, problems);
        for (Channel c : channels) {
            checkEvidence(c.requirements(), evidence, problems);
        }
    }

    private static void checkEvidence(List<Requirement> requirements, Map<String, Evidence> seen, List<String> problems) {
        for (Requirement r : requirements) {
            for (Evidence e : r.evidence()) {
                Evidence earlier = seen.putIfAbsent(e.id(), e);
                if (earlier != null && !earlier.equals(e)) {
                    problems.add("evidence id " + e.id() + " names two different evidence (" + Texts.quote(earlier.title())
                            + " and " + Texts.quote(e.title()) + "); the same id must mean the same evidence");
                }
            }
        }
    }

    static void lifeEvents(List<LifeEvent> events, List<String> problems) {
        for (String d : Texts.duplicates(events, LifeEvent::id)) {
            problems.add("life event " + d + " is listed more than once");
        }
    }
}
