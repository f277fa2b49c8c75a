package io.github.spbe4j.core.agency;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A government agency that is evaluated or that delivers services: a ministry, a province, a city
 * or regency government (Pemkot/Pemkab) or one of its agencies (OPD).
 *
 * <p>Immutable and thread-safe. The text form is the name, followed by the code in brackets when
 * there is one: {@code Kota Contoh [contoh-kota]}.
 *
 * @param name the agency's name, e.g. {@code "Kota Contoh"}; not blank
 * @param code an optional identifier chosen by the user (a region code, an internal id), or null
 */
public record Agency(String name, @Nullable String code) {

    /** Checks that the name is not blank and that a code, if given, is not blank. */
    public Agency {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("agency name is blank; an agency needs a name");
        }
        name = name.strip();
        if (code != null) {
            if (code.isBlank()) {
                throw new IllegalArgumentException("agency code is blank; leave it out or give a value");
            }
            code = code.strip();
        }
    }

    /**
     * Returns an agency with a name and no code.
     *
     * @param name the agency's name
     * @return the agency
     */
    public static Agency named(String name) {
        return new Agency(name, null);
    }

    /**
     * Returns an agency with a name and a code.
     *
     * @param name the agency's name
     * @param code the agency's code
     * @return the agency
     */
    public static Agency of(String name, String code) {
        return new Agency(name, Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns the code, if the agency has one.
     *
     * @return the code
     */
    public Optional<String> codeIfPresent() {
        return Optional.ofNullable(code);
    }

    @Override
    public String toString() {
        return code == null ? name : name + " [" + code + "]";
    }
}
