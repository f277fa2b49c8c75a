package io.github.spbe4j.complaints.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.internal.forms.FormBinder;
import io.github.spbe4j.catalog.internal.forms.FormValidator;
import io.github.spbe4j.catalog.internal.forms.Messages;
import io.github.spbe4j.core.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** What reading and writing complaints files share: the strict mapper, the binder, and the validator, built on first use. */
final class ComplaintsFiles {

    /** The strict mapper forms are bound and written with. */
    static final ObjectMapper MAPPER = StrictJson.mapperBuilder().build();

    static final FormBinder BINDER = new FormBinder(MAPPER, Map.of(), "a number in range");

    private ComplaintsFiles() {
    }

    /** Holds the validator, built on first use: Hibernate Validator takes a while to start. */
    private static final class Validator {
        static final FormValidator INSTANCE = FormValidator.create(Messages.catalog().with(
                bundle("ComplaintsMessages.properties"), bundle("ComplaintsMessages_id.properties")), Set.of());
    }

    static FormValidator validator() {
        return Validator.INSTANCE;
    }

    static Properties bundle(String resource) {
        Properties p = new Properties();
        try (InputStream in = ComplaintsFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " of spbe-complaints is missing next to "
                        + ComplaintsFiles.class.getName());
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
