package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A point on the earth as Open311 gives it: {@code lat} and {@code long} in WGS84 degrees, exact
 * decimals (never {@code double}), latitude in −90..90 and longitude in −180..180, at most 15 digits
 * after the point. Equal by value, not by scale ({@code 1.50} equals {@code 1.5}); written as given.
 * Immutable and thread-safe.
 *
 * @param latitude degrees north, −90..90
 * @param longitude degrees east, −180..180
 * @since 0.1.0
 */
public record Position(BigDecimal latitude, BigDecimal longitude) {

    /** The most digits after the decimal point: 15 is below a nanometre. */
    public static final int MAX_SCALE = 15;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,15})?");
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    /**
     * Checks the position.
     *
     * @throws Open311Exception if a coordinate is out of range or has more than 15 decimals
     */
    public Position {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        Checks checks = new Checks();
        check(checks, "lat", latitude, NINETY);
        check(checks, "long", longitude, ONE_EIGHTY);
        checks.throwIfAny("position");
    }

    /**
     * Returns a position.
     *
     * @param latitude degrees north
     * @param longitude degrees east
     * @return the position
     * @throws Open311Exception if a coordinate is out of range
     */
    public static Position of(BigDecimal latitude, BigDecimal longitude) {
        return new Position(latitude, longitude);
    }

    /**
     * Reads a position from the texts of Open311's {@code lat} and {@code long}: plain decimals
     * ({@code -6.2088}, {@code 106.8456}), no exponent, no plus sign, no spaces.
     *
     * @param latitude the latitude's text
     * @param longitude the longitude's text
     * @return the position
     * @throws Open311Exception naming each text that is not such a decimal or is out of range
     */
    public static Position parse(String latitude, String longitude) {
        Checks checks = new Checks();
        BigDecimal lat = decimal(checks, "lat", latitude, NINETY);
        BigDecimal lon = decimal(checks, "long", longitude, ONE_EIGHTY);
        checks.throwIfAny("position");
        return new Position(Objects.requireNonNull(lat), Objects.requireNonNull(lon));
    }

    /** Reads one coordinate into checks' problems; null when it is refused. */
    static @Nullable BigDecimal decimal(Checks checks, String path, String text, BigDecimal limit) {
        Objects.requireNonNull(text, path);
        if (!DECIMAL.matcher(text).matches()) {
            checks.add(path, Checks.FORMAT, path + " " + Text.quote(text) + " is not a decimal number of degrees such as -6.2088"
                    + " (digits, an optional minus sign and at most " + MAX_SCALE + " digits after the point)", Text.quote(text));
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return check(checks, path, value, limit) ? value : null;
    }

    private static boolean check(Checks checks, String path, BigDecimal value, BigDecimal limit) {
        if (value.abs().compareTo(limit) > 0) {
            checks.add(path, Checks.RANGE, path + " " + Text.clean(value.toPlainString()) + " is out of range; it runs -" + limit + ".." + limit,
                    Text.clean(value.toPlainString()));
            return false;
        }
        if (value.scale() > MAX_SCALE) {
            checks.add(path, Checks.RANGE, path + " " + Text.clean(value.toPlainString()) + " has " + value.scale()
                    + " digits after the point; at most " + MAX_SCALE, Text.clean(value.toPlainString()));
            return false;
        }
        return true;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Position p && latitude.compareTo(p.latitude) == 0 && longitude.compareTo(p.longitude) == 0;
    }

    @Override
    public int hashCode() {
        return List.of(latitude.stripTrailingZeros(), longitude.stripTrailingZeros()).hashCode();
    }

    /**
     * Returns the position as {@code lat,long}: {@code -6.2088,106.8456}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return latitude.toPlainString() + "," + longitude.toPlainString();
    }
}
