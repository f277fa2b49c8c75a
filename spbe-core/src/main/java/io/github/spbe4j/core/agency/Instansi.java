package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A government institution (instansi): a central agency, or a province, regency or city government
 * with its region code, and its organisation of units — the OPD and the units below them, down to
 * the kelurahan offices.
 *
 * <p>An instansi is always valid; construction checks, and reports all at once in an
 * {@link InvalidAgencyException}: a regional government has a region code of its level and kind
 * (a city a kota code, a regency a kabupaten code) and a central agency none; unit ids are unique;
 * a kecamatan has a district code, a kelurahan a village code of kind kelurahan and a desa one of
 * kind desa or desa adat; every unit's region lies inside the government's region and inside the
 * region of the unit that contains it.
 *
 * <pre>{@code
 * // fictional codes: province 99 does not exist
 * Instansi kota = Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY,
 *         RegionCode.parse("99.71"), List.of(
 *             Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS),
 *             Unit.of("kec-contoh-utara", "Kecamatan Contoh Utara", UnitKind.KECAMATAN, RegionCode.parse("99.71.01"))
 *                 .with(Unit.of("kel-contoh-satu", "Kelurahan Contoh Satu", UnitKind.KELURAHAN,
 *                         RegionCode.parse("99.71.01.1001")))));
 * kota.kelurahan();   // [the unit Kelurahan Contoh Satu]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Instansi {

    private final String id;
    private final String name;
    private final GovernmentKind kind;
    private final @Nullable RegionCode region;
    private final List<Unit> units;
    private final Map<String, Unit> unitsById;
    private final Map<String, Unit> parents;

    private Instansi(String id, String name, GovernmentKind kind, @Nullable RegionCode region, List<Unit> units) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.region = region;
        this.units = List.copyOf(units);
        ProblemList problems = ProblemList.inOrderFound();
        if (id.isBlank()) {
            problems.add(Problem.of("id", "NotBlank", "the id is blank", Text.quote(id)));
        }
        if (name.isBlank()) {
            problems.add(Problem.of("name", "NotBlank", "the name is blank", Text.quote(name)));
        }
        TextPolicy.NAME.check("id", id).ifPresent(problems::add);
        TextPolicy.NAME.check("name", name).ifPresent(problems::add);
        checkRegion(problems);
        Map<String, Unit> byId = new LinkedHashMap<>();
        Map<String, Unit> parentOf = new LinkedHashMap<>();
        for (Unit unit : this.units) {
            walk(unit, null, byId, parentOf, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidAgencyException("instansi " + Text.oneLine(id.isBlank() ? name : id), problems.list(), problems.omitted());
        }
        this.unitsById = Collections.unmodifiableMap(byId);
        this.parents = Collections.unmodifiableMap(parentOf);
    }

    /**
     * Returns an instansi.
     *
     * @param id its id, e.g. {@code "kota-contoh"}
     * @param name its name, e.g. {@code "Pemerintah Kota Contoh"}
     * @param kind the kind of government
     * @param region its region code, or null for a central agency
     * @param units its top-level units (the OPD)
     * @return the instansi
     * @throws InvalidAgencyException listing every rule broken
     */
    public static Instansi of(String id, String name, GovernmentKind kind, @Nullable RegionCode region, List<Unit> units) {
        return new Instansi(id, name, kind, region, units);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private void checkRegion(ProblemList problems) {
        if (kind == GovernmentKind.CENTRAL) {
            if (region != null) {
                problems.add(Problem.of("region", "RegionLevel", "a central agency has no region code, but " + region + " is given",
                        region.toString()));
            }
            return;
        }
        if (region == null) {
            problems.add(Problem.of("region", "Required", "a " + lower(kind) + " government needs a region code", null));
            return;
        }
        if (region.scheme() != RegionCode.Scheme.KEMENDAGRI) {
            problems.add(Problem.of("region", "RegionScheme", "region code " + region + " is of scheme " + region.scheme()
                    + "; governments use Kemendagri codes", region.toString()));
        }
        RegionCode.Level level = kind.regionLevel().orElseThrow();
        if (region.level() != level) {
            problems.add(Problem.of("region", "RegionLevel", "region code " + region + " is of level " + region.level() + "; a "
                    + lower(kind) + " government has one of level " + level, region.toString()));
        } else if (kind.regionKind().isPresent() && !region.kind().equals(kind.regionKind())) {
            problems.add(Problem.of("region", "RegionKind", "region code " + region + " is a " + region.kind().map(Instansi::lower).orElse("?")
                    + " code; a " + lower(kind) + " government has a " + lower(kind.regionKind().orElseThrow()) + " code",
                    region.toString()));
        }
    }

    private void walk(Unit unit, @Nullable Unit parent, Map<String, Unit> byId, Map<String, Unit> parentOf, ProblemList problems) {
        TextPolicy.NAME.check("units." + Text.oneLine(unit.id()) + ".id", unit.id()).ifPresent(problems::add);
        TextPolicy.NAME.check("units." + Text.oneLine(unit.id()) + ".name", unit.name()).ifPresent(problems::add);
        if (byId.putIfAbsent(unit.id(), unit) != null) {
            problems.add(Problem.of("units." + Text.oneLine(unit.id()), "UniqueId", "unit id " + Text.oneLine(unit.id())
                    + " is used more than once", Text.quote(unit.id())));
        } else if (parent != null) {
            parentOf.put(unit.id(), parent);
        }
        checkUnitRegion(unit, parent, problems);
        for (Unit child : unit.units()) {
            walk(child, unit, byId, parentOf, problems);
        }
    }

    private void checkUnitRegion(Unit unit, @Nullable Unit parent, ProblemList problems) {
        Optional<RegionCode.Level> required = unit.kind().requiredRegionLevel();
        String path = "units." + Text.oneLine(unit.id()) + ".region";
        String what = "unit " + Text.oneLine(unit.id()) + " (" + lower(unit.kind()) + ")";
        if (unit.region().isEmpty()) {
            if (required.isPresent()) {
                problems.add(Problem.of(path, "Required", what + " needs a region code of level " + required.get(), null));
            }
            return;
        }
        RegionCode code = unit.region().get();
        String shown = code.toString();
        if (required.isPresent() && code.level() != required.get()) {
            problems.add(Problem.of(path, "RegionLevel", what + " has region code " + code + " of level " + code.level()
                    + "; it needs level " + required.get(), shown));
        }
        if (unit.kind() == UnitKind.KELURAHAN && code.kind().filter(k -> k != RegionCode.Kind.KELURAHAN).isPresent()) {
            problems.add(Problem.of(path, "RegionKind", what + " has region code " + code + ", which is a " + lower(code.kind().orElseThrow())
                    + " code; a kelurahan has a kelurahan code", shown));
        }
        if (unit.kind() == UnitKind.DESA && code.kind().filter(k -> k == RegionCode.Kind.KELURAHAN).isPresent()) {
            problems.add(Problem.of(path, "RegionKind", what + " has region code " + code
                    + ", which is a kelurahan code; a desa has a desa or desa adat code", shown));
        }
        if (region != null && !region.equals(code) && !region.isAncestorOf(code)) {
            problems.add(Problem.of(path, "InsideRegion", what + " has region code " + code + ", outside the instansi's region " + region,
                    shown));
        }
        RegionCode parentRegion = parent == null ? null : parent.region().orElse(null);
        if (parentRegion != null && !parentRegion.equals(code) && !parentRegion.isAncestorOf(code)) {
            problems.add(Problem.of(path, "InsideRegion", what + " has region code " + code + ", outside the region " + parentRegion
                    + " of unit " + Text.oneLine(parent.id()), shown));
        }
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of government.
     *
     * @return the kind
     */
    public GovernmentKind kind() {
        return kind;
    }

    /**
     * Returns the region code, for a regional government.
     *
     * @return the region code, empty for a central agency
     */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Returns the top-level units.
     *
     * @return the units
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * Returns every unit, a parent before its children.
     *
     * @return all units
     */
    public List<Unit> allUnits() {
        return List.copyOf(unitsById.values());
    }

    /**
     * Returns the unit with an id.
     *
     * @param unitId the id
     * @return the unit, if any
     */
    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(unitsById.get(Objects.requireNonNull(unitId, "unitId")));
    }

    /**
     * Returns the unit that contains a unit.
     *
     * @param unitId the contained unit's id
     * @return the containing unit, empty for a top-level unit or an unknown id
     */
    public Optional<Unit> parentOf(String unitId) {
        return Optional.ofNullable(parents.get(Objects.requireNonNull(unitId, "unitId")));
    }

    /**
     * Returns the perangkat daerah (OPD): every unit whose kind is one.
     *
     * @return the OPD, in tree order
     */
    public List<Unit> opd() {
        return unitsById.values().stream().filter(u -> u.kind().perangkatDaerah()).toList();
    }

    /**
     * Returns the kelurahan offices.
     *
     * @return the kelurahan, in tree order
     */
    public List<Unit> kelurahan() {
        return unitsById.values().stream().filter(u -> u.kind() == UnitKind.KELURAHAN).toList();
    }

    /**
     * Returns the unit serving a region code, if one does.
     *
     * @param code the region code
     * @return the first unit, in tree order, whose region code is that code
     */
    public Optional<Unit> unitServing(RegionCode code) {
        Objects.requireNonNull(code, "code");
        return unitsById.values().stream().filter(u -> u.region().filter(code::equals).isPresent()).findFirst();
    }

    /**
     * Returns this instansi as an {@link Agency}, to assess it.
     *
     * @return the agency named by this instansi's name, with its region code (or id) as code
     */
    public Agency asAgency() {
        return Agency.of(name, region == null ? id : region.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instansi i && id.equals(i.id) && name.equals(i.name) && kind == i.kind
                && Objects.equals(region, i.region) && units.equals(i.units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, region, units);
    }

    /** Returns e.g. {@code Pemerintah Kota Contoh [kota-contoh, 62.71]}. */
    @Override
    public String toString() {
        return name + " [" + id + (region == null ? "" : ", " + region) + "]";
    }
}
