package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;

/**
 * What a public service produces (produk pelayanan): its name and type, e.g. "Surat Keterangan
 * Tidak Mampu", a {@link OutputType#LETTER letter} (standar component 5). Immutable and thread-safe.
 *
 * @param title the output's name, not blank
 * @param type its type
 * @since 0.1.0
 */
public record Output(String title, OutputType type) {

    /**
     * Checks the output.
     *
     * @throws InvalidServiceException if the title is blank
     */
    public Output {
        Objects.requireNonNull(type, "type");
        new Checks().text("title", "output title", TextPolicy.LINE, title).throwService("output");
    }

    /**
     * Returns an output.
     *
     * @param title its name
     * @param type its type
     * @return the output
     * @throws InvalidServiceException if the title is blank
     */
    public static Output of(String title, OutputType type) {
        return new Output(title, type);
    }
}
