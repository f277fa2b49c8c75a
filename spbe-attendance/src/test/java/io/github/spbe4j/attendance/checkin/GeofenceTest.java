package io.github.spbe4j.attendance.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GeofenceTest {

    private static final double R = 6_371_008.8;
    private static final GeoPoint PONTIANAK = GeoPoint.of("-0.0263", "109.3425");

    /**
     * The oracle: the great-circle distance by Vincenty's formula for a sphere (atan2 of the chord's
     * components), written independently of the haversine under test.
     */
    static double vincentySphere(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double p1 = Math.toRadians(lat1Deg);
        double p2 = Math.toRadians(lat2Deg);
        double dl = Math.toRadians(lon2Deg - lon1Deg);
        double a = Math.cos(p2) * Math.sin(dl);
        double b = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
        double c = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
        return R * Math.atan2(Math.hypot(a, b), c);
    }

    /** A second oracle for distances above a few kilometres, where it is well conditioned. */
    static double lawOfCosines(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double p1 = Math.toRadians(lat1Deg);
        double p2 = Math.toRadians(lat2Deg);
        double c = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(lon2Deg - lon1Deg));
        return R * Math.acos(Math.max(-1, Math.min(1, c)));
    }

    private static GeoPoint point(double lat, double lon) {
        return new GeoPoint(BigDecimal.valueOf(lat).setScale(8, RoundingMode.HALF_EVEN),
                BigDecimal.valueOf(lon).setScale(8, RoundingMode.HALF_EVEN));
    }

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 20_260_302L, 0xCAFEL);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void distanceMetres_randomPointsAnywhere_agreesWithVincentyAndTheLawOfCosines(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            GeoPoint a = point(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
            GeoPoint b = point(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
            double oracle = vincentySphere(a.latitude().doubleValue(), a.longitude().doubleValue(),
                    b.latitude().doubleValue(), b.longitude().doubleValue());
            assertThat(Geofence.distanceMetres(a, b)).as("%s to %s", a, b).isCloseTo(oracle, within(1e-3));
            if (oracle > 10_000) {
                double cosines = lawOfCosines(a.latitude().doubleValue(), a.longitude().doubleValue(),
                        b.latitude().doubleValue(), b.longitude().doubleValue());
                assertThat(Geofence.distanceMetres(a, b)).isCloseTo(cosines, within(1e-2));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void contains_randomFixesNearAFence_decidesAsTheOracleSays(long seed) {
        Random random = new Random(seed);
        int inside = 0;
        for (int i = 0; i < 2_000; i++) {
            double lat = random.nextDouble() * 20 - 10; // Indonesia's latitudes and a margin
            double lon = 94 + random.nextDouble() * 48;
            GeoPoint centre = point(lat, lon);
            int radius = 1 + random.nextInt(500);
            GeoPoint fix = point(lat + (random.nextDouble() - 0.5) * 0.02, lon + (random.nextDouble() - 0.5) * 0.02);
            double accuracy = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 800;
            double d = vincentySphere(centre.latitude().doubleValue(), centre.longitude().doubleValue(),
                    fix.latitude().doubleValue(), fix.longitude().doubleValue());
            double limit = radius + Math.min(accuracy, radius);
            if (Math.abs(d - limit) < 1e-3) {
                continue; // too close to the boundary for two double computations to agree
            }
            boolean expected = d <= limit;
            assertThat(Geofence.of(centre, radius).contains(fix, accuracy))
                    .as("fix %s accuracy %s, fence %s r %d, distance %s", fix, accuracy, centre, radius, d).isEqualTo(expected);
            inside += expected ? 1 : 0;
        }
        assertThat(inside).as("both outcomes are exercised").isBetween(100, 1_900);
    }

    @Test
    void contains_theClassExample_isInside() {
        Geofence office = Geofence.of(GeoPoint.of("-0.0263", "109.3425"), 100);
        boolean inside = office.contains(GeoPoint.of("-0.0265", "109.3426"), 12.5);
        assertThat(inside).isTrue();
        assertThat(office.distanceMetres(GeoPoint.of("-0.0265", "109.3426"))).isCloseTo(24.86, within(0.01));
    }

    @Test
    void distanceMetres_oneKilometreAlongAMeridian_isOneKilometre() {
        // 1000 m is 1000 / R radians = 0.0089932... degrees of latitude; 8 decimals leave under 1 mm
        BigDecimal dLat = BigDecimal.valueOf(Math.toDegrees(1000 / R)).setScale(8, RoundingMode.HALF_EVEN);
        GeoPoint north = new GeoPoint(PONTIANAK.latitude().add(dLat), PONTIANAK.longitude());
        assertThat(Geofence.distanceMetres(PONTIANAK, north)).isCloseTo(1000.0, within(0.001));
        assertThat(Geofence.distanceMetres(north, PONTIANAK)).isCloseTo(1000.0, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({
        // one degree of longitude on the equator: R × π / 180
        "0, 0, 0, 1, 111195.0802",
        // one degree of latitude anywhere
        "-6, 106.8, -5, 106.8, 111195.0802",
        // pole to pole: R × π
        "90, 0, -90, 0, 20015114.4420",
        // antipodes on the equator
        "0, 0, 0, 180, 20015114.4420"
    })
    void distanceMetres_knownDistances_match(String lat1, String lon1, String lat2, String lon2, double metres) {
        assertThat(Geofence.distanceMetres(GeoPoint.of(lat1, lon1), GeoPoint.of(lat2, lon2))).isCloseTo(metres, within(0.1));
    }

    @Test
    void contains_accuracyRule_givesTheBenefitOfTheDoubtUpToOneRadius() {
        Geofence fence = Geofence.of(PONTIANAK, 100);
        // a point 150 m north
        BigDecimal dLat = BigDecimal.valueOf(Math.toDegrees(150 / R)).setScale(8, RoundingMode.HALF_EVEN);
        GeoPoint at150 = new GeoPoint(PONTIANAK.latitude().add(dLat), PONTIANAK.longitude());
        assertThat(fence.contains(PONTIANAK, 0)).isTrue();
        assertThat(fence.contains(at150, 0)).isFalse();
        assertThat(fence.contains(at150, 49)).isFalse();
        assertThat(fence.contains(at150, 51)).isTrue();
        // a point 250 m away is never inside, whatever accuracy the phone claims
        BigDecimal d250 = BigDecimal.valueOf(Math.toDegrees(250 / R)).setScale(8, RoundingMode.HALF_EVEN);
        GeoPoint at250 = new GeoPoint(PONTIANAK.latitude().add(d250), PONTIANAK.longitude());
        assertThat(fence.contains(at250, 1e9)).isFalse();
        assertThat(fence.contains(at250, Double.MAX_VALUE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void contains_badAccuracy_isRefusedNamingIt(double accuracy) {
        Geofence fence = Geofence.of(PONTIANAK, 100);
        assertThatThrownBy(() -> fence.contains(PONTIANAK, accuracy)).isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("a fix's accuracy is " + accuracy + " metres");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_001, Integer.MIN_VALUE})
    void of_radiusOutOfRange_isRefusedNamingIt(int radius) {
        assertThatThrownBy(() -> Geofence.of(PONTIANAK, radius)).isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("a geofence radius is " + radius + " metres; it must be 1..100000");
    }

    @Test
    void geoPoint_sameDegreesAtAnotherScale_isEqualAndPrintsPlain() {
        assertThat(GeoPoint.of("-0.026300", "109.34250")).isEqualTo(PONTIANAK).hasSameHashCodeAs(PONTIANAK)
                .hasToString("-0.0263,109.3425");
        assertThat(GeoPoint.of("1E+1", "0.00")).hasToString("10,0");
    }

    @Test
    void geoPoint_outOfRangeTooPreciseOrNotANumber_isRefusedNamingEveryProblem() {
        assertThatThrownBy(() -> GeoPoint.of("-91", "181")).isInstanceOfSatisfying(InvalidCheckInException.class,
                e -> assertThat(e.problems()).extracting(Problem::message).containsExactly(
                        "latitude -91 is out of range; it runs -90 to 90", "longitude 181 is out of range; it runs -180 to 180"));
        assertThatThrownBy(() -> GeoPoint.of("0.000000001", "0")).isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("latitude 0.000000001 has more than 8 decimal places");
        assertThatThrownBy(() -> GeoPoint.of("1\u001b[2J", "0")).isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("is not a decimal number of degrees").hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> GeoPoint.of("1".repeat(100_000), "0")).isInstanceOf(InvalidCheckInException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> GeoPoint.of("1E+999999999", "0")).isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("out of range");
    }
}
