package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The import of a request POSTed to Open311 ({@code POST requests}): the form's fields, given as a map
 * or as the raw {@code application/x-www-form-urlencoded} body, checked against the specification and
 * the services published, into a {@link PostResult} — the {@link PostedRequest} when every check
 * passes, or the error response with every problem at once.
 *
 * <p>The rules, each problem naming the field, the rule and the value (through spbe4j's message text, so
 * that no control character reaches a log):
 * <ul>
 *   <li>{@code api_key} must be given and accepted by the deployment's check; otherwise 403 with that
 *       error alone, and nothing else is checked, so a client without a key learns nothing about the
 *       services. The key is never echoed in a message nor kept in the result.</li>
 *   <li>{@code service_code} is required (400) and must name a published service (404);
 *       {@code jurisdiction_id}, when the importer has one, must be it (404), and is optional.</li>
 *   <li>A location is required: {@code lat} and {@code long} together (decimal degrees in range), or
 *       {@code address_string}, or {@code address_id}.</li>
 *   <li>{@code description} is at most 4,000 characters; it may span lines (a form's CR LF becomes a line
 *       feed) but holds no other control character. {@code email}, {@code first_name}, {@code last_name},
 *       {@code phone}, {@code device_id} and {@code account_id} are optional one-line texts;
 *       {@code media_url} is an http or https link.</li>
 *   <li>{@code attribute[CODE]} (and {@code attribute[CODE][]} for a multivaluelist) answers an attribute
 *       of the service's definition: a key of its values for a list, a decimal for a number, an ISO 8601
 *       date-time with offset for a datetime, one line for a string; every required attribute is
 *       answered.</li>
 *   <li>A field the specification does not define is refused, as is a field given twice (but a
 *       multivaluelist's answers); an empty field counts as not given, as the specification says.</li>
 * </ul>
 *
 * <p>Input is bounded before it is read: a body of at most {@value #MAX_BODY} characters, at most
 * {@value #MAX_FIELDS} fields, names of at most {@value #MAX_NAME} characters and values of at most
 * {@value #MAX_VALUE}; percent-escapes must be well formed and decode to valid UTF-8. The cost is
 * linear in the input. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PostImport {

    /** The most characters of a urlencoded body. */
    public static final int MAX_BODY = 65_536;
    /** The most fields of one request, counting each value of a repeated field. */
    public static final int MAX_FIELDS = 200;
    /** The most characters of a field's name. */
    public static final int MAX_NAME = 200;
    /** The most characters of a field's value, before its own rule (4,000 for a description). */
    public static final int MAX_VALUE = 8_000;
    /** The most characters of an address_string. */
    public static final int MAX_ADDRESS = 1000;

    /** The rule of a missing or refused api_key (HTTP 403). */
    public static final String API_KEY = "ApiKey";
    /** The rule of a service_code or jurisdiction_id the server does not have (HTTP 404). */
    public static final String NOT_FOUND = "NotFound";
    /** The rule of a request without a location. */
    public static final String LOCATION = "Location";
    /** The rule of a field the specification does not define. */
    public static final String UNKNOWN_FIELD = "UnknownField";
    /** The rule of a body that is not well-formed urlencoded UTF-8. */
    public static final String ENCODING = "Encoding";

    static final String NO_LOCATION = "the request has no location; give lat and long, address_string or address_id";

    private static final List<String> FIELDS = List.of("api_key", "jurisdiction_id", "service_code", "lat", "long", "address_string",
            "address_id", "email", "device_id", "account_id", "first_name", "last_name", "phone", "description", "media_url");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{3,30}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    private final Open311Services services;
    private final Predicate<String> apiKeys;
    private final @Nullable String jurisdiction;

    private PostImport(Open311Services services, Predicate<String> apiKeys, @Nullable String jurisdiction) {
        this.services = services;
        this.apiKeys = apiKeys;
        this.jurisdiction = jurisdiction;
    }

    /**
     * Returns an importer for the services published, with the deployment's check of api keys.
     *
     * @param services the services a request may name
     * @param apiKeyAccepted tells whether a key is accepted; given the key as sent
     * @return the importer
     */
    public static PostImport of(Open311Services services, Predicate<String> apiKeyAccepted) {
        return new PostImport(Objects.requireNonNull(services, "services"), Objects.requireNonNull(apiKeyAccepted, "apiKeyAccepted"), null);
    }

    /**
     * Returns a copy that refuses (404) a request naming another jurisdiction_id than this one; a
     * request without one is still accepted.
     *
     * @param jurisdictionId the server's jurisdiction, e.g. {@code pontianak.go.id}
     * @return the copy
     */
    public PostImport withJurisdiction(String jurisdictionId) {
        new Checks().text("jurisdictionId", Objects.requireNonNull(jurisdictionId, "jurisdictionId"), TextPolicy.NAME, 200)
                .throwIfAny("jurisdiction");
        return new PostImport(services, apiKeys, jurisdictionId);
    }

    /**
     * Reads a raw {@code application/x-www-form-urlencoded} body: fields split at {@code &}, name and
     * value at the first {@code =}, {@code +} read as a space and {@code %XX} escapes decoded as UTF-8,
     * strictly (a malformed escape or invalid UTF-8 is a problem of its field, never replaced).
     *
     * @param body the body, as received
     * @return the result
     */
    public PostResult read(String body) {
        Objects.requireNonNull(body, "body");
        Checks checks = new Checks();
        if (body.length() > MAX_BODY) {
            checks.add("", LENGTH_RULE, "the body has " + body.length() + " characters; a request has at most " + MAX_BODY, null);
            return refuse(checks);
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        int start = 0;
        int index = 0;
        while (start <= body.length()) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            if (end > start) {
                index++;
                if (index > MAX_FIELDS) {
                    checks.add("", Checks.LENGTH, "the body has more than " + MAX_FIELDS + " fields; a request has at most " + MAX_FIELDS, null);
                    return refuse(checks);
                }
                int eq = body.indexOf('=', start);
                boolean hasValue = eq >= 0 && eq < end;
                String where = "field " + index;
                String name = decode(body, start, hasValue ? eq : end, where + " name", checks);
                String value = hasValue ? decode(body, eq + 1, end, name == null ? where : Text.clean(name), checks) : "";
                if (name != null && value != null) {
                    form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
            start = end + 1;
        }
        return check(form, checks);
    }

    /**
     * Reads the fields of a form already decoded, each name with its values in the order sent.
     *
     * @param form the fields
     * @return the result
     */
    public PostResult read(Map<String, List<String>> form) {
        Objects.requireNonNull(form, "form");
        Checks checks = new Checks();
        long count = 0;
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            count += Objects.requireNonNull(e.getValue(), "form values").size();
        }
        if (count > MAX_FIELDS || form.size() > MAX_FIELDS) {
            checks.add("", Checks.LENGTH, "the request has " + count + " fields; a request has at most " + MAX_FIELDS, null);
            return refuse(checks);
        }
        return check(form, checks);
    }

    private static final String LENGTH_RULE = Checks.LENGTH;

    private PostResult check(Map<String, List<String>> form, Checks checks) {
        // the key first, alone: a client without a valid key learns nothing else
        List<String> keys = form.getOrDefault("api_key", List.of());
        if (keys.isEmpty() || keys.stream().allMatch(String::isEmpty)) {
            return forbidden("api_key was not provided; a POST needs the key the server's operator gave the client");
        }
        if (keys.size() > 1 || !apiKeys.test(keys.get(0))) {
            return forbidden("api_key is not valid; check the key the server's operator gave the client");
        }
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "form field name");
            List<String> values = e.getValue();
            if (name.length() > MAX_NAME) {
                checks.add(Text.clean(name), Checks.LENGTH, "a field's name has " + name.length() + " characters; at most " + MAX_NAME,
                        Text.quote(name));
                continue;
            }
            String shown = Text.clean(name);
            boolean tooLong = false;
            for (String v : values) {
                Objects.requireNonNull(v, "form value");
                if (v.length() > MAX_VALUE) {
                    checks.add(shown, Checks.LENGTH, shown + " has " + v.length() + " characters; a field has at most " + MAX_VALUE,
                            Text.quote(v));
                    tooLong = true;
                }
            }
            if (tooLong) {
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches()) {
                List<String> list = answers.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                // a single-valued attribute given twice is refused with its definition, which knows its datatype
                values.stream().filter(v -> !v.isEmpty()).forEach(list::add);
            } else if (!KNOWN.contains(name)) {
                checks.add(shown, UNKNOWN_FIELD, "unknown field " + Text.quote(name) + "; a POSTed request has the fields "
                        + String.join(", ", FIELDS) + " and attribute[code]", Text.quote(name));
            } else if (values.size() > 1) {
                checks.add(shown, "Once", shown + " is given " + values.size() + " times; it is given once", Text.show(values));
            } else if (!values.isEmpty() && !values.get(0).isEmpty()) {
                single.put(name, values.get(0));
            }
        }
        String code = single.get("service_code");
        Optional<Open311Service> service = Optional.empty();
        if (code == null) {
            checks.add("service_code", Checks.REQUIRED, "service_code was not provided; GET services lists the codes", null);
        } else {
            service = services.service(code);
            if (service.isEmpty()) {
                checks.add("service_code", NOT_FOUND, "service_code " + Text.quote(code) + " is not a service of this server;"
                        + " GET services lists the codes", Text.quote(code));
            }
        }
        String jurisdictionId = single.get("jurisdiction_id");
        if (jurisdiction != null && jurisdictionId != null && !jurisdiction.equals(jurisdictionId)) {
            checks.add("jurisdiction_id", NOT_FOUND, "jurisdiction_id " + Text.quote(jurisdictionId) + " is not served here;"
                    + " this server serves " + Text.quote(jurisdiction), Text.quote(jurisdictionId));
        }
        Position position = position(single.get("lat"), single.get("long"), checks);
        boolean located = position != null || single.containsKey("address_string") || single.containsKey("address_id");
        if (!located && !single.containsKey("lat") && !single.containsKey("long")) {
            checks.add("lat", LOCATION, NO_LOCATION, null);
        }
        String description = lineFeeds(single.get("description"));
        text(checks, "description", description, TextPolicy.MULTI_LINE, ServiceRequest.MAX_DESCRIPTION);
        text(checks, "address_string", single.get("address_string"), TextPolicy.LINE, MAX_ADDRESS);
        text(checks, "address_id", single.get("address_id"), TextPolicy.NAME, 200);
        text(checks, "jurisdiction_id", jurisdictionId, TextPolicy.NAME, 200);
        if (text(checks, "email", single.get("email"), TextPolicy.NAME, 254)) {
            matches(checks, "email", single.get("email"), EMAIL, "is not an e-mail address (name@domain)");
        }
        text(checks, "first_name", single.get("first_name"), TextPolicy.NAME, 100);
        text(checks, "last_name", single.get("last_name"), TextPolicy.NAME, 100);
        if (text(checks, "phone", single.get("phone"), TextPolicy.NAME, 30)) {
            matches(checks, "phone", single.get("phone"), PHONE, "is not a telephone number (digits, spaces, an optional leading +, and - . ( ))");
        }
        text(checks, "device_id", single.get("device_id"), TextPolicy.NAME, 200);
        text(checks, "account_id", single.get("account_id"), TextPolicy.NAME, 200);
        String media = single.get("media_url");
        if (media != null) {
            checks.add(LinkPolicy.WEB.check("media_url", media));
        }
        Map<String, List<String>> checked = new LinkedHashMap<>();
        if (service.isPresent()) {
            attributes(checks, services.definition(service.get().code()).orElseThrow(), answers, checked);
        }
        if (!checks.ok()) {
            return refuse(checks);
        }
        return new PostResult.Accepted(new PostedRequest(Objects.requireNonNull(code), Optional.ofNullable(jurisdictionId),
                Optional.ofNullable(position), Optional.ofNullable(single.get("address_string")), Optional.ofNullable(single.get("address_id")),
                Optional.ofNullable(single.get("email")), Optional.ofNullable(single.get("device_id")),
                Optional.ofNullable(single.get("account_id")), Optional.ofNullable(single.get("first_name")),
                Optional.ofNullable(single.get("last_name")), Optional.ofNullable(single.get("phone")), Optional.ofNullable(description),
                Optional.ofNullable(media), checked));
    }

    private static @Nullable Position position(@Nullable String lat, @Nullable String lon, Checks checks) {
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            String given = lat == null ? "long" : "lat";
            String missing = lat == null ? "lat" : "long";
            checks.add(missing, LOCATION, given + " is given without " + missing + "; a position needs both", null);
            return null;
        }
        BigDecimal la = Position.decimal(checks, "lat", lat, BigDecimal.valueOf(90));
        BigDecimal lo = Position.decimal(checks, "long", lon, BigDecimal.valueOf(180));
        return la == null || lo == null ? null : new Position(la, lo);
    }

    private static void attributes(Checks checks, ServiceDefinition definition, Map<String, List<String>> answers,
            Map<String, List<String>> checked) {
        String service = Text.quote(definition.serviceCode());
        for (Map.Entry<String, List<String>> e : answers.entrySet()) {
            String path = "attribute[" + Text.clean(e.getKey()) + "]";
            Optional<Attribute> found = definition.attribute(e.getKey());
            if (found.isEmpty() || !found.get().variable()) {
                checks.add(path, UNKNOWN_FIELD, path + " is not an attribute service " + service + " asks for"
                        + (definition.attributes().isEmpty() ? "; it asks for none" : ""), Text.quote(e.getKey()));
                continue;
            }
            Attribute a = found.get();
            List<String> values = e.getValue();
            if (values.isEmpty()) {
                continue;
            }
            if (a.datatype() != Attribute.Datatype.MULTIVALUELIST && values.size() > 1) {
                checks.add(path, "Once", path + " has " + values.size() + " answers; a " + a.datatype().word() + " has one",
                        Text.show(values));
                continue;
            }
            boolean ok = true;
            for (String v : values) {
                ok &= answer(checks, path, a, v);
            }
            if (ok) {
                checked.put(a.code(), a.datatype() == Attribute.Datatype.TEXT ? List.of(lineFeeds(values.get(0))) : List.copyOf(values));
            }
        }
        for (Attribute a : definition.attributes()) {
            if (a.variable() && a.required() && answers.getOrDefault(a.code(), List.of()).isEmpty()) {
                String path = "attribute[" + Text.clean(a.code()) + "]";
                checks.add(path, Checks.REQUIRED, path + " is required by service " + service + ": " + Text.clean(a.description()), null);
            }
        }
    }

    private static boolean answer(Checks checks, String path, Attribute a, String v) {
        String shown = Text.quote(v);
        switch (a.datatype()) {
            case SINGLEVALUELIST, MULTIVALUELIST -> {
                if (!a.hasKey(v)) {
                    checks.add(path, Checks.ONE_OF, path + " " + shown + " is not one of its keys: "
                            + Text.clean(String.join(", ", a.values().stream().map(AttributeValue::key).toList())), shown);
                    return false;
                }
                return true;
            }
            case NUMBER -> {
                if (!NUMBER.matcher(v).matches()) {
                    checks.add(path, Checks.FORMAT, path + " " + shown + " is not a decimal number such as 12 or -3.5", shown);
                    return false;
                }
                return true;
            }
            case DATETIME -> {
                try {
                    OffsetDateTime.parse(v);
                    return true;
                } catch (DateTimeParseException e) {
                    checks.add(path, Checks.FORMAT, path + " " + shown + " is not a date and time with its offset, such as"
                            + " 2026-03-17T09:15:00+07:00", shown);
                    return false;
                }
            }
            case STRING -> {
                return text(checks, path, v, TextPolicy.LINE, ServiceRequest.MAX_DESCRIPTION);
            }
            case TEXT -> {
                return text(checks, path, lineFeeds(v), TextPolicy.MULTI_LINE, ServiceRequest.MAX_DESCRIPTION);
            }
            default -> throw new IllegalStateException("datatype " + a.datatype());
        }
    }

    /** Checks an optional text; true when it is absent or passes. */
    private static boolean text(Checks checks, String path, @Nullable String text, TextPolicy policy, int max) {
        if (text == null) {
            return true;
        }
        int before = checks.count();
        checks.text(path, text, policy, max);
        return checks.count() == before;
    }

    private static void matches(Checks checks, String path, @Nullable String text, Pattern pattern, String rule) {
        if (text != null && !pattern.matcher(text).matches()) {
            checks.add(path, Checks.FORMAT, path + " " + Text.quote(text) + " " + rule, Text.quote(text));
        }
    }

    /** A form's line breaks (CR LF, or a lone CR) as line feeds. */
    private static @Nullable String lineFeeds(@Nullable String text) {
        return text == null || text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Decodes one name or value of a urlencoded body, strictly; null, with a problem, when malformed.
     */
    private static @Nullable String decode(String body, int from, int to, String where, Checks checks) {
        ByteBuffer bytes = ByteBuffer.allocate((to - from) * 4);
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '+') {
                bytes.put((byte) ' ');
            } else if (c == '%') {
                int hi = i + 2 < to ? Character.digit(body.charAt(i + 1), 16) : -1;
                int lo = i + 2 < to ? Character.digit(body.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0 || body.charAt(i + 1) > 0x7f || body.charAt(i + 2) > 0x7f) {
                    String escape = body.substring(i, Math.min(i + 3, to));
                    checks.add(where, ENCODING, where + " holds the malformed escape " + Text.quote(escape) + " at character "
                            + (i - from + 1) + "; a % is followed by two hexadecimal digits", Text.quote(escape));
                    return null;
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(body.charAt(i + 1)) ? i + 2 : i + 1;
                if (end == i + 1 && Character.isSurrogate(c)) {
                    checks.add(where, ENCODING, where + " holds a lone surrogate at character " + (i - from + 1)
                            + "; text must be valid Unicode", null);
                    return null;
                }
                bytes.put(body.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        bytes.flip();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            checks.add(where, ENCODING, where + " is not valid UTF-8 once its %-escapes are decoded; Open311 sends text as UTF-8", null);
            return null;
        }
    }

    private static PostResult forbidden(String message) {
        Problem p = Problem.of("api_key", API_KEY, message, null);
        return new PostResult.Refused(403, List.of(Open311Error.of(403, message)), List.of(p), 0);
    }

    private static PostResult refuse(Checks checks) {
        List<Problem> problems = checks.list();
        boolean notFound = problems.stream().anyMatch(p -> p.rule().equals(NOT_FOUND));
        List<Open311Error> errors = new ArrayList<>();
        for (Problem p : problems) {
            errors.add(Open311Error.of(p.rule().equals(NOT_FOUND) ? 404 : 400, p.message()));
        }
        if (checks.omitted() > 0) {
            errors.add(Open311Error.of(400, "and " + checks.omitted() + " more problems"));
        }
        return new PostResult.Refused(notFound ? 404 : 400, errors, problems, checks.omitted());
    }

    @Override
    public String toString() {
        return "PostImport[" + services.services().size() + " services" + (jurisdiction == null ? "" : ", " + Text.clean(jurisdiction)) + "]";
    }
}
