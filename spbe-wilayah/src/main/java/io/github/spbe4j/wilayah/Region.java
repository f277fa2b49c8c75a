package io.github.spbe4j.wilayah;

import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;

/**
 * A region of a region list: its code and its official name, as written in the list (for example
 * {@code 62.71 "Kota Palangkaraya"}, {@code 62.71.03.1003 "Bukit Tunggal"}).
 *
 * @param code the region code
 * @param name the official name, not blank
 * @since 0.1.0
 */
public record Region(RegionCode code, String name) {

    /**
     * Checks the parts.
     *
     * @throws InvalidRegionException if the name is blank or breaks the text policy for names
     */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidRegionException(Problem.of(code.toString(), "NotBlank", "region " + code + " has a blank name",
                    Text.quote(name)));
        }
        TextPolicy.NAME.check(code.toString(), name).ifPresent(p -> {
            throw new InvalidRegionException(p);
        });
    }

    /**
     * Returns the administrative level, fixed by the code.
     *
     * @return the level of the code
     */
    public RegionCode.Level level() {
        return code.level();
    }

    /**
     * Returns the dotted code and the name, for example {@code 62.71 Kota Palangkaraya}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
