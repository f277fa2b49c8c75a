package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The type of a report, as SP4N-LAPOR! and whistle-blowing systems sort what residents send.
 *
 * <p>Each type has a {@link #code() code}, the word a complaints file writes ({@code "pengaduan"}),
 * and a display name in Indonesian and English.
 *
 * @since 0.1.0
 */
public enum ComplaintType {

    /** Aspirasi: a suggestion or wish about a public service or policy. */
    ASPIRATION("aspirasi", "Aspirasi", "Aspiration"),

    /** Pengaduan: a complaint about a public service that fell short. */
    COMPLAINT("pengaduan", "Pengaduan", "Complaint"),

    /** Permintaan informasi: a request for public information. */
    INFORMATION_REQUEST("permintaan-informasi", "Permintaan informasi", "Request for information"),

    /** Whistle-blowing: a report of wrongdoing by officials, whose reporter needs the strongest protection. */
    WHISTLEBLOWING("whistle-blowing", "Pengaduan pelanggaran (whistle-blowing)", "Whistle-blowing");

    /** The rule of a problem about an unknown type code. */
    public static final String RULE = "ComplaintType";

    private final String code;
    private final String indonesianName;
    private final String englishName;

    ComplaintType(String code, String indonesianName, String englishName) {
        this.code = code;
        this.indonesianName = indonesianName;
        this.englishName = englishName;
    }

    /**
     * Returns the word a complaints file writes for this type.
     *
     * @return the code, e.g. {@code "permintaan-informasi"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the type's name in a language: Indonesian for {@code id} (or the old {@code in}), English
     * otherwise.
     *
     * @param locale the language
     * @return the name, e.g. {@code "Permintaan informasi"}
     */
    public String displayName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? indonesianName : englishName;
    }

    /**
     * Returns the type with a code, exactly as {@link #code()} writes it.
     *
     * @param code the code, e.g. {@code "pengaduan"}
     * @return the type
     * @throws SpbeException if no type has that code; the message names the code and the known ones
     */
    public static ComplaintType ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ComplaintType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        String known = Arrays.stream(values()).map(ComplaintType::code).collect(Collectors.joining(", "));
        String shown = Text.quote(code);
        throw new SpbeException(Problem.of("type", RULE, "complaint type " + shown + " is unknown; the types are " + known, shown));
    }
}
