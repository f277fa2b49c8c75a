package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PostImport} made of a POSTed request: {@link Accepted} with the checked request, or
 * {@link Refused} with the HTTP status and the error response the specification asks for. Read it with
 * {@code instanceof} patterns:
 *
 * <pre>{@code
 * PostResult result = PostImport.of(services, key -> key.equals(apiKey)).read(body);
 * if (result instanceof PostResult.Accepted accepted) {
 *     PostedRequest request = accepted.request();      // store it, answer with its new id
 * } else if (result instanceof PostResult.Refused refused) {
 *     int status = refused.httpStatus();               // 400, 403 or 404
 *     String xml = refused.body(Open311Format.XML);    // <errors><error><code>400</code>...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface PostResult permits PostResult.Accepted, PostResult.Refused {

    /**
     * The request passed every check.
     *
     * @param request the checked request
     * @since 0.1.0
     */
    record Accepted(PostedRequest request) implements PostResult {

        /** Checks the request is there. */
        public Accepted {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The request was refused: the HTTP status (403 for a missing or refused api_key, 404 when the
     * service_code or jurisdiction_id names none the server has, 400 otherwise), the errors to send, one
     * per problem (at most 100, then one saying how many more), and the problems themselves, each with its
     * field, rule and value.
     *
     * @param httpStatus 400, 403 or 404
     * @param errors the error response's entries, in the order found
     * @param problems the problems kept, at most 100
     * @param omitted how many more problems were found and left out
     * @since 0.1.0
     */
    record Refused(int httpStatus, List<Open311Error> errors, List<Problem> problems, int omitted) implements PostResult {

        /** Copies the lists. */
        public Refused {
            errors = List.copyOf(errors);
            problems = List.copyOf(problems);
        }

        /**
         * Returns the error response in a format.
         *
         * @param format JSON or XML
         * @return the document
         */
        public String body(Open311Format format) {
            return format.errors(errors);
        }
    }
}
