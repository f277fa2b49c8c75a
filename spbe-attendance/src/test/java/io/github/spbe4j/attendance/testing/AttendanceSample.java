package io.github.spbe4j.attendance.testing;

import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.attendance.schedule.WorkingDay;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The generator of examples/data/kota-contoh-attendance-2026-03.csv: the fictional city of Kota Contoh,
 * 25 employees in three OPDs, the working days of March 2026 in WIB (Ramadan hours until 17 March; Nyepi,
 * Idul Fitri and their cuti bersama off), with planted cases for recaps and anomaly detection:
 *
 * <ul>
 *   <li>late check-ins in every band: employee 3 on 3 March (TL1, 12 min), 8 on 10 March (TL2, 45 min),
 *       12 on 12 March (TL3, 75 min), 20 on 26 March (TL4, 100 min), and a few random TL1;</li>
 *   <li>early leaves: employee 4 on 5 March (25 min), 15 on 30 March (50 min), and a few random;</li>
 *   <li>absences: employee 5 on 9–11 March, 17 on 25–26 March, and a few random days;</li>
 *   <li>a missing check-out: employee 14 on 25 March;</li>
 *   <li>a fake-GPS cluster: employees 21–24 check in on 11 March with the very same coordinates;</li>
 *   <li>a shared device: employee 7 checks in on 16 March on employee 6's device;</li>
 *   <li>impossible travel: employee 10 checks in at the office on 27 March and checks out 16 minutes
 *       later about 200 km north.</li>
 * </ul>
 *
 * Run {@link #main(String[])} from the repository root to write the file again.
 */
public final class AttendanceSample {

    /** The sample's path from the repository root. */
    public static final String FILE = "examples/data/kota-contoh-attendance-2026-03.csv";

    /** The header of the sample. */
    public static final String HEADER = "nip,date,check_in,check_out,opd,in_location,in_lat,in_lon,in_accuracy,in_device,"
            + "out_location,out_lat,out_lon,out_accuracy,out_device";

    /** An OPD of Kota Contoh: its code, its office's location id and coordinates. */
    public record Opd(String code, String location, BigDecimal lat, BigDecimal lon) {
    }

    /** An employee: the sample's number (1..25), NIP, OPD and device. */
    public record Employee(int number, Nip nip, Opd opd, String device) {
    }

    public static final List<Opd> OPDS = List.of(
            new Opd("DISKOMINFO", "KC-KOMINFO", new BigDecimal("-0.026300"), new BigDecimal("109.342500")),
            new Opd("BAPPEDA", "KC-BAPPEDA", new BigDecimal("-0.031800"), new BigDecimal("109.336100")),
            new Opd("DISDUKCAPIL", "KC-DUKCAPIL", new BigDecimal("-0.041200"), new BigDecimal("109.339800")));

    /** The coordinates the fake-GPS cluster reports. */
    public static final String FAKE_LAT = "-0.0412345";
    public static final String FAKE_LON = "109.3398765";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private AttendanceSample() {
    }

    /** The 25 employees: 1–9 DISKOMINFO, 10–17 BAPPEDA, 18–25 DISDUKCAPIL. */
    public static List<Employee> employees() {
        Random random = new Random(202603);
        List<Employee> list = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            Opd opd = OPDS.get(n <= 9 ? 0 : n <= 17 ? 1 : 2);
            int birthYear = 1968 + random.nextInt(30);
            String birth = String.format("%04d%02d%02d", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String sex = Integer.toString(1 + random.nextInt(2));
            String serial = String.format("%03d", n);
            String middle;
            if (n % 6 == 0) {
                middle = (2021 + random.nextInt(4)) + "2" + (1 + random.nextInt(2));   // PPPK
            } else {
                int start = Math.max(birthYear + 22, 1990) + random.nextInt(8);
                middle = start + String.format("%02d", 1 + random.nextInt(12));
            }
            Nip nip = Nip.parse(birth + middle + sex + serial);
            String device = String.format("and-%08x", random.nextInt() & 0x7fffffff);
            list.add(new Employee(n, nip, opd, device));
        }
        return list;
    }

    /** The sample's text. */
    public static String generate() {
        WorkSchedule schedule = WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId());
        List<Employee> employees = employees();
        Random random = new Random(31);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (LocalDate date = LocalDate.of(2026, 3, 1); date.getMonthValue() == 3; date = date.plusDays(1)) {
            Optional<WorkingDay> working = schedule.day(date);
            if (working.isEmpty()) {
                continue;
            }
            LocalTime start = working.get().startAt().toLocalTime();
            LocalTime end = working.get().endAt().toLocalTime();
            int day = date.getDayOfMonth();
            for (Employee e : employees) {
                int n = e.number();
                boolean absent = n == 5 && day >= 9 && day <= 11 || n == 17 && (day == 25 || day == 26)
                        || random.nextInt(100) < 2 && !planted(n, day);
                if (absent) {
                    continue;
                }
                int inSeconds = -(5 * 60 + random.nextInt(25 * 60));
                if (n == 3 && day == 3) {
                    inSeconds = 12 * 60 + 20;
                } else if (n == 8 && day == 10) {
                    inSeconds = 45 * 60 + 5;
                } else if (n == 12 && day == 12) {
                    inSeconds = 75 * 60 + 40;
                } else if (n == 20 && day == 26) {
                    inSeconds = 100 * 60 + 12;
                } else if (random.nextInt(100) < 6) {
                    inSeconds = 60 + random.nextInt(20 * 60);
                }
                int outSeconds = random.nextInt(40 * 60);
                if (n == 4 && day == 5) {
                    outSeconds = -25 * 60;
                } else if (n == 15 && day == 30) {
                    outSeconds = -50 * 60 - 30;
                } else if (random.nextInt(100) < 3) {
                    outSeconds = -(2 * 60 + random.nextInt(30 * 60));
                }
                LocalTime in = start.plusSeconds(inSeconds);
                LocalTime out = end.plusSeconds(outSeconds);
                String inLat = jitter(e.opd().lat(), random);
                String inLon = jitter(e.opd().lon(), random);
                String inAccuracy = accuracy(random);
                String inDevice = e.device();
                String outLat = jitter(e.opd().lat(), random);
                String outLon = jitter(e.opd().lon(), random);
                String outAccuracy = accuracy(random);
                String outLocation = e.opd().location();
                if (n >= 21 && n <= 24 && day == 11) {
                    inLat = FAKE_LAT;
                    inLon = FAKE_LON;
                    inAccuracy = "3.0";
                }
                if (n == 7 && day == 16) {
                    inDevice = employees.get(5).device();
                }
                if (n == 10 && day == 27) {
                    in = LocalTime.of(7, 24, 41);
                    out = LocalTime.of(7, 40, 55);
                    outLat = e.opd().lat().add(new BigDecimal("1.8")).toPlainString();
                    outLon = e.opd().lon().toPlainString();
                    outLocation = "";
                }
                sb.append(e.nip()).append(',').append(date).append(',').append(in.format(TIME)).append(',');
                boolean noCheckOut = n == 14 && day == 25;
                sb.append(noCheckOut ? "" : out.format(TIME)).append(',').append(e.opd().code()).append(',')
                        .append(e.opd().location()).append(',').append(inLat).append(',').append(inLon).append(',')
                        .append(inAccuracy).append(',').append(inDevice).append(',');
                if (noCheckOut) {
                    sb.append(",,,,");
                } else {
                    sb.append(outLocation).append(',').append(outLat).append(',').append(outLon).append(',')
                            .append(outAccuracy).append(',').append(e.device());
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Whether an employee has a planted case on a day of March, and so is present. */
    private static boolean planted(int n, int day) {
        return n == 3 && day == 3 || n == 8 && day == 10 || n == 12 && day == 12 || n == 20 && day == 26 || n == 4 && day == 5
                || n == 15 && day == 30 || n == 14 && day == 25 || n >= 21 && n <= 24 && day == 11 || (n == 6 || n == 7) && day == 16
                || n == 10 && day == 27;
    }

    private static String jitter(BigDecimal base, Random random) {
        BigDecimal offset = BigDecimal.valueOf(random.nextInt(601) - 300, 6);
        return base.add(offset).setScale(6, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String accuracy(Random random) {
        return BigDecimal.valueOf(40 + random.nextInt(210), 1).toPlainString();
    }

    /**
     * Writes the sample file.
     *
     * @param args the repository root, or nothing for the working directory
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.writeString(root.resolve(FILE), generate(), StandardCharsets.UTF_8);
    }
}
