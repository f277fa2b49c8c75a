package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an accepted POST: the new request's {@code service_request_id} (a realtime service) or a
 * {@code token} (a batch service), never both, with the {@code service_notice} and the
 * {@code account_id} when the deployment has them. Immutable and thread-safe.
 *
 * @param serviceRequestId the request's id, if given at once
 * @param token the token to exchange for the id later, if not
 * @param serviceNotice what the agency will do, if said
 * @param accountId the citizen's account, if known
 * @since 0.1.0
 */
public record PostResponse(Optional<String> serviceRequestId, Optional<String> token, Optional<String> serviceNotice,
        Optional<String> accountId) {

    /**
     * Checks the response.
     *
     * @throws Open311Exception if both an id and a token are given, or a text breaks the text policy
     */
    public PostResponse {
        Checks checks = new Checks().text("service_request_id", serviceRequestId, TextPolicy.NAME, 200)
                .text("token", token, TextPolicy.NAME, 200)
                .text("service_notice", serviceNotice, TextPolicy.MULTI_LINE, ServiceRequest.MAX_DESCRIPTION)
                .text("account_id", accountId, TextPolicy.NAME, 200);
        if (serviceRequestId.isPresent() && token.isPresent()) {
            checks.add("token", "IdOrToken", "a POST response gives the service_request_id " + Text.quote(serviceRequestId.get())
                    + " and a token; it gives one or the other", Text.quote(token.get()));
        }
        checks.throwIfAny("POST response");
    }

    /**
     * Returns the answer of a realtime service: the new request's id.
     *
     * @param serviceRequestId the id
     * @return the response
     */
    public static PostResponse of(String serviceRequestId) {
        return new PostResponse(Optional.of(Objects.requireNonNull(serviceRequestId, "serviceRequestId")), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with a service notice.
     *
     * @param notice what the agency will do
     * @return the copy
     */
    public PostResponse withServiceNotice(String notice) {
        return new PostResponse(serviceRequestId, token, Optional.of(notice), accountId);
    }
}
