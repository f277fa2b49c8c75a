package io.github.spbe4j.complaints.json;

/**
 * The patterns and message keys the complaints file's forms share. The word lists are the model's
 * codes, written out because annotations need constants; a test checks they are exactly the model's.
 */
final class FormRules {

    static final String KEYS = "io.github.spbe4j.complaints.json.";

    /** The format this version reads and writes. */
    static final String FORMAT = "spbe-complaints/1";

    static final String TRACKING_ID = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";
    static final String TRACKING_ID_MESSAGE = "{" + KEYS + "trackingId}";

    static final String TOPIC = "[A-Za-z0-9._-]{1,64}";
    static final String TOPIC_MESSAGE = "{" + KEYS + "topic}";

    static final String TYPES = "aspirasi|pengaduan|permintaan-informasi|whistle-blowing";
    static final String TYPES_MESSAGE = "{" + KEYS + "type}";

    static final String CHANNELS = "lapor|web|mobile-app|sms|chat|email|phone|social-media|letter|counter";
    static final String CHANNELS_MESSAGE = "{" + KEYS + "channel}";

    static final String ACTIONS = "verify|archive|postpone|dispose|reroute|start|follow-up|respond|close|reopen|mark-duplicate|split"
            + "|pause|resume|reset";
    static final String ACTIONS_MESSAGE = "{" + KEYS + "action}";

    static final String ROLES = "citizen|admin|liaison|system";
    static final String ROLES_MESSAGE = "{" + KEYS + "role}";

    static final String REASONS = "resolved|not-resolved|automatic";

    static final String TIERS = "light|normative|non-supervisory|examination";
    static final String TIERS_MESSAGE = "{" + KEYS + "tier}";
    static final String REASONS_MESSAGE = "{" + KEYS + "reason}";

    /** A phone number as written: a leading + at most, digits, spaces, dots, dashes, parentheses (the model counts the digits). */
    static final String PHONE = "\\+?[0-9 .()-]{6,40}";
    static final String PHONE_MESSAGE = "{" + KEYS + "phone}";

    /** An e-mail address: one @, no spaces, a dot in the domain (the model checks the rest). */
    static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_MESSAGE = "{" + KEYS + "email}";

    /** A text that is not blank (and may span lines). */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String NOT_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

    /** The longest time stamp read, in characters. */
    static final int MAX_TIME = 40;

    private FormRules() {
    }
}
