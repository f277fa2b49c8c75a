package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency an assessment is about: a name and an optional code, naming a ministry, a province, a
 * city or regency government (Pemkot/Pemkab) or one of its OPD.
 *
 * <p>Where the whole organisation matters — its kind, region and units — spbe4j speaks of an
 * {@link Instansi}; {@link Instansi#asAgency()} and {@link Unit#asAgency()} give the agency to assess.
 *
 * <p>Immutable and thread-safe. The text form is the name, followed by the code in brackets when
 * there is one: {@code Kota Contoh [contoh-kota]}.
 *
 * @param name the agency's name, e.g. {@code "Kota Contoh"}; not blank
 * @param code an identifier chosen by the user (a region code, an internal id), if any
 * @since 0.1.0
 */
public record Agency(String name, Optional<String> code) {

    /**
     * Checks that the name is not blank and that a code, if given, is not blank; strips both.
     *
     * @throws InvalidAgencyException if the name or the code is blank or not one line
     */
    public Agency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        if (name.isBlank()) {
            throw new InvalidAgencyException(Problem.of("agency.name", "NotBlank", "agency name is blank; an agency needs a name",
                    Text.quote(name)));
        }
        name = name.strip();
        TextPolicy.NAME.check("agency.name", name).ifPresent(p -> {
            throw new InvalidAgencyException(p);
        });
        if (code.isPresent()) {
            String c = code.get().strip();
            if (c.isBlank()) {
                throw new InvalidAgencyException(Problem.of("agency.code", "NotBlank", "agency code is blank; leave it out or give a value",
                        Text.quote(c)));
            }
            TextPolicy.NAME.check("agency.code", c).ifPresent(p -> {
                throw new InvalidAgencyException(p);
            });
            code = Optional.of(c);
        }
    }

    /**
     * Returns an agency with a name and no code.
     *
     * @param name the agency's name
     * @return the agency
     */
    public static Agency named(String name) {
        return new Agency(name, Optional.empty());
    }

    /**
     * Returns an agency with a name and a code.
     *
     * @param name the agency's name
     * @param code the agency's code
     * @return the agency
     */
    public static Agency of(String name, String code) {
        return new Agency(name, Optional.of(code));
    }

    @Override
    public String toString() {
        return code.map(c -> name + " [" + c + "]").orElse(name);
    }
}
