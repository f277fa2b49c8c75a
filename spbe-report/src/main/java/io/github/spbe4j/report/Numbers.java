package io.github.spbe4j.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report shows numbers: rounded half-up for reading, with a decimal comma in Indonesian. */
final class Numbers {

    private Numbers() {
    }

    /** Shows a value rounded half-up to a number of decimals, always with that many decimals. */
    static String fixed(BigDecimal value, int decimals, Language language) {
        return separator(value.setScale(decimals, RoundingMode.HALF_UP).toPlainString(), language);
    }

    /** Shows a value rounded half-up to at most four decimals, without trailing zeros. */
    static String upTo4(BigDecimal value, Language language) {
        BigDecimal r = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        return separator(r.toPlainString(), language);
    }

    /** Writes a number for SVG coordinates: at most two decimals, a dot. */
    static String coordinate(BigDecimal value) {
        BigDecimal r = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** Writes an exact plain number with the language's decimal separator. */
    static String separatorOnly(String plain, Language language) {
        return separator(plain, language);
    }

    private static String separator(String plain, Language language) {
        return language == Language.INDONESIAN ? plain.replace('.', ',') : plain;
    }
}
