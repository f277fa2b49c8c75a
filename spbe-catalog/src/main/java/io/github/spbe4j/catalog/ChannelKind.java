package io.github.spbe4j.catalog;

/**
 * A kind of channel through which a public service is delivered.
 */
public enum ChannelKind {
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

    ChannelKind(String displayName, boolean online) {
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
