package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request POSTed to Open311 that {@link PostImport} accepted: the service, where (a position, an
 * address or an address id, at least one), what (the description, at most 4,000 characters, and the
 * answers to the service's attributes), and who (the optional contact fields). The api_key is never
 * kept. Immutable and thread-safe; {@link #toString()} names the service only, since the rest may be
 * personal data.
 *
 * @param serviceCode {@code service_code}
 * @param jurisdictionId {@code jurisdiction_id}, if given
 * @param position {@code lat} and {@code long}, if given
 * @param addressString {@code address_string}, if given
 * @param addressId {@code address_id}, if given
 * @param email {@code email}, if given
 * @param deviceId {@code device_id}, if given
 * @param accountId {@code account_id}, if given
 * @param firstName {@code first_name}, if given
 * @param lastName {@code last_name}, if given
 * @param phone {@code phone}, if given
 * @param description {@code description}, if given; line breaks as line feeds
 * @param mediaUrl {@code media_url}, an http or https link, if given
 * @param attributes the answers to the service's attributes, by code, in the order given; a
 *     multivaluelist answer may hold several keys
 * @since 0.1.0
 */
public record PostedRequest(String serviceCode, Optional<String> jurisdictionId, Optional<Position> position,
        Optional<String> addressString, Optional<String> addressId, Optional<String> email, Optional<String> deviceId,
        Optional<String> accountId, Optional<String> firstName, Optional<String> lastName, Optional<String> phone,
        Optional<String> description, Optional<String> mediaUrl, Map<String, List<String>> attributes) {

    /**
     * Checks the request.
     *
     * @throws Open311Exception if it has no location, or a text breaks its rule
     */
    public PostedRequest {
        Objects.requireNonNull(position, "position");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(attributes, "attributes").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "attribute code"),
                List.copyOf(new ArrayList<>(v))));
        attributes = java.util.Collections.unmodifiableMap(copy);
        Checks checks = new Checks().text("service_code", Objects.requireNonNull(serviceCode, "serviceCode"), TextPolicy.NAME, 200)
                .text("jurisdiction_id", jurisdictionId, TextPolicy.NAME, 200)
                .text("address_string", addressString, TextPolicy.LINE, PostImport.MAX_ADDRESS)
                .text("address_id", addressId, TextPolicy.NAME, 200)
                .text("email", email, TextPolicy.NAME, 254)
                .text("device_id", deviceId, TextPolicy.NAME, 200)
                .text("account_id", accountId, TextPolicy.NAME, 200)
                .text("first_name", firstName, TextPolicy.NAME, 100)
                .text("last_name", lastName, TextPolicy.NAME, 100)
                .text("phone", phone, TextPolicy.NAME, 30)
                .text("description", description, TextPolicy.MULTI_LINE, ServiceRequest.MAX_DESCRIPTION)
                .link("media_url", mediaUrl);
        if (position.isEmpty() && addressString.isEmpty() && addressId.isEmpty()) {
            checks.add("lat", PostImport.LOCATION, PostImport.NO_LOCATION, "");
        }
        checks.throwIfAny("posted request for service " + Text.clean(serviceCode));
    }

    /**
     * Returns the service and which parts were given, never their values:
     * {@code PostedRequest[lampu-jalan: position, description, 2 attributes]}.
     *
     * @return a summary without personal data
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        position.ifPresent(p -> parts.add("position"));
        addressString.ifPresent(a -> parts.add("address_string"));
        addressId.ifPresent(a -> parts.add("address_id"));
        description.ifPresent(d -> parts.add("description"));
        mediaUrl.ifPresent(m -> parts.add("media_url"));
        if (email.isPresent() || phone.isPresent() || firstName.isPresent() || lastName.isPresent()) {
            parts.add("contact");
        }
        parts.add(attributes.size() + " attributes");
        return "PostedRequest[" + Text.clean(serviceCode) + ": " + String.join(", ", parts) + "]";
    }
}
