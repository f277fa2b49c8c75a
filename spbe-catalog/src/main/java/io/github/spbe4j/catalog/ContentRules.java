package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a service concept and a public service share, each adding its problems to a {@link Checks}. */
final class ContentRules {

    private ContentRules() {
    }

    static void requirements(List<Requirement> requirements, List<Channel> channels, Checks checks) {
        for (String d : Checks.duplicates(requirements, Requirement::id)) {
            checks.add("requirements", Checks.UNIQUE, "requirement id " + Text.clean(d) + " is used more than once", Text.quote(d));
        }
        Set<String> own = new HashSet<>();
        requirements.forEach(r -> own.add(r.id()));
        for (int i = 0; i < channels.size(); i++) {
            Channel c = channels.get(i);
            for (Requirement r : c.requirements()) {
                if (own.contains(r.id())) {
                    checks.add("channels[" + i + "].requirements", Checks.UNIQUE, "channel " + c.kind() + " requirement "
                            + Text.clean(r.id()) + " has the id of one of the service's requirements", Text.quote(r.id()));
                }
            }
        }
        Map<String, Document> documents = new HashMap<>();
        checkDocuments(requirements, "requirements", documents, checks);
        for (int i = 0; i < channels.size(); i++) {
            checkDocuments(channels.get(i).requirements(), "channels[" + i + "].requirements", documents, checks);
        }
    }

    private static void checkDocuments(List<Requirement> requirements, String path, Map<String, Document> seen, Checks checks) {
        for (int i = 0; i < requirements.size(); i++) {
            for (Document d : requirements.get(i).documents()) {
                Document earlier = seen.putIfAbsent(d.id(), d);
                if (earlier != null && !earlier.equals(d)) {
                    checks.add(path + "[" + i + "].documents", "SameDocument", "document id " + Text.clean(d.id()) + " names two different documents ("
                            + Text.quote(earlier.title()) + " and " + Text.quote(d.title()) + "); the same id must mean the same document",
                            Text.quote(d.id()));
                }
            }
        }
    }

    static void lifeEvents(List<LifeEvent> events, Checks checks) {
        for (String d : Checks.duplicates(events, LifeEvent::id)) {
            checks.add("lifeEvents", Checks.UNIQUE, "life event " + Text.clean(d) + " is listed more than once", Text.quote(d));
        }
    }
}
