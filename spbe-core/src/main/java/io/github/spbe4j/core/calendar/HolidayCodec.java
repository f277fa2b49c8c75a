package io.github.spbe4j.core.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    private static final ObjectMapper MAPPER = SpbeJson.newMapper();
    private static final Set<String> TOP_FIELDS = Set.of("provenance", "years");
    private static final Set<String> ENTRY_FIELDS = Set.of("date", "kind", "name", "decree", "region");
    private static final String KINDS = Arrays.stream(HolidayKind.values()).map(k -> '"' + k.label() + '"')
            .collect(Collectors.joining(", "));

    /** A holiday with the path of the entry that gave it, for messages. */
    record Entry(String where, Holiday holiday) {
    }

    private HolidayCodec() {
    }

    static List<Holiday> read(InputStream in, String source) {
        String subject = "holiday file " + clean(source);
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidHolidayDataException(subject, List.of(describe(e)));
        } catch (IOException e) {
            throw new SpbeException("cannot read " + subject + ": " + clean(String.valueOf(e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        List<Entry> entries = entries(root, problems);
        problems.addAll(WorkingDayCalendar.conflicts(List.of(), entries));
        if (!problems.isEmpty()) {
            throw new InvalidHolidayDataException(subject, problems);
        }
        return entries.stream().map(Entry::holiday).sorted(Holiday.ORDER).toList();
    }

    private static List<Entry> entries(@Nullable JsonNode root, List<String> problems) {
        List<Entry> entries = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            problems.add("the document is empty; expected a JSON object with \"years\"");
            return entries;
        }
        if (!root.isObject()) {
            problems.add("the document must be a JSON object with \"years\", was " + show(root));
            return entries;
        }
        onlyKnown(root, "", TOP_FIELDS, problems);
        JsonNode provenance = root.get("provenance");
        if (provenance != null && !provenance.isTextual()) {
            problems.add("provenance must be a string, was " + show(provenance));
        }
        JsonNode years = root.get("years");
        if (years == null || !years.isObject()) {
            problems.add(years == null ? "years is missing; it must be an object of year to list of holidays"
                    : "years must be an object of year to list of holidays, was " + show(years));
            return entries;
        }
        for (Map.Entry<String, JsonNode> y : years.properties()) {
            String key = y.getKey();
            String path = "years." + clean(key);
            Integer year = key.matches("[0-9]{4}") ? Integer.valueOf(key) : null;
            if (year == null) {
                problems.add(path + " is not a year; year keys are four digits such as \"2027\"");
            }
            if (!y.getValue().isArray()) {
                problems.add(path + " must be a list of holidays, was " + show(y.getValue()));
                continue;
            }
            for (int i = 0; i < y.getValue().size(); i++) {
                Holiday h = entry(y.getValue().get(i), path + "[" + i + "]", year, problems);
                if (h != null) {
                    entries.add(new Entry(path + "[" + i + "]", h));
                }
            }
        }
        return entries;
    }

    private static @Nullable Holiday entry(JsonNode node, String path, @Nullable Integer year, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + " must be a JSON object, was " + show(node));
            return null;
        }
        int before = problems.size();
        onlyKnown(node, path, ENTRY_FIELDS, problems);
        LocalDate date = null;
        String dateText = text(node, path, "date", true, problems);
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
                if (year != null && date.getYear() != year) {
                    problems.add(path + ".date is " + quote(dateText) + "; a date listed under " + year + " must be in " + year);
                }
            } catch (DateTimeParseException e) {
                problems.add(path + ".date is " + quote(dateText) + "; it must be an ISO date such as \"2025-08-18\"");
            }
        }
        HolidayKind kind = null;
        String kindText = text(node, path, "kind", true, problems);
        if (kindText != null) {
            Optional<HolidayKind> k = HolidayKind.fromLabel(kindText);
            if (k.isEmpty()) {
                problems.add(path + ".kind is " + quote(kindText) + "; known kinds are " + KINDS);
            } else {
                kind = k.get();
            }
        }
        String name = line(node, path, "name", problems);
        String decree = line(node, path, "decree", problems);
        String region = text(node, path, "region", false, problems);
        if (region != null && kind == HolidayKind.REGIONAL) {
            String p = Holiday.problem("region", region);
            if (p != null) {
                problems.add(path + "." + p);
            }
        } else if (kind != null) {
            String p = Holiday.regionProblem(kind, region);
            if (p != null) {
                problems.add(path + " " + p);
            }
        }
        if (problems.size() > before || date == null || kind == null || name == null || decree == null) {
            return null;
        }
        return new Holiday(date, kind, name, decree, region);
    }

    private static @Nullable String line(JsonNode node, String path, String field, List<String> problems) {
        String s = text(node, path, field, true, problems);
        if (s == null) {
            return null;
        }
        String p = Holiday.problem(field, s);
        if (p != null) {
            problems.add(path + "." + p);
            return null;
        }
        return s;
    }

    private static @Nullable String text(JsonNode node, String path, String field, boolean required, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(path + "." + field + " is missing; it must be a string");
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(path + "." + field + " must be a string, was " + show(v));
            return null;
        }
        return v.textValue();
    }

    private static void onlyKnown(JsonNode object, String path, Set<String> known, List<String> problems) {
        for (Map.Entry<String, JsonNode> p : object.properties()) {
            if (!known.contains(p.getKey())) {
                String where = path.isEmpty() ? clean(p.getKey()) : path + "." + clean(p.getKey());
                problems.add(where + " is not a known field; known fields are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String m = String.valueOf(e.getOriginalMessage());
        int nl = m.indexOf('\n');
        String message = clean(nl >= 0 ? m.substring(0, nl) : m);
        return at == null ? "not valid JSON: " + message
                : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message;
    }

    private static String quote(String text) {
        return show(TextNode.valueOf(text));
    }

    private static String show(JsonNode value) {
        String s = clean(value.toString());
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Returns text with control characters escaped, so that a message stays one line. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
