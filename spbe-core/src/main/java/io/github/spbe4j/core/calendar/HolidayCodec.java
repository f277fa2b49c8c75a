package io.github.spbe4j.core.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the holiday file format into holidays, collecting every problem before failing:
 *
 * <pre>{@code
 * { "provenance": "...",
 *   "years": { "2025": [ { "date": "2025-08-18", "kind": "cuti bersama",
 *                          "name": "...", "decree": "...", "region": "51" } ] } }
 * }</pre>
 *
 * {@code provenance} and {@code region} are optional ({@code region} is required for, and only
 * allowed on, {@code "libur daerah"}).
 */
final class HolidayCodec {

    private static final ObjectMapper MAPPER = StrictJson.mapperBuilder().build();
    private static final Set<String> TOP_FIELDS = Set.of("provenance", "years");
    private static final Set<String> ENTRY_FIELDS = Set.of("date", "kind", "name", "decree", "region");
    private static final String KINDS = Arrays.stream(HolidayKind.values()).map(k -> '"' + k.label() + '"')
            .collect(Collectors.joining(", "));

    /** A holiday with the path of the entry that gave it, for messages. */
    record Entry(String where, Holiday holiday) {
    }

    private HolidayCodec() {
    }

    static List<Holiday> read(Path file) {
        return StrictJson.readFile(file, "holiday file", HolidayCodec::read);
    }

    static List<Holiday> read(InputStream in, String source) {
        String subject = "holiday file " + Text.oneLine(source);
        JsonNode root = StrictJson.readTree(MAPPER, in, subject, InvalidHolidayDataException::new);
        Fields f = new Fields();
        List<Entry> entries = entries(root, f);
        f.addAll(WorkingDayCalendar.conflicts(List.of(), entries));
        if (!f.ok()) {
            throw new InvalidHolidayDataException(subject, f.problems(), f.omitted());
        }
        return entries.stream().map(Entry::holiday).sorted(Holiday.ORDER).toList();
    }

    private static List<Entry> entries(JsonNode root, Fields f) {
        List<Entry> entries = new ArrayList<>();
        if (!root.isObject()) {
            f.add("", Fields.TYPE, "the document must be a JSON object with \"years\", was " + Text.show(root), Text.show(root));
            return entries;
        }
        f.onlyKnown(root, "", TOP_FIELDS);
        f.text(root, "", "provenance", false, TextPolicy.MULTI_LINE);
        JsonNode years = root.get("years");
        if (years == null || !years.isObject()) {
            f.add("years", years == null ? Fields.REQUIRED : Fields.TYPE, years == null
                    ? "years is missing; it must be an object of year to list of holidays"
                    : "years must be an object of year to list of holidays, was " + Text.show(years), years == null ? null : Text.show(years));
            return entries;
        }
        for (Map.Entry<String, JsonNode> y : years.properties()) {
            String key = y.getKey();
            String path = "years." + Text.clean(key);
            Integer year = key.matches("[0-9]{4}") ? Integer.valueOf(key) : null;
            if (year == null) {
                f.add(path, "YearKey", path + " is not a year; year keys are four digits such as \"2027\"", Text.quote(key));
            }
            if (!y.getValue().isArray()) {
                f.add(path, Fields.TYPE, path + " must be a list of holidays, was " + Text.show(y.getValue()), Text.show(y.getValue()));
                continue;
            }
            for (int i = 0; i < y.getValue().size(); i++) {
                Holiday h = entry(y.getValue().get(i), path + "[" + i + "]", year, f);
                if (h != null) {
                    entries.add(new Entry(path + "[" + i + "]", h));
                }
            }
        }
        return entries;
    }

    private static @Nullable Holiday entry(JsonNode node, String path, @Nullable Integer year, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        int before = f.count();
        f.onlyKnown(node, path, ENTRY_FIELDS);
        LocalDate date = null;
        String dateText = f.text(node, path, "date", true);
        String datePath = path + ".date";
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
                if (year != null && date.getYear() != year) {
                    f.add(datePath, "InYear", datePath + " is " + Text.quote(dateText) + "; a date listed under " + year + " must be in " + year,
                            Text.quote(dateText));
                }
            } catch (DateTimeParseException e) {
                f.add(datePath, "IsoDate", datePath + " is " + Text.quote(dateText) + "; it must be an ISO date such as \"2025-08-18\"",
                        Text.quote(dateText));
            }
        }
        HolidayKind kind = null;
        String kindText = f.text(node, path, "kind", true);
        if (kindText != null) {
            Optional<HolidayKind> k = HolidayKind.fromLabel(kindText);
            if (k.isEmpty()) {
                f.add(path + ".kind", Fields.ONE_OF, path + ".kind is " + Text.quote(kindText) + "; known kinds are " + KINDS,
                        Text.quote(kindText));
            } else {
                kind = k.get();
            }
        }
        String name = line(node, path, "name", f);
        String decree = line(node, path, "decree", f);
        String region = f.text(node, path, "region", false);
        if (region != null && kind == HolidayKind.REGIONAL) {
            Holiday.textProblem(path + ".region", region).ifPresent(f::add);
        } else if (kind != null) {
            Holiday.regionProblem(path, kind, region).ifPresent(f::add);
        }
        if (f.count() > before || date == null || kind == null || name == null || decree == null) {
            return null;
        }
        return new Holiday(date, kind, name, decree, Optional.ofNullable(region));
    }

    private static @Nullable String line(JsonNode node, String path, String field, Fields f) {
        String s = f.text(node, path, field, true);
        if (s == null) {
            return null;
        }
        Optional<Problem> p = Holiday.textProblem(path + "." + field, s);
        p.ifPresent(f::add);
        return p.isPresent() ? null : s;
    }
}
