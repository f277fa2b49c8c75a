package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.attendance.anomaly.Anomaly;
import io.github.spbe4j.attendance.anomaly.AnomalyDetector;
import io.github.spbe4j.attendance.anomaly.AnomalyPolicy;
import io.github.spbe4j.attendance.anomaly.PunchRef;
import io.github.spbe4j.attendance.record.Punch;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe attendance anomalies RECORDS.csv}: the findings of an {@link AnomalyDetector} over a records
 * file — the same point reported by many employees, one device used by several, impossible travel — each
 * with the punches behind it.
 */
@Command(name = "anomalies", mixinStandardHelpOptions = true,
        description = {"Anomalies in an attendance records CSV (FILE, or - for standard input): the same point reported by several",
            "employees (a fake-GPS app repeats one point), one device used by several employees, and moves between two punches of",
            "one employee faster than --max-speed (or between two locations quicker than --min-location-change when a punch has",
            "no GPS fix). Each finding lists the punches behind it. The thresholds are chosen defaults, not official figures."})
final class AttendanceAnomaliesCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Mixin
    private AttendanceReading reading = new AttendanceReading();

    @Option(names = "--window", defaultValue = "DAY", paramLabel = "WINDOW", converter = WindowConverter.class,
            description = "Over which period the same point and a shared device are counted: day or month (default: day).")
    private AnomalyPolicy.Window window = AnomalyPolicy.Window.DAY;

    @Option(names = "--same-point", paramLabel = "N",
            description = "Employees reporting one point that make a finding (default: " + AnomalyPolicy.DEFAULT_SAME_POINT_EMPLOYEES + ").")
    private int samePoint = AnomalyPolicy.DEFAULT_SAME_POINT_EMPLOYEES;

    @Option(names = "--max-speed", paramLabel = "KMH",
            description = "The fastest plausible travel between two punches, in km/h (default: 150).")
    private double maxSpeed = AnomalyPolicy.DEFAULT_MAX_SPEED_KMH;

    @Option(names = "--min-location-change", paramLabel = "MINUTES",
            description = "Two locations without GPS fixes closer in time than this are a finding (default: 10).")
    private long minLocationChange = AnomalyPolicy.DEFAULT_MIN_LOCATION_CHANGE.toMinutes();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        AnomalyPolicy policy;
        try {
            policy = AnomalyPolicy.defaults().withWindow(window).withSamePointEmployees(samePoint).withMaxSpeedKmh(maxSpeed)
                    .withMinLocationChange(Duration.ofMinutes(minLocationChange));
        } catch (io.github.spbe4j.core.SpbeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        AnomalyDetector detector = AnomalyDetector.of(policy);
        long rows = reading.forEach(input, row -> detector.accept(row.record()));
        List<Anomaly> findings = detector.findings();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonOutput.text(json(rows, policy, findings)));
        } else {
            out.println(input.name() + ": " + rows + " records, " + findings.size() + (findings.size() == 1 ? " finding" : " findings")
                    + " (window: " + words(policy.window()) + ")");
            for (Anomaly a : findings) {
                out.println("- " + a.description());
                a.punches().forEach(p -> out.println("    " + p));
            }
        }
    }

    private static String words(AnomalyPolicy.Window window) {
        return window.name().toLowerCase(Locale.ROOT);
    }

    private ObjectNode json(long rows, AnomalyPolicy policy, List<Anomaly> findings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("file", input.name()).put("records", rows).put("window", words(policy.window()));
        ObjectNode p = root.putObject("policy");
        p.put("samePointEmployees", policy.samePointEmployees()).put("pointDecimals", policy.pointDecimals())
                .put("sharedDeviceEmployees", policy.sharedDeviceEmployees()).put("maxSpeedKmh", policy.maxSpeedKmh())
                .put("minLocationChangeMinutes", policy.minLocationChange().toMinutes());
        var array = root.putArray("findings");
        for (Anomaly a : findings) {
            ObjectNode f = array.addObject();
            f.put("kind", kind(a)).put("description", a.description());
            if (a instanceof Anomaly.SamePoint s) {
                f.put("latitude", s.point().latitude()).put("longitude", s.point().longitude()).put("start", s.start().toString());
            } else if (a instanceof Anomaly.SharedDevice d) {
                f.put("device", d.device()).put("start", d.start().toString());
            } else if (a instanceof Anomaly.ImpossibleTravel t) {
                f.put("distanceMetres", Math.round(t.distanceMetres())).put("beyondAccuracyMetres", Math.round(t.beyondAccuracyMetres()))
                        .put("elapsedSeconds", t.elapsed().toSeconds())
                        .put("impliedKmh", Double.isInfinite(t.impliedKmh()) ? null : Math.round(t.impliedKmh()));
            } else if (a instanceof Anomaly.QuickLocationChange q) {
                f.put("elapsedSeconds", q.elapsed().toSeconds());
            }
            var employees = f.putArray("employees");
            a.employees().forEach(n -> employees.add(n.toString()));
            var punches = f.putArray("punches");
            a.punches().forEach(r -> punch(punches.addObject(), r));
        }
        return root;
    }

    private static String kind(Anomaly a) {
        if (a instanceof Anomaly.SamePoint) {
            return "same-point";
        } else if (a instanceof Anomaly.SharedDevice) {
            return "shared-device";
        } else if (a instanceof Anomaly.ImpossibleTravel) {
            return "impossible-travel";
        }
        return "quick-location-change";
    }

    private static void punch(ObjectNode o, PunchRef ref) {
        Punch p = ref.punch();
        o.put("nip", ref.employee().toString()).put("date", ref.record().date().toString())
                .put("side", ref.side() == PunchRef.Side.CHECK_IN ? "check-in" : "check-out")
                .put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.at().atZone(p.zone()).toOffsetDateTime()))
                .put("zone", p.zoneLabel());
        p.location().ifPresent(l -> o.put("location", l));
        p.device().ifPresent(d -> o.put("device", d));
        p.fix().ifPresent(fix -> o.put("latitude", fix.point().latitude()).put("longitude", fix.point().longitude())
                .put("accuracyMetres", fix.accuracyMetres()));
    }

    /** Reads {@code day} or {@code month}, in any case. */
    static final class WindowConverter implements CommandLine.ITypeConverter<AnomalyPolicy.Window> {
        @Override
        public AnomalyPolicy.Window convert(String value) {
            for (AnomalyPolicy.Window w : AnomalyPolicy.Window.values()) {
                if (w.name().equalsIgnoreCase(value)) {
                    return w;
                }
            }
            throw new CommandLine.TypeConversionException("expected day or month");
        }
    }
}
