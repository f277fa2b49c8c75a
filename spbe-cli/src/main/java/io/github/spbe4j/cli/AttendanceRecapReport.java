package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.attendance.recap.AbsenceFlag;
import io.github.spbe4j.attendance.recap.AbsenceThresholds;
import io.github.spbe4j.attendance.recap.BandCounts;
import io.github.spbe4j.attendance.recap.EmployeeRecap;
import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.Totals;
import io.github.spbe4j.attendance.schedule.Band;
import io.github.spbe4j.core.internal.CsvCells;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The three forms of {@code spbe attendance recap}'s report: a text table, CSV rows, and JSON. */
final class AttendanceRecapReport {

    private static final int OPD_WIDTH = 24;

    private AttendanceRecapReport() {
    }

    /** The text report: the month, rules and thresholds with their sources, totals per OPD, and a row per employee. */
    static void text(PrintWriter out, String file, MonthlyRecap r) {
        out.println(file + ": attendance recap " + r.month() + (r.estimated() ? " (working days partly estimated)" : ""));
        out.println("Rules: " + r.rules().name() + "; an absent day " + r.rules().absentDeduction().toPlainString() + " %");
        AbsenceThresholds t = r.thresholds();
        out.println("Absence thresholds (" + t.confidence() + " confidence): " + t.reprimand() + " days a year verbal reprimand, "
                + t.allowanceCut() + " allowance cut, " + t.dismissal() + " (or " + t.dismissalConsecutive() + " in a row) dismissal");
        out.println("Records: " + r.recordsCounted() + " counted, " + r.recordsSkipped() + " skipped (dated outside " + r.month() + ")");
        out.println();
        out.println("All: " + r.totals());
        r.agencies().forEach((opd, totals) -> out.println("OPD " + opd + ": " + totals));
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-18s  %-" + OPD_WIDTH + "s %4s %4s %4s", "NIP", "OPD",
                "work", "pres", "abs"));
        r.rules().late().forEach(b -> header.append(String.format(Locale.ROOT, " %4s", b.code())));
        r.rules().earlyLeave().forEach(b -> header.append(String.format(Locale.ROOT, " %4s", b.code())));
        header.append(String.format(Locale.ROOT, " %5s %5s %8s  %s", "noOut", "extra", "deduct%", "flags"));
        out.println(header);
        for (EmployeeRecap e : r.employees()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s  %-" + OPD_WIDTH + "s %4d %4d %4d", e.employee(),
                    TextColumns.fit(e.agency(), OPD_WIDTH), e.workingDays(), e.present(), e.absent()));
            counts(row, e.late());
            counts(row, e.earlyLeave());
            row.append(String.format(Locale.ROOT, " %5d %5d %8s  %s", e.missingCheckOuts(), e.extraDays(),
                    e.deduction().toPlainString(), flags(e.flags(), e.newFlags())));
            out.println(row.toString().stripTrailing());
        }
        if (r.employees().stream().anyMatch(e -> !e.newFlags().isEmpty())) {
            out.println("* reached this month");
        }
    }

    private static void counts(StringBuilder row, BandCounts counts) {
        for (Band b : counts.bands()) {
            row.append(String.format(Locale.ROOT, " %4d", counts.count(b.code())));
        }
    }

    private static String flags(Set<AbsenceFlag> flags, Set<AbsenceFlag> reachedThisMonth) {
        return flags.stream().map(f -> f.name() + (reachedThisMonth.contains(f) ? "*" : "")).collect(Collectors.joining(" "));
    }

    /** The CSV report: a header, then one row per employee, sorted by NIP. */
    static void csv(PrintWriter out, MonthlyRecap r) {
        StringBuilder header = new StringBuilder("nip,opd,month,working_days,present,absent");
        r.rules().late().forEach(b -> header.append(",late_").append(b.code()));
        header.append(",late_total");
        r.rules().earlyLeave().forEach(b -> header.append(",early_").append(b.code()));
        header.append(",early_total,missing_check_out,extra_days,deduction_percent,absent_in_year,longest_absent_run,flags");
        out.println(header);
        for (EmployeeRecap e : r.employees()) {
            StringBuilder row = new StringBuilder().append(e.employee()).append(',').append(CsvCells.text(e.agency())).append(',')
                    .append(r.month()).append(',').append(e.workingDays()).append(',').append(e.present()).append(',').append(e.absent());
            e.late().bands().forEach(b -> row.append(',').append(e.late().count(b.code())));
            row.append(',').append(e.late().total());
            e.earlyLeave().bands().forEach(b -> row.append(',').append(e.earlyLeave().count(b.code())));
            row.append(',').append(e.earlyLeave().total()).append(',').append(e.missingCheckOuts()).append(',').append(e.extraDays())
                    .append(',').append(e.deduction().toPlainString()).append(',').append(e.absentInYear()).append(',')
                    .append(e.longestAbsentRun()).append(',')
                    .append(e.flags().stream().map(Enum::name).collect(Collectors.joining(" ")));
            out.println(row);
        }
    }

    /** The JSON report: the month, rules, thresholds, totals, per OPD, and per NIP. */
    static ObjectNode json(String file, MonthlyRecap r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("file", file).put("month", r.month().toString()).put("estimated", r.estimated());
        root.putObject("rules").put("name", r.rules().name()).put("source", r.rules().source())
                .put("absentDeduction", r.rules().absentDeduction());
        AbsenceThresholds t = r.thresholds();
        root.putObject("thresholds").put("reprimand", t.reprimand()).put("allowanceCut", t.allowanceCut())
                .put("dismissal", t.dismissal()).put("dismissalConsecutive", t.dismissalConsecutive())
                .put("source", t.source()).put("confidence", t.confidence());
        root.putObject("records").put("counted", r.recordsCounted()).put("skipped", r.recordsSkipped());
        totals(root.putObject("totals"), r.totals());
        ObjectNode agencies = root.putObject("agencies");
        r.agencies().forEach((opd, totals) -> totals(agencies.putObject(opd), totals));
        ObjectNode employees = root.putObject("employees");
        for (EmployeeRecap e : r.employees()) {
            ObjectNode o = employees.putObject(e.employee().toString());
            o.put("opd", e.agency()).put("workingDays", e.workingDays()).put("present", e.present());
            bands(o.putObject("late"), e.late());
            bands(o.putObject("earlyLeave"), e.earlyLeave());
            o.put("missingCheckOuts", e.missingCheckOuts()).put("absent", e.absent()).put("extraDays", e.extraDays())
                    .put("deduction", e.deduction()).put("absentInYear", e.absentInYear())
                    .put("longestAbsentRun", e.longestAbsentRun());
            var flags = o.putArray("flags");
            e.flags().forEach(f -> flags.add(f.name()));
            var reached = o.putArray("flagsReachedThisMonth");
            e.newFlags().forEach(f -> reached.add(f.name()));
        }
        return root;
    }

    private static void bands(ObjectNode o, BandCounts counts) {
        counts.asMap().forEach(o::put);
        o.put("total", counts.total());
    }

    private static void totals(ObjectNode o, Totals t) {
        o.put("employees", t.employees()).put("workingDays", t.workingDays()).put("present", t.present()).put("absent", t.absent());
        bands(o.putObject("late"), t.late());
        bands(o.putObject("earlyLeave"), t.earlyLeave());
        o.put("missingCheckOuts", t.missingCheckOuts()).put("extraDays", t.extraDays()).put("deduction", t.deduction());
        ObjectNode flagged = o.putObject("flagged");
        for (Map.Entry<AbsenceFlag, Integer> e : t.flagged().entrySet()) {
            flagged.put(e.getKey().name(), e.getValue());
        }
    }
}
