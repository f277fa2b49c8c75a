package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.InvalidIdentifierException;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of {@link Instansi}, {@link Unit}, {@link Agency} and {@link RegionCode}; see
 * docs/agency-format.md.
 *
 * <p>Reading checks every field and every rule of {@link Instansi} itself, so that each problem names
 * the JSON path of the field at fault ({@code units[2].units[0].region}) rather than only a unit id.
 */
final class AgencyCodec {

    private static final Set<String> INSTANSI = Set.of("id", "name", "kind", "region", "units");
    private static final Set<String> UNIT = Set.of("id", "name", "kind", "region", "units");
    private static final Set<String> AGENCY = Set.of("name", "code");

    private AgencyCodec() {
    }

    /** Returns the JSON name of a unit kind or government kind: its name in lower case, e.g. {@code kelurahan}. */
    static String id(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads an instansi from a tree whose fields lie at a JSON path, e.g. {@code agencies[0]}.
     *
     * @param subject what the exception names, e.g. {@code "instansi kota-contoh.json"}
     */
    static Instansi readInstansi(JsonNode root, String path, String subject) {
        Fields f = new Fields();
        if (!f.isObject(root, path)) {
            throw new InvalidAgencyException(subject, f.problems(), f.omitted());
        }
        f.onlyKnown(root, path, INSTANSI);
        String id = f.name(root, path, "id", true);
        String name = f.name(root, path, "name", true);
        GovernmentKind kind = f.enumValue(root, path, "kind", true, GovernmentKind.class, AgencyCodec::id);
        String regionPath = Fields.where(path, "region");
        RegionCode region = region(f, root, path);
        if (kind != null) {
            checkGovernmentRegion(f, kind, region, root.get("region"), regionPath);
        }
        Tree tree = new Tree(f, region);
        List<Unit> units = tree.units(root, path, null);
        if (!f.ok() || id == null || name == null || kind == null || units == null) {
            throw new InvalidAgencyException(subject, f.problems(), f.omitted());
        }
        try {
            return Instansi.of(id, name, kind, region, units);
        } catch (InvalidAgencyException e) {
            // a rule of Instansi not checked above: still report it, placed at the instansi's path
            throw new InvalidAgencyException(subject, e.problems().stream()
                    .map(p -> p.under(path))
                    .toList());
        }
    }

    /**
     * Reads a unit and the units it contains from a tree at a JSON path, checking the rules that need
     * no instansi: field types, region levels and kinds, containment in the parent's region, unique ids.
     */
    static Unit readUnit(JsonNode root, String path, String subject) {
        Fields f = new Fields();
        Unit unit = new Tree(f, null).unit(root, path, null);
        if (!f.ok() || unit == null) {
            throw new InvalidAgencyException(subject, f.problems(), f.omitted());
        }
        return unit;
    }

    /** Reads an agency: {@code name} and an optional {@code code}. */
    static Agency readAgency(JsonNode root, String path, String subject) {
        Fields f = new Fields();
        if (!f.isObject(root, path)) {
            throw new InvalidAgencyException(subject, f.problems(), f.omitted());
        }
        f.onlyKnown(root, path, AGENCY);
        String name = f.name(root, path, "name", true);
        String code = f.name(root, path, "code", false);
        if (code != null && code.isBlank()) {
            String at = Fields.where(path, "code");
            f.add(at, Fields.NOT_BLANK, at + " is blank; leave it out or give a value", Text.quote(code));
        }
        if (!f.ok() || name == null) {
            throw new InvalidAgencyException(subject, f.problems(), f.omitted());
        }
        return new Agency(name, Optional.ofNullable(code));
    }

    private static @Nullable RegionCode region(Fields f, JsonNode object, String path) {
        String text = f.text(object, path, "region", false);
        if (text == null) {
            return null;
        }
        try {
            return RegionCode.parse(text);
        } catch (InvalidIdentifierException e) {
            String at = Fields.where(path, "region");
            for (Problem problem : e.problems()) {
                f.add(problem.under(at));
            }
            return null;
        }
    }

    /** Checks the rules of {@link Instansi} for a government's own region code. */
    private static void checkGovernmentRegion(Fields f, GovernmentKind kind, @Nullable RegionCode region,
            @Nullable JsonNode given, String where) {
        if (kind == GovernmentKind.CENTRAL) {
            if (region != null) {
                f.add(where, "RegionLevel", where + " is \"" + region + "\"; a central agency has no region code", Text.quote(region.toString()));
            }
            return;
        }
        String rule = "a " + id(kind) + " government has " + switch (kind) {
            case PROVINCE -> "a Kemendagri province code (2 digits, e.g. 62)";
            case REGENCY -> "a Kemendagri kabupaten code (regency/city digits 01..69, e.g. 62.01)";
            default -> "a Kemendagri kota code (regency/city digits 71..99, e.g. 62.71)";
        };
        if (region == null) {
            if (given == null || given.isNull()) {
                f.add(where, Fields.REQUIRED, where + " is missing; " + rule, null);
            }
            return;
        }
        RegionCode.Level level = kind.regionLevel().orElseThrow();
        String shown = Text.quote(region.toString());
        if (region.scheme() != RegionCode.Scheme.KEMENDAGRI) {
            f.add(where, "RegionScheme", where + " is \"" + region + "\", a BPS code; " + rule, shown);
        } else if (region.level() != level) {
            f.add(where, "RegionLevel", where + " is \"" + region + "\", a " + words(region.level()) + " code; " + rule, shown);
        } else if (kind.regionKind().isPresent() && !region.kind().equals(kind.regionKind())) {
            f.add(where, "RegionKind", where + " is \"" + region + "\", a " + region.kind().map(AgencyCodec::words).orElse("?")
                    + " code; " + rule, shown);
        }
    }

    /** Returns a level or kind in words for a message: {@code regency/city}, {@code desa adat}. */
    static String words(Enum<?> value) {
        return value == RegionCode.Level.REGENCY_CITY ? "regency/city" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Returns the rule of a level for a message, e.g. {@code a district code (6 digits, e.g. 62.71.03)}. */
    static String required(RegionCode.Level level) {
        return switch (level) {
            case PROVINCE -> "a province code (2 digits, e.g. 62)";
            case REGENCY_CITY -> "a regency/city code (4 digits, e.g. 62.71)";
            case DISTRICT -> "a district code (6 digits, e.g. 62.71.03)";
            case VILLAGE -> "a village code (10 digits, e.g. 62.71.03.1003)";
        };
    }

    /** Reads a unit tree, collecting problems and remembering where each unit id was first used. */
    private static final class Tree {

        private final Fields f;
        private final @Nullable RegionCode instansiRegion;
        private final Map<String, String> idPaths = new HashMap<>();

        Tree(Fields f, @Nullable RegionCode instansiRegion) {
            this.f = f;
            this.instansiRegion = instansiRegion;
        }

        /** Reads the optional {@code units} array of an object; null if any unit is broken. */
        @Nullable List<Unit> units(JsonNode object, String path, @Nullable ParentInfo parent) {
            JsonNode array = f.array(object, path, "units", false);
            if (array == null) {
                return object.has("units") && !object.get("units").isNull() ? null : List.of();
            }
            List<Unit> units = new ArrayList<>(array.size());
            boolean allRead = true;
            for (int i = 0; i < array.size(); i++) {
                Unit unit = unit(array.get(i), Fields.where(path, "units") + "[" + i + "]", parent);
                if (unit == null) {
                    allRead = false;
                } else {
                    units.add(unit);
                }
            }
            return allRead ? units : null;
        }

        @Nullable Unit unit(JsonNode node, String path, @Nullable ParentInfo parent) {
            if (!f.isObject(node, path)) {
                return null;
            }
            f.onlyKnown(node, path, UNIT);
            String id = f.name(node, path, "id", true);
            String name = f.name(node, path, "name", true);
            UnitKind kind = f.enumValue(node, path, "kind", true, UnitKind.class, AgencyCodec::id);
            RegionCode region = region(f, node, path);
            if (id != null) {
                String earlier = idPaths.putIfAbsent(id, path);
                if (earlier != null) {
                    String at = Fields.where(path, "id");
                    f.add(at, "UniqueId", at + " is " + Text.quote(id) + ", already the id of " + earlier
                            + "; unit ids are unique within an instansi", Text.quote(id));
                }
            }
            checkUnitRegion(node, path, kind, region, parent);
            List<Unit> units = units(node, path, new ParentInfo(path, id, region));
            if (id == null || name == null || kind == null || units == null || (region == null && hasValue(node, "region"))) {
                return null;
            }
            return new Unit(id, name, kind, Optional.ofNullable(region), units);
        }

        private void checkUnitRegion(JsonNode node, String path, @Nullable UnitKind kind, @Nullable RegionCode code,
                @Nullable ParentInfo parent) {
            String where = Fields.where(path, "region");
            Optional<RegionCode.Level> required = kind == null ? Optional.empty() : kind.requiredRegionLevel();
            if (code == null) {
                if (required.isPresent() && !hasValue(node, "region")) {
                    f.add(where, Fields.REQUIRED, where + " is missing; a " + id(kind) + " has " + required(required.get()), null);
                }
                return;
            }
            String shown = Text.quote(code.toString());
            if (required.isPresent() && code.level() != required.get()) {
                f.add(where, "RegionLevel", where + " is \"" + code + "\", a " + words(code.level()) + " code; a " + id(kind) + " has "
                        + required(required.get()), shown);
            }
            Optional<RegionCode.Kind> codeKind = code.kind();
            if (kind == UnitKind.KELURAHAN && codeKind.filter(k -> k != RegionCode.Kind.KELURAHAN).isPresent()) {
                f.add(where, "RegionKind", where + " is \"" + code + "\", a " + words(codeKind.get())
                        + " code; a kelurahan has a kelurahan code (village type digit 1)", shown);
            }
            if (kind == UnitKind.DESA && codeKind.filter(k -> k == RegionCode.Kind.KELURAHAN).isPresent()) {
                f.add(where, "RegionKind", where + " is \"" + code
                        + "\", a kelurahan code; a desa has a desa or desa adat code (village type digit 2 or 3)", shown);
            }
            if (instansiRegion != null && !instansiRegion.equals(code) && !instansiRegion.isAncestorOf(code)) {
                f.add(where, "InsideRegion", where + " is \"" + code + "\", outside the instansi's region " + instansiRegion
                        + "; a unit serves an area inside its government's", shown);
            }
            if (parent != null && parent.region != null && !parent.region.equals(code) && !parent.region.isAncestorOf(code)) {
                f.add(where, "InsideRegion", where + " is \"" + code + "\", outside the region " + parent.region + " of "
                        + (parent.path.isEmpty() ? "the unit" : parent.path)
                        + (parent.id == null ? "" : " (" + Text.clean(parent.id) + ")") + "; a unit serves an area inside its parent's",
                        shown);
            }
        }

        private static boolean hasValue(JsonNode object, String field) {
            JsonNode v = object.get(field);
            return v != null && !v.isNull();
        }
    }

    /** What a unit's checks need to know of the unit containing it. */
    private record ParentInfo(String path, @Nullable String id, @Nullable RegionCode region) {
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode write(Instansi instansi) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", instansi.id());
        root.put("name", instansi.name());
        root.put("kind", id(instansi.kind()));
        instansi.region().ifPresent(r -> root.put("region", r.toString()));
        ArrayNode units = root.putArray("units");
        for (Unit unit : instansi.units()) {
            units.add(write(unit));
        }
        return root;
    }

    static ObjectNode write(Unit unit) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", unit.id());
        node.put("name", unit.name());
        node.put("kind", id(unit.kind()));
        unit.region().ifPresent(r -> node.put("region", r.toString()));
        if (!unit.units().isEmpty()) {
            ArrayNode units = node.putArray("units");
            for (Unit child : unit.units()) {
                units.add(write(child));
            }
        }
        return node;
    }

    static ObjectNode write(Agency agency) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", agency.name());
        agency.code().ifPresent(c -> node.put("code", c));
        return node;
    }
}
