package io.github.spbe4j.catalog;

import java.util.Objects;

/**
 * What a public service produces (produk pelayanan): its name and type, e.g. "Surat Keterangan
 * Tidak Mampu", a {@link OutputType#LETTER letter}.
 *
 * @param title the output's name, not blank
 * @param type its type
 */
public record Output(String title, OutputType type) {

    /**
     * Checks the output.
     *
     * @throws IllegalArgumentException if the title is blank
     */
    public Output {
        Texts.requireText(title, "output title");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Returns an output.
     *
     * @param title its name
     * @param type its type
     * @return the output
     */
    public static Output of(String title, OutputType type) {
        return new Output(title, type);
    }
}
