package io.github.spbe4j.attendance.anomaly;

import io.github.spbe4j.core.identifier.Nip;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How findings put numbers and lists in words. */
final class Words {

    private Words() {
    }

    /** Metres, whole when whole, else to one decimal: {@code "12 m"}, {@code "12.5 m"}. */
    static String metres(double metres) {
        return (metres == Math.rint(metres) && Math.abs(metres) < 1e15 ? Long.toString((long) metres)
                : String.format(Locale.ROOT, "%.1f", metres)) + " m";
    }

    /** A distance: metres below a kilometre, else kilometres to one decimal. */
    static String distance(double metres) {
        return metres < 1000 ? String.format(Locale.ROOT, "%.0f m", metres) : String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }

    /** A speed in km/h, whole. */
    static String speed(double kmh) {
        return Double.isInfinite(kmh) ? "no time at all" : String.format(Locale.ROOT, "%.0f km/h", kmh);
    }

    /** A duration as {@code "2 h 5 min 3 s"}, leaving out zero parts; {@code "0 s"} when zero. */
    static String duration(Duration d) {
        long seconds = d.getSeconds();
        StringBuilder sb = new StringBuilder();
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        if (h > 0) {
            sb.append(h).append(" h");
        }
        if (m > 0) {
            sb.append(sb.length() > 0 ? " " : "").append(m).append(" min");
        }
        if (s > 0 || sb.length() == 0) {
            sb.append(sb.length() > 0 ? " " : "").append(s).append(" s");
        }
        return sb.toString();
    }

    /** NIPs joined by commas. */
    static String employees(List<Nip> employees) {
        return employees.stream().map(Nip::toString).collect(Collectors.joining(", "));
    }
}
