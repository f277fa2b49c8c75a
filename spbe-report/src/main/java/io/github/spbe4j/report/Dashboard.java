package io.github.spbe4j.report;

import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.core.agency.Instansi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A city's one dashboard of its public services, as one self-contained HTML page
 * ({@link #toHtml()}: inline CSS and SVG charts, no script, nothing fetched) or as Markdown
 * ({@link #toMarkdown()}): services online per OPD and per kelurahan, the rollout of pilots and the
 * completeness of the standar pelayanan, from a catalog's metrics; with
 * {@link #withComplaints(ComplaintRegister, ComplaintMetrics)} the complaints of the period per OPD,
 * counted by state with their share within the SLA; with {@link #withAttendance(MonthlyRecap)} the
 * month's attendance recap per OPD.
 *
 * <pre>{@code
 * String html = Dashboard.of(catalog).withComplaints(register, metrics).withAttendance(recap)
 *         .withLanguage(Language.INDONESIAN).toHtml();
 * }</pre>
 *
 * <p>It is written with the assessment report's page shell, bar chart and escaping: every text from
 * the input — service titles, OPD and kelurahan names, agency ids of the complaints and attendance
 * files — is escaped, so that {@code <script>} in a name stays text. The figures are those of
 * {@link CatalogMetrics}, {@link ComplaintMetrics} and {@link MonthlyRecap}; the dashboard computes
 * none of its own but the share of working days present.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Dashboard {

    private final Catalog catalog;
    private final @Nullable ComplaintRegister register;
    private final @Nullable ComplaintMetrics complaints;
    private final @Nullable MonthlyRecap attendance;
    private final Language language;

    private Dashboard(Catalog catalog, @Nullable ComplaintRegister register, @Nullable ComplaintMetrics complaints,
            @Nullable MonthlyRecap attendance, Language language) {
        this.catalog = catalog;
        this.register = register;
        this.complaints = complaints;
        this.attendance = attendance;
        this.language = language;
    }

    /**
     * Returns the dashboard of a catalog, in English, with the catalog's sections only.
     *
     * @param catalog the catalog
     * @return the dashboard
     */
    public static Dashboard of(Catalog catalog) {
        return new Dashboard(Objects.requireNonNull(catalog, "catalog"), null, null, null, Language.ENGLISH);
    }

    /**
     * Returns a copy with a section of complaints per OPD.
     *
     * @param newRegister the complaints' register, for the handling agency's name
     * @param metrics the figures to show, computed from that register for the period wanted (a month)
     * @return the copy
     */
    public Dashboard withComplaints(ComplaintRegister newRegister, ComplaintMetrics metrics) {
        return new Dashboard(catalog, Objects.requireNonNull(newRegister, "register"), Objects.requireNonNull(metrics, "metrics"),
                attendance, language);
    }

    /**
     * Returns a copy with a section of the month's attendance recap per OPD.
     *
     * @param recap the monthly recap
     * @return the copy
     */
    public Dashboard withAttendance(MonthlyRecap recap) {
        return new Dashboard(catalog, register, complaints, Objects.requireNonNull(recap, "recap"), language);
    }

    /**
     * Returns a copy whose own words are in a language.
     *
     * @param newLanguage the language
     * @return the copy
     */
    public Dashboard withLanguage(Language newLanguage) {
        return new Dashboard(catalog, register, complaints, attendance, Objects.requireNonNull(newLanguage, "language"));
    }

    /**
     * Returns the catalog shown.
     *
     * @return the catalog
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Returns the complaint figures shown, if any.
     *
     * @return the figures
     */
    public Optional<ComplaintMetrics> complaints() {
        return Optional.ofNullable(complaints);
    }

    /**
     * Returns the attendance recap shown, if any.
     *
     * @return the recap
     */
    public Optional<MonthlyRecap> attendance() {
        return Optional.ofNullable(attendance);
    }

    /**
     * Returns the language of the dashboard's own words.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the sections in page order: services online per OPD ({@code online-opd}), per kelurahan
     * ({@code online-kelurahan}), pilots ({@code pilots}), standar pelayanan ({@code standar}), then
     * complaints ({@code complaints}) and attendance ({@code attendance}) when given.
     *
     * @return the sections
     */
    public List<ReportSection> sections() {
        CatalogMetrics m = catalog.metrics();
        List<ReportSection> all = new ArrayList<>();
        all.add(new DashboardSections.OnlineByOpd(catalog, m));
        all.add(new DashboardSections.OnlineByKelurahan(catalog, m));
        all.add(new DashboardSections.Pilots(catalog, m));
        all.add(new DashboardSections.Standar(m));
        if (complaints != null) {
            all.add(new DashboardSections.Complaints(catalog, complaints));
        }
        if (attendance != null) {
            all.add(new DashboardSections.Attendance(attendance));
        }
        return List.copyOf(all);
    }

    private String city() {
        String names = catalog.instansi().stream().map(Instansi::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? DashboardWord.CITY.in(language) : names;
    }

    private String title() {
        return city() + " — " + DashboardWord.DASHBOARD.in(language);
    }

    private List<String[]> facts(CatalogMetrics m) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {DashboardWord.DELIVERED.in(language), String.valueOf(m.onlineShare().total())});
        facts.add(new String[] {DashboardWord.CONCEPTS.in(language), String.valueOf(catalog.concepts().size())});
        facts.add(new String[] {DashboardWord.COMPLAINTS_READ.in(language), complaints == null || register == null
                ? DashboardWord.NOT_GIVEN.in(language) : DashboardSections.complaintsFact(register, complaints, language)});
        facts.add(new String[] {DashboardWord.ATTENDANCE_MONTH.in(language), attendance == null ? DashboardWord.NOT_GIVEN.in(language)
                : attendance.month() + " · " + attendance.totals().employees() + " " + DashboardWord.EMPLOYEES.in(language)
                        .toLowerCase(java.util.Locale.ROOT)});
        return facts;
    }

    /**
     * Returns the dashboard as one self-contained HTML page: inline CSS (for screen and print) and
     * inline SVG charts, no script, no link to anything outside it, and a content security policy that
     * lets the page fetch nothing.
     *
     * @return the page
     */
    public String toHtml() {
        CatalogMetrics m = catalog.metrics();
        Share online = m.onlineShare();
        long complete = m.completeness().stream().filter(CatalogMetrics.Completeness::complete).count();
        return Page.html(language, title(), city(), out -> {
            out.element("p", DashboardWord.DASHBOARD.in(language), "class", "subtitle");
            out.open("p", "class", "headline");
            headline(out, DashboardWord.ONLINE.in(language), DashboardSections.percent(online, language),
                    online.part() + " " + DashboardWord.OF.in(language) + " " + online.total());
            headline(out, DashboardWord.SERVICES.in(language), String.valueOf(catalog.size()), "");
            headline(out, DashboardWord.STANDAR_COMPLETE.in(language), complete + "/" + m.completeness().size(), "");
            out.close("p");
            out.open("dl", "class", "facts");
            for (String[] f : facts(m)) {
                out.element("dt", f[0]).element("dd", f[1]);
            }
            out.close("dl");
        }, sections(), DashboardWord.FOOTER.in(language));
    }

    private static void headline(HtmlOut out, String label, String value, String note) {
        out.open("span", "class", "index");
        out.element("span", label, "class", "headline-label");
        out.element("strong", value, "class", "index-value");
        if (!note.isEmpty()) {
            out.element("small", note);
        }
        out.close("span");
    }

    /**
     * Returns the same content as Markdown (CommonMark with GitHub tables): the headline figures, and
     * each chart as a table of its figures; every text escaped.
     *
     * @return the Markdown
     */
    public String toMarkdown() {
        CatalogMetrics m = catalog.metrics();
        Share online = m.onlineShare();
        long complete = m.completeness().stream().filter(CatalogMetrics.Completeness::complete).count();
        return Page.markdown(language, title(), out -> {
            out.strong(DashboardWord.ONLINE.in(language) + " " + online.part() + "/" + online.total() + " ("
                    + DashboardSections.percent(online, language) + ") — " + DashboardWord.STANDAR_COMPLETE.in(language) + " "
                    + complete + "/" + m.completeness().size());
            List<String> facts = new ArrayList<>();
            for (String[] f : facts(m)) {
                facts.add(f[0] + ": " + f[1]);
            }
            out.list(facts);
        }, sections(), DashboardWord.FOOTER.in(language));
    }

    @Override
    public String toString() {
        return "dashboard of " + catalog.size() + " services" + (complaints == null ? "" : ", with complaints")
                + (attendance == null ? "" : ", with attendance " + attendance.month()) + " in " + language;
    }
}
