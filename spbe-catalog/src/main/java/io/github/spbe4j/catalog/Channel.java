package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel through which a public service is delivered — a website, an app, a counter, a kelurahan
 * office … — with what is particular to it: where to find it, and its own processing time and
 * requirements when they differ from the service's (an online application may need a scanned
 * document the counter does not). Immutable and thread-safe.
 *
 * @param kind the kind of channel
 * @param address where to find it: a web address, an app's name, a counter's location; not blank when
 *     present; a link when written as one ({@code scheme:…}) is an http or https address; a web channel
 *     needs one
 * @param processingTime the channel's own processing time; empty when it is the service's
 * @param requirements requirements that apply through this channel in addition to the service's
 * @since 0.1.0
 */
public record Channel(Kind kind, Optional<String> address, Optional<ProcessingTime> processingTime,
        List<Requirement> requirements) {

    /**
     * A kind of channel through which a public service is delivered.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A website or web portal. */
        WEB("Situs web", true),
        /** A mobile application. */
        MOBILE_APP("Aplikasi seluler", true),
        /** A service counter (loket) at the unit's office. */
        COUNTER("Loket", false),
        /** A counter in a Mal Pelayanan Publik (public-service mall). */
        MAL_PELAYANAN_PUBLIK("Mal Pelayanan Publik", false),
        /** The kelurahan (or desa) office. */
        KELURAHAN_OFFICE("Kantor kelurahan", false),
        /** A self-service kiosk (anjungan). */
        KIOSK("Anjungan mandiri", false),
        /** A mobile service unit (pelayanan keliling). */
        MOBILE_UNIT("Pelayanan keliling", false);

        private final String displayName;
        private final boolean online;

        Kind(String displayName, boolean online) {
            this.displayName = displayName;
            this.online = online;
        }

        /**
         * Returns the Indonesian name, e.g. {@code "Mal Pelayanan Publik"}.
         *
         * @return the name
         */
        public String displayName() {
            return displayName;
        }

        /**
         * Tells whether the channel is used remotely, over the internet (web and mobile app), rather than in
         * person.
         *
         * @return true for web and mobile app
         */
        public boolean online() {
            return online;
        }
    }

    /**
     * Checks the channel.
     *
     * @throws InvalidServiceException if the address is blank or not one line of text, a link in it is
     *     not http or https, a web channel has no http or https address, or a requirement id is repeated
     */
    public Channel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(processingTime, "processingTime");
        requirements = Checks.copy(requirements, "requirements");
        Checks checks = new Checks().address("address", "channel address", kind == Kind.WEB, address);
        for (String d : Checks.duplicates(requirements, Requirement::id)) {
            checks.add("requirements", Checks.UNIQUE, "channel " + kind + " lists requirement " + Text.clean(d) + " more than once",
                    Text.quote(d));
        }
        checks.throwService("channel " + kind);
    }

    /**
     * Returns a channel of a kind with nothing particular to it.
     *
     * @param kind the kind
     * @return the channel
     * @throws InvalidServiceException for a web channel, which needs its address
     */
    public static Channel of(Kind kind) {
        return new Channel(kind, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * Returns a channel with an address.
     *
     * @param kind the kind
     * @param address a web address, an app's name, a counter's location
     * @return the channel
     * @throws InvalidServiceException if the address is blank or not one line of text, a link in it is
     *     not http or https, or a web channel's address is not an http or https link
     */
    public static Channel of(Kind kind, String address) {
        return new Channel(kind, Optional.of(Objects.requireNonNull(address, "address")), Optional.empty(), List.of());
    }

    /**
     * Returns a copy with its own processing time.
     *
     * @param time the processing time through this channel
     * @return the copy
     */
    public Channel withProcessingTime(ProcessingTime time) {
        return new Channel(kind, address, Optional.of(Objects.requireNonNull(time, "time")), requirements);
    }

    /**
     * Returns a copy with requirements of its own, in addition to the service's.
     *
     * @param more the requirements through this channel
     * @return the copy
     * @throws InvalidServiceException if a requirement id is repeated
     */
    public Channel withRequirements(List<Requirement> more) {
        return new Channel(kind, address, processingTime, more);
    }

    /**
     * Tells whether the channel is used remotely, over the internet; a web channel always has its
     * http or https address.
     *
     * @return the kind's {@link Kind#online()}
     */
    public boolean online() {
        return kind.online();
    }
}
