package io.github.spbe4j.catalog;

import io.github.spbe4j.catalog.internal.search.SearchIndex;
import java.util.ArrayList;
import java.util.List;

/** Turns a catalog's services into the documents of its keyword index, with the weight of each field. */
final class SearchDocuments {

    static final int TITLE = 3;
    static final int KEYWORDS = 2;
    static final int CONCEPT = 2;
    static final int OUTPUT = 1;
    static final int DESCRIPTION = 1;

    private SearchDocuments() {
    }

    static List<SearchIndex.Document> of(Catalog catalog) {
        List<PublicService> services = catalog.services();
        List<SearchIndex.Document> documents = new ArrayList<>(services.size());
        for (int i = 0; i < services.size(); i++) {
            PublicService s = services.get(i);
            List<SearchIndex.Field> fields = new ArrayList<>();
            fields.add(new SearchIndex.Field(s.title(), TITLE));
            if (!s.keywords().isEmpty()) {
                fields.add(new SearchIndex.Field(String.join(" ", s.keywords()), KEYWORDS));
            }
            s.concept().flatMap(catalog::concept).map(ServiceConcept::title)
                    .filter(t -> !t.equals(s.title()))
                    .ifPresent(t -> fields.add(new SearchIndex.Field(t, CONCEPT)));
            s.output().map(Output::title).filter(t -> !t.equals(s.title()))
                    .ifPresent(t -> fields.add(new SearchIndex.Field(t, OUTPUT)));
            s.description().ifPresent(t -> fields.add(new SearchIndex.Field(t, DESCRIPTION)));
            documents.add(new SearchIndex.Document(i, fields));
        }
        return documents;
    }
}
