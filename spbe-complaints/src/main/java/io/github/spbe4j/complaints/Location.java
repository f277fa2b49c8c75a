package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the matter of a complaint is: a region (a Kemendagri code, usually the kelurahan or desa),
 * a point, an address as the resident wrote it, or any of these together, at least one.
 *
 * @param region the region, e.g. kelurahan {@code 61.71.01.1001}
 * @param coordinates the point, e.g. from the phone
 * @param address the address or a description of the place (one line, at most 500 characters); empty for none
 * @since 0.1.0
 */
public record Location(Optional<RegionCode> region, Optional<Coordinates> coordinates, String address) {

    /** The longest address, in characters. */
    public static final int MAX_ADDRESS = 500;

    /**
     * Checks the address and that something is given.
     *
     * @param region the region
     * @param coordinates the point
     * @param address the address
     * @throws InvalidComplaintException if the address breaks the text policy or the length, or nothing is given
     */
    public Location {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(address, "address");
        ProblemList problems = ProblemList.inOrderFound();
        Rules.text(problems, "address", address, TextPolicy.LINE, 0, MAX_ADDRESS);
        if (problems.isEmpty() && region.isEmpty() && coordinates.isEmpty() && address.isBlank()) {
            problems.add(Problem.of("location", Rules.REQUIRED, "a location needs a region, coordinates or an address", null));
        }
        Rules.throwIfAny(problems, "location");
    }

    /**
     * Returns a location in a region, without point or address.
     *
     * @param region the region
     * @return the location
     */
    public static Location in(RegionCode region) {
        return new Location(Optional.of(region), Optional.empty(), "");
    }

    /**
     * Returns this location with a point.
     *
     * @param point the point
     * @return the location
     */
    public Location at(Coordinates point) {
        return new Location(region, Optional.of(point), address);
    }

    /**
     * Returns this location with an address.
     *
     * @param text the address
     * @return the location
     */
    public Location withAddress(String text) {
        return new Location(region, coordinates, text);
    }
}
