package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Collection;

/**
 * Thrown when a framework id is not known to a {@link FrameworkRegistry}.
 *
 * @since 0.1.0
 */
public final class UnknownFrameworkException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param id the unknown id
     * @param known the ids that are known
     */
    public UnknownFrameworkException(String id, Collection<String> known) {
        super(Problem.of("framework", "KnownFramework", "unknown framework '" + Text.clean(id) + "'; known frameworks are "
                + String.join(", ", known), Text.quote(id)));
    }
}
