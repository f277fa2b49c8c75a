package io.github.spbe4j.report;

import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.Totals;
import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.Figures;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.identifier.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The sections of the city dashboard, each a bar chart (written by {@link BarChart}) or a table, and its Markdown table. */
final class DashboardSections {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal COMPONENTS = BigDecimal.valueOf(StandarComponent.values().length);

    private DashboardSections() {
    }

    // ---- shared pieces

    /** Shows a share's percentage, e.g. {@code 33.3%} (Indonesian {@code 33,3%}). */
    static String percent(Share share, Language language) {
        return Numbers.separatorOnly(share.percent().toPlainString(), language) + "%";
    }

    /** Shows a share as {@code 1/3 (33.3%)}. */
    static String share(Share share, Language language) {
        return share.part() + "/" + share.total() + " (" + percent(share, language) + ")";
    }

    /** The bar of a share on the scale 0–100 %. */
    private static BarChart.Bar shareBar(String label, String tooltip, Share share, Language language) {
        return new BarChart.Bar(label, tooltip, share.percent(), share(share, language), false, 0);
    }

    private static void chart(HtmlOut out, String id, DashboardWord title, DashboardWord caption, List<BarChart.Bar> bars,
            BigDecimal max, List<BarChart.Tick> ticks, Language language) {
        out.open("figure", "class", "figure");
        BarChart.write(out, id, title.in(language), caption.in(language), bars, max, List.of(), ticks);
        out.close("figure");
    }

    private static void table(HtmlOut out, String cssClass, List<String> header, List<List<String>> rows, int firstNumeric) {
        out.open("div", "class", "table-wrap");
        out.open("table", "class", cssClass);
        out.open("thead").open("tr");
        for (int i = 0; i < header.size(); i++) {
            out.element("th", header.get(i), "scope", "col", "class", i >= firstNumeric ? "num" : "text");
        }
        out.close("tr").close("thead");
        out.open("tbody");
        for (List<String> row : rows) {
            out.open("tr");
            for (int i = 0; i < row.size(); i++) {
                out.element("td", row.get(i), "class", i >= firstNumeric ? "num" : "text");
            }
            out.close("tr");
        }
        out.close("tbody");
        out.close("table");
        out.close("div");
    }

    private static List<String> numeric(List<String> header, int firstNumeric) {
        return header.subList(firstNumeric, header.size());
    }

    // ---- the catalog's sections

    /** Services online per OPD: a bar chart of shares. */
    static final class OnlineByOpd implements ReportSection {
        private final Catalog catalog;
        private final CatalogMetrics metrics;

        OnlineByOpd(Catalog catalog, CatalogMetrics metrics) {
            this.catalog = catalog;
            this.metrics = metrics;
        }

        @Override
        public String id() {
            return "online-opd";
        }

        @Override
        public String heading(Language language) {
            return DashboardWord.ONLINE_OPD.in(language);
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
            out.element("p", DashboardWord.ONLINE_OPD_CAPTION.in(language), "class", "caption");
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Map.Entry<Authority, Share> e : metrics.onlineShareByOpd().entrySet()) {
                String name = catalog.nameOf(e.getKey());
                bars.add(shareBar(name, name + " (" + e.getKey() + ")", e.getValue(), language));
            }
            chart(out, "chart-online-opd", DashboardWord.ONLINE_OPD, DashboardWord.ONLINE_OPD_CAPTION, bars, HUNDRED,
                    BarChart.percentTicks(), language);
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
            out.paragraph(DashboardWord.ONLINE_OPD_CAPTION.in(language));
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<Authority, Share> e : metrics.onlineShareByOpd().entrySet()) {
                rows.add(List.of(catalog.nameOf(e.getKey()), e.getKey().toString(), e.getValue().part() + "/" + e.getValue().total(),
                        percent(e.getValue(), language)));
            }
            List<String> header = List.of("OPD", Word.CODE.in(language), DashboardWord.ONLINE.in(language), "%");
            out.table(header, rows, numeric(header, 2));
        }
    }

    /** Services online per kelurahan: a bar chart of shares. */
    static final class OnlineByKelurahan implements ReportSection {
        private final Catalog catalog;
        private final CatalogMetrics metrics;

        OnlineByKelurahan(Catalog catalog, CatalogMetrics metrics) {
            this.catalog = catalog;
            this.metrics = metrics;
        }

        @Override
        public String id() {
            return "online-kelurahan";
        }

        @Override
        public String heading(Language language) {
            return DashboardWord.ONLINE_KELURAHAN.in(language);
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
            out.element("p", DashboardWord.ONLINE_KELURAHAN_CAPTION.in(language), "class", "caption");
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Map.Entry<RegionCode, Share> e : metrics.onlineShareByKelurahan().entrySet()) {
                String name = catalog.villageName(e.getKey());
                bars.add(shareBar(name, name + " (" + e.getKey() + ")", e.getValue(), language));
            }
            chart(out, "chart-online-kelurahan", DashboardWord.ONLINE_KELURAHAN, DashboardWord.ONLINE_KELURAHAN_CAPTION, bars, HUNDRED,
                    BarChart.percentTicks(), language);
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
            out.paragraph(DashboardWord.ONLINE_KELURAHAN_CAPTION.in(language));
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<RegionCode, Share> e : metrics.onlineShareByKelurahan().entrySet()) {
                rows.add(List.of(catalog.villageName(e.getKey()), e.getKey().toString(), e.getValue().part() + "/" + e.getValue().total(),
                        percent(e.getValue(), language)));
            }
            List<String> header = List.of("Kelurahan", Word.CODE.in(language), DashboardWord.ONLINE.in(language), "%");
            out.table(header, rows, numeric(header, 2));
        }
    }

    /** The rollout of pilots: a bar chart of the kelurahan reached, and a table naming them. */
    static final class Pilots implements ReportSection {
        private final Catalog catalog;
        private final List<Rollout> pilots;

        Pilots(Catalog catalog, CatalogMetrics metrics) {
            this.catalog = catalog;
            this.pilots = metrics.pilots();
        }

        @Override
        public String id() {
            return "pilots";
        }

        @Override
        public String heading(Language language) {
            return DashboardWord.PILOTS.in(language);
        }

        private String title(Rollout r) {
            return catalog.service(r.subject()).map(PublicService::title).orElse(r.subject());
        }

        private List<List<String>> rows(Language language) {
            List<List<String>> rows = new ArrayList<>();
            for (Rollout r : pilots) {
                rows.add(List.of(title(r), names(r.reached(), language), names(r.notReached(), language), share(r.share(), language)));
            }
            return rows;
        }

        private String names(List<RegionCode> villages, Language language) {
            return villages.isEmpty() ? Word.NONE.in(language) : villages.stream().map(catalog::villageName)
                    .collect(Collectors.joining(", "));
        }

        private List<String> header(Language language) {
            return List.of(DashboardWord.SERVICE.in(language), DashboardWord.REACHED.in(language), DashboardWord.NOT_REACHED.in(language),
                    "%");
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
            out.element("p", DashboardWord.PILOTS_CAPTION.in(language), "class", "caption");
            if (pilots.isEmpty()) {
                out.element("p", DashboardWord.NO_PILOTS.in(language), "class", "note");
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Rollout r : pilots) {
                String title = title(r);
                bars.add(shareBar(title, title + " (" + r.subject() + ")", r.share(), language));
            }
            chart(out, "chart-pilots", DashboardWord.PILOTS, DashboardWord.PILOTS_CAPTION, bars, HUNDRED, BarChart.percentTicks(),
                    language);
            table(out, "pilots", header(language), rows(language), 3);
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
            out.paragraph(DashboardWord.PILOTS_CAPTION.in(language));
            if (pilots.isEmpty()) {
                out.paragraph(DashboardWord.NO_PILOTS.in(language));
                return;
            }
            List<String> header = header(language);
            out.table(header, rows(language), numeric(header, 3));
        }
    }

    /** The completeness of the standar pelayanan: a bar chart of components stated per service, and how many lack each. */
    static final class Standar implements ReportSection {
        private final CatalogMetrics metrics;

        Standar(CatalogMetrics metrics) {
            this.metrics = metrics;
        }

        @Override
        public String id() {
            return "standar";
        }

        @Override
        public String heading(Language language) {
            return DashboardWord.STANDAR.in(language);
        }

        private List<List<String>> missing(Language language) {
            Locale locale = Locale.forLanguageTag(language.tag());
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<StandarComponent, Integer> e : metrics.missingCounts().entrySet()) {
                rows.add(List.of(String.valueOf(e.getKey().number()), e.getKey().displayName(locale), String.valueOf(e.getValue())));
            }
            return rows;
        }

        private List<String> missingHeader(Language language) {
            return List.of("#", DashboardWord.COMPONENT.in(language), DashboardWord.MISSING_IN.in(language));
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
            out.element("p", DashboardWord.STANDAR_CAPTION.in(language), "class", "caption");
            List<BarChart.Bar> bars = new ArrayList<>();
            for (CatalogMetrics.Completeness c : metrics.completeness()) {
                String title = c.service().title();
                bars.add(new BarChart.Bar(title, title + " (" + c.service().id() + ")", BigDecimal.valueOf(c.stated().part()),
                        c.stated().part() + "/" + c.stated().total(), c.complete(), 0));
            }
            List<BarChart.Tick> ticks = new ArrayList<>();
            for (int i = 0; i <= COMPONENTS.intValue(); i += 2) {
                ticks.add(new BarChart.Tick(BigDecimal.valueOf(i), String.valueOf(i)));
            }
            chart(out, "chart-standar", DashboardWord.STANDAR, DashboardWord.STANDAR_CAPTION, bars, COMPONENTS, ticks, language);
            table(out, "missing", missingHeader(language), missing(language), 2);
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
            out.paragraph(DashboardWord.STANDAR_CAPTION.in(language));
            List<List<String>> rows = new ArrayList<>();
            for (CatalogMetrics.Completeness c : metrics.completeness()) {
                rows.add(List.of(c.service().title(), c.service().id(), c.stated().part() + "/" + c.stated().total()));
            }
            List<String> header = List.of(DashboardWord.SERVICE.in(language), Word.CODE.in(language),
                    DashboardWord.COMPONENTS_STATED.in(language));
            out.table(header, rows, numeric(header, 2));
            List<String> missingHeader = missingHeader(language);
            out.table(missingHeader, missing(language), numeric(missingHeader, 2));
        }
    }

    // ---- complaints

    /** The headline fact of the complaints: how many, the period and the instant read. */
    static String complaintsFact(ComplaintRegister register, ComplaintMetrics m, Language language) {
        return register.agency().name() + " · " + m.overall().complaints() + " "
                + DashboardWord.COUNT.in(language).toLowerCase(Locale.ROOT) + " · " + period(m, language) + " · "
                + DashboardWord.READ_AT.in(language).toLowerCase(Locale.ROOT) + " " + at(m);
    }

    private static String period(ComplaintMetrics m, Language language) {
        if (m.period().from().isEmpty() && m.period().to().isEmpty()) {
            return DashboardWord.ANY_DATE.in(language);
        }
        return m.period().from().map(Object::toString).orElse("…") + "–" + m.period().to().map(Object::toString).orElse("…");
    }

    private static String at(ComplaintMetrics m) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.at().atZone(m.zone()).toOffsetDateTime());
    }

    private static String stage(Stage stage, Language language) {
        boolean id = language == Language.INDONESIAN;
        return switch (stage) {
            case VERIFICATION -> id ? "verifikasi" : "verification";
            case FOLLOW_UP -> id ? "tindak lanjut" : "follow-up";
            case SETTLEMENT -> id ? "penyelesaian" : "settlement";
        };
    }

    /** Complaints per OPD: a bar chart of counts, and a table by state with the share within the SLA of each stage. */
    static final class Complaints implements ReportSection {
        private final Catalog catalog;
        private final ComplaintMetrics metrics;

        Complaints(Catalog catalog, ComplaintMetrics metrics) {
            this.catalog = catalog;
            this.metrics = metrics;
        }

        @Override
        public String id() {
            return "complaints";
        }

        @Override
        public String heading(Language language) {
            return DashboardWord.COMPLAINTS.in(language);
        }

        /** The states any complaint of the period is in, in the lifecycle's order. */
        private List<State> states() {
            List<State> states = new ArrayList<>();
            for (State s : State.values()) {
                if (metrics.overall().count(s) > 0) {
                    states.add(s);
                }
            }
            return states;
        }

        private List<String> header(Language language) {
            List<String> header = new ArrayList<>(List.of("OPD", DashboardWord.COUNT.in(language), DashboardWord.OPEN.in(language)));
            for (State s : states()) {
                header.add(s.id());
            }
            return header;
        }

        private List<String> slaHeader(Language language) {
            List<String> header = new ArrayList<>(List.of("OPD"));
            for (Stage s : Stage.values()) {
                header.add(stage(s, language) + " " + DashboardWord.WITHIN_SLA.in(language));
            }
            return header;
        }

        private List<String> row(String name, Figures f) {
            List<String> row = new ArrayList<>(List.of(name, String.valueOf(f.complaints()), String.valueOf(f.open())));
            for (State s : states()) {
                row.add(String.valueOf(f.count(s)));
            }
            return row;
        }

        private static List<String> slaRow(String name, Figures f, Language language) {
            List<String> row = new ArrayList<>(List.of(name));
            for (Stage s : Stage.values()) {
                row.add(f.withinSla(s).map(sh -> share(sh, language)).orElse("–"));
            }
            return row;
        }

        /** The rows of each OPD, then of the complaints no OPD holds (when there are), then of all. */
        private List<List<String>> rows(Language language, boolean sla) {
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, Figures> e : metrics.byAgency().entrySet()) {
                String name = catalog.unit(e.getKey()).map(Unit::name).orElse(e.getKey());
                rows.add(sla ? slaRow(name, e.getValue(), language) : row(name, e.getValue()));
            }
            if (metrics.notDispositioned().complaints() > 0) {
                String name = DashboardWord.NOT_DISPOSITIONED.in(language);
                rows.add(sla ? slaRow(name, metrics.notDispositioned(), language) : row(name, metrics.notDispositioned()));
            }
            String all = DashboardWord.ALL.in(language);
            rows.add(sla ? slaRow(all, metrics.overall(), language) : row(all, metrics.overall()));
            return rows;
        }

        private String caption(Language language) {
            return DashboardWord.COMPLAINTS_CAPTION.in(language) + " " + DashboardWord.PERIOD.in(language) + ": " + period(metrics, language)
                    + "; " + DashboardWord.READ_AT.in(language).toLowerCase(Locale.ROOT) + " " + at(metrics) + ".";
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
            out.element("p", caption(language), "class", "caption");
            List<BarChart.Bar> bars = new ArrayList<>();
            int most = 0;
            for (Map.Entry<String, Figures> e : metrics.byAgency().entrySet()) {
                String name = catalog.unit(e.getKey()).map(Unit::name).orElse(e.getKey());
                int n = e.getValue().complaints();
                most = Math.max(most, n);
                bars.add(new BarChart.Bar(name, name + " (" + e.getKey() + ")", BigDecimal.valueOf(n), String.valueOf(n), false, 0));
            }
            if (metrics.notDispositioned().complaints() > 0) {
                int n = metrics.notDispositioned().complaints();
                most = Math.max(most, n);
                String name = DashboardWord.NOT_DISPOSITIONED.in(language);
                bars.add(new BarChart.Bar(name, name, BigDecimal.valueOf(n), String.valueOf(n), false, 0));
            }
            BigDecimal max = BarChart.niceMax(BigDecimal.valueOf(most));
            chart(out, "chart-complaints", DashboardWord.COMPLAINTS, DashboardWord.COMPLAINTS_CAPTION, bars, max, BarChart.countTicks(max),
                    language);
            table(out, "complaints", header(language), rows(language, false), 1);
            table(out, "complaints-sla", slaHeader(language), rows(language, true), 1);
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
            out.paragraph(caption(language));
            List<String> header = header(language);
            out.table(header, rows(language, false), numeric(header, 1));
            List<String> slaHeader = slaHeader(language);
            out.table(slaHeader, rows(language, true), numeric(slaHeader, 1));
        }
    }

    // ---- attendance

    /** The share of working days present, in percent rounded half-up to one decimal (0 with no working day). */
    static BigDecimal presentPercent(Totals t) {
        if (t.workingDays() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(t.present()).multiply(HUNDRED).divide(BigDecimal.valueOf(t.workingDays()), 1, RoundingMode.HALF_UP);
    }

    /** The month's attendance per OPD: a bar chart of the share of working days present, and a table of the recap. */
    static final class Attendance implements ReportSection {
        private final MonthlyRecap recap;

        Attendance(MonthlyRecap recap) {
            this.recap = recap;
        }

        @Override
        public String id() {
            return "attendance";
        }

        @Override
        public String heading(Language language) {
            return DashboardWord.ATTENDANCE.in(language);
        }

        private String caption(Language language) {
            return DashboardWord.ATTENDANCE_CAPTION.in(language) + " " + DashboardWord.MONTH.in(language) + ": " + recap.month() + "."
                    + (recap.estimated() ? " " + DashboardWord.ESTIMATED.in(language) : "");
        }

        private static String presentText(Totals t, Language language) {
            return t.present() + "/" + t.workingDays() + " (" + Numbers.separatorOnly(presentPercent(t).toPlainString(), language) + "%)";
        }

        private List<String> row(String name, Totals t, Language language) {
            return List.of(name, String.valueOf(t.employees()), String.valueOf(t.workingDays()), presentText(t, language),
                    String.valueOf(t.absent()), String.valueOf(t.late().total()), String.valueOf(t.earlyLeave().total()),
                    Numbers.separatorOnly(t.deduction().toPlainString(), language));
        }

        private List<List<String>> rows(Language language) {
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, Totals> e : recap.agencies().entrySet()) {
                rows.add(row(e.getKey(), e.getValue(), language));
            }
            rows.add(row(DashboardWord.ALL.in(language), recap.totals(), language));
            return rows;
        }

        private static List<String> header(Language language) {
            return List.of("OPD", DashboardWord.EMPLOYEES.in(language), DashboardWord.WORKING_DAYS.in(language),
                    DashboardWord.PRESENT.in(language), DashboardWord.ABSENT.in(language), DashboardWord.LATE.in(language),
                    DashboardWord.EARLY_LEAVE.in(language), DashboardWord.DEDUCTION.in(language));
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
            out.element("p", caption(language), "class", "caption");
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Map.Entry<String, Totals> e : recap.agencies().entrySet()) {
                // the bar's text is the percentage only: the days are in the table below
                bars.add(new BarChart.Bar(e.getKey(), e.getKey() + " · " + DashboardWord.PRESENT.in(language) + " "
                        + presentText(e.getValue(), language), presentPercent(e.getValue()),
                        Numbers.separatorOnly(presentPercent(e.getValue()).toPlainString(), language) + "%", false, 0));
            }
            chart(out, "chart-attendance", DashboardWord.ATTENDANCE, DashboardWord.ATTENDANCE_CAPTION, bars, HUNDRED,
                    BarChart.percentTicks(), language);
            table(out, "attendance", header(language), rows(language), 1);
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
            out.paragraph(caption(language));
            List<String> header = header(language);
            out.table(header, rows(language), numeric(header, 1));
        }
    }
}
