package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An agency's rules of lateness and early leave: bands of minutes late (TL, terlambat) and of minutes
 * left early (PSW, pulang sebelum waktu), each with its allowance deduction as an exact percentage, the
 * deduction for a day absent, and how the seconds of a scan count. There is no national table: each
 * agency sets its own, and these rules are its data ({@link #read(Path)} reads them from a JSON file).
 *
 * <p>{@link #permentan68of2012()} is a sample: the bands of Permentan 68/2012 (Kementerian Pertanian).
 * A missing check-in or check-out counts as the last band of its list, as that regulation counts "no
 * record" with more than 90 minutes.
 *
 * <pre>{@code
 * LatenessRules rules = LatenessRules.permentan68of2012();
 * WorkingDay day = WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId())
 *         .day(LocalDate.of(2025, 6, 2)).orElseThrow();
 * Deviation d = rules.checkIn(day, LocalTime.of(8, 5));   // 35 minutes late
 * d.band().orElseThrow().code();                           // "TL2"
 * d.deduction();                                           // 1 (percent)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LatenessRules {

    /** The source of {@link #permentan68of2012()}. */
    public static final String PERMENTAN_68_2012 = "Permentan 68/2012 (Kementerian Pertanian): late 1-30 min 0.5 %, 31-60 min 1 %, "
            + "61-90 min 1.5 %, over 90 min or no record 2 %; an absent day 4 %. The early-leave (PSW) bands are assumed equal to the "
            + "late ones: the reference gives one table";

    private static final LatenessRules PERMENTAN = new LatenessRules("Permentan 68/2012 (sample)", PERMENTAN_68_2012, SecondsRule.FULL_MINUTES,
            bands("TL"), bands("PSW"), new BigDecimal("4"));

    private final String name;
    private final String source;
    private final SecondsRule seconds;
    private final List<Band> late;
    private final List<Band> earlyLeave;
    private final BigDecimal absentDeduction;

    private LatenessRules(String name, String source, SecondsRule seconds, List<Band> late, List<Band> earlyLeave, BigDecimal absentDeduction) {
        this.name = name;
        this.source = source;
        this.seconds = seconds;
        this.late = List.copyOf(late);
        this.earlyLeave = List.copyOf(earlyLeave);
        this.absentDeduction = RulesCheck.plain(absentDeduction);
    }

    /**
     * Returns rules.
     *
     * @param name the rules' name, e.g. the agency and its regulation
     * @param source where they come from
     * @param seconds how the seconds of a scan count
     * @param late the lateness bands, in order: the first from minute 1 or later, each following on the
     *        one before, the last open
     * @param earlyLeave the early-leave bands, likewise
     * @param absentDeduction the deduction for a day absent, in percent 0 to 100
     * @return the rules
     * @throws InvalidLatenessRulesException naming every rule broken
     */
    public static LatenessRules of(String name, String source, SecondsRule seconds, List<Band> late, List<Band> earlyLeave,
            BigDecimal absentDeduction) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(seconds, "seconds");
        Objects.requireNonNull(absentDeduction, "absentDeduction");
        List<Band> l = List.copyOf(late);
        List<Band> e = List.copyOf(earlyLeave);
        List<Problem> problems = new ArrayList<>();
        text(name, "name", TextPolicy.NAME, problems);
        text(source, "source", TextPolicy.LINE, problems);
        RulesCheck.list(l, "late", problems);
        RulesCheck.list(e, "earlyLeave", problems);
        RulesCheck.codes(l, e, problems);
        RulesCheck.percent(absentDeduction, "absentDeduction", problems);
        if (!problems.isEmpty()) {
            throw InvalidLatenessRulesException.of("lateness rules " + Text.quote(name), problems);
        }
        return new LatenessRules(name, source, seconds, l, e, absentDeduction);
    }

    /**
     * Returns the sample rules of Permentan 68/2012: 1-30 minutes 0.5 %, 31-60 minutes 1 %, 61-90
     * minutes 1.5 %, more than 90 minutes or no record 2 %, a day absent 4 %; the same bands for early
     * leave (PSW1..PSW4) as for lateness (TL1..TL4); only full minutes count.
     *
     * @return the rules
     */
    public static LatenessRules permentan68of2012() {
        return PERMENTAN;
    }

    /**
     * Reads rules from a JSON file (see docs/attendance.md).
     *
     * @param file the file
     * @return the rules
     * @throws InvalidLatenessRulesException listing every problem of the file
     * @throws io.github.spbe4j.core.SpbeException if the file cannot be read
     */
    public static LatenessRules read(Path file) {
        return StrictJson.readFile(file, "lateness rules", RulesJson::read);
    }

    /**
     * Reads rules from a stream of JSON, which is not closed.
     *
     * @param in the stream
     * @param source a name of the stream for messages, e.g. its file name
     * @return the rules
     * @throws InvalidLatenessRulesException listing every problem of the text
     * @throws io.github.spbe4j.core.SpbeException if the stream cannot be read
     */
    public static LatenessRules read(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        return RulesJson.read(in, Text.oneLine(source));
    }

    /**
     * Reads rules from JSON text.
     *
     * @param json the text
     * @return the rules
     * @throws InvalidLatenessRulesException listing every problem of the text
     */
    public static LatenessRules parse(String json) {
        return RulesJson.parse(json);
    }

    /**
     * Returns these rules as JSON, in the form {@link #parse(String)} reads back to equal rules.
     *
     * @return the JSON text
     */
    public String toJson() {
        return RulesJson.write(this);
    }

    /**
     * Compares a check-in with the day's start.
     *
     * @param day the working day
     * @param scan when the employee checked in
     * @return on time, or late by some minutes and their band
     */
    public Deviation checkIn(WorkingDay day, Instant scan) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scan, "scan");
        return deviation(Duration.between(day.startAt().toInstant(), scan), late, Deviation.Kind.LATE);
    }

    /**
     * Compares a check-in at a local time on the day's date, in the day's zone, with the day's start.
     *
     * @param day the working day
     * @param scan the local time of the check-in
     * @return on time, or late by some minutes and their band
     */
    public Deviation checkIn(WorkingDay day, LocalTime scan) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scan, "scan");
        return checkIn(day, day.date().atTime(scan).atZone(day.zone()).toInstant());
    }

    /**
     * Compares a check-out with the day's end.
     *
     * @param day the working day
     * @param scan when the employee checked out
     * @return on time, or early by some minutes and their band
     */
    public Deviation checkOut(WorkingDay day, Instant scan) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scan, "scan");
        return deviation(Duration.between(scan, day.endAt().toInstant()), earlyLeave, Deviation.Kind.EARLY_LEAVE);
    }

    /**
     * Compares a check-out at a local time on the date the day ends (the next date for hours that end
     * the next day), in the day's zone, with the day's end.
     *
     * @param day the working day
     * @param scan the local time of the check-out
     * @return on time, or early by some minutes and their band
     */
    public Deviation checkOut(WorkingDay day, LocalTime scan) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scan, "scan");
        return checkOut(day, day.endAt().toLocalDate().atTime(scan).atZone(day.zone()).toInstant());
    }

    /**
     * Returns what a day without a check-in costs: the last lateness band.
     *
     * @return the deviation
     */
    public Deviation noCheckIn() {
        return new Deviation(Deviation.Kind.NO_CHECK_IN, 0, Optional.of(late.get(late.size() - 1)));
    }

    /**
     * Returns what a day without a check-out costs: the last early-leave band.
     *
     * @return the deviation
     */
    public Deviation noCheckOut() {
        return new Deviation(Deviation.Kind.NO_CHECK_OUT, 0, Optional.of(earlyLeave.get(earlyLeave.size() - 1)));
    }

    /** @return the rules' name */
    public String name() {
        return name;
    }

    /** @return where the rules come from */
    public String source() {
        return source;
    }

    /** @return how the seconds of a scan count */
    public SecondsRule seconds() {
        return seconds;
    }

    /** @return the lateness bands (TL), in order, unmodifiable */
    public List<Band> late() {
        return late;
    }

    /** @return the early-leave bands (PSW), in order, unmodifiable */
    public List<Band> earlyLeave() {
        return earlyLeave;
    }

    /** @return the deduction for a day absent, in percent */
    public BigDecimal absentDeduction() {
        return absentDeduction;
    }

    /**
     * Returns these rules with another seconds rule.
     *
     * @param seconds how the seconds of a scan count
     * @return the rules
     */
    public LatenessRules withSeconds(SecondsRule seconds) {
        Objects.requireNonNull(seconds, "seconds");
        return new LatenessRules(name, source, seconds, late, earlyLeave, absentDeduction);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LatenessRules r && name.equals(r.name) && source.equals(r.source) && seconds == r.seconds
                && late.equals(r.late) && earlyLeave.equals(r.earlyLeave) && absentDeduction.equals(r.absentDeduction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, source, seconds, late, earlyLeave, absentDeduction);
    }

    @Override
    public String toString() {
        return "LatenessRules[" + name + ", " + seconds.id() + ", late " + late + ", early leave " + earlyLeave + ", absent "
                + absentDeduction.toPlainString() + "%]";
    }

    private Deviation deviation(Duration by, List<Band> bands, Deviation.Kind kind) {
        if (by.isNegative() || by.isZero()) {
            return new Deviation(Deviation.Kind.ON_TIME, 0, Optional.empty());
        }
        long minutes = seconds.minutes(by.getSeconds(), by.getNano());
        if (minutes == 0) {
            return new Deviation(Deviation.Kind.ON_TIME, 0, Optional.empty());
        }
        return new Deviation(kind, minutes, Band.find(bands, minutes));
    }

    private static void text(String text, String field, TextPolicy policy, List<Problem> problems) {
        if (text.isBlank()) {
            problems.add(Problem.of(field, Fields.NOT_BLANK, field + " is blank; it must be a non-empty text", null));
        } else if (text.length() > RulesCheck.MAX_TEXT) {
            problems.add(Problem.of(field, Fields.RANGE, field + " " + Text.quote(text) + " has " + text.length()
                    + " characters; at most " + RulesCheck.MAX_TEXT, Text.quote(text)));
        } else {
            policy.check(field, text).ifPresent(problems::add);
        }
    }

    private static List<Band> bands(String prefix) {
        return List.of(Band.of(prefix + "1", 1, 30, new BigDecimal("0.5")), Band.of(prefix + "2", 31, 60, new BigDecimal("1")),
                Band.of(prefix + "3", 61, 90, new BigDecimal("1.5")), Band.from(prefix + "4", 91, new BigDecimal("2")));
    }
}
