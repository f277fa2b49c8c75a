package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.sla.Stage;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardHtmlTest {

    private static final Catalog CATALOG = DashboardSamples.catalog();
    private static final ComplaintRegister REGISTER = DashboardSamples.register();
    private static final ComplaintMetrics COMPLAINTS = DashboardSamples.complaints(REGISTER);
    private static final MonthlyRecap ATTENDANCE = DashboardSamples.attendance();

    private static Dashboard full() {
        return Dashboard.of(CATALOG).withComplaints(REGISTER, COMPLAINTS).withAttendance(ATTENDANCE);
    }

    @Test
    void toHtml_catalogOnly_hasTheFourCatalogSectionsWithTheirCharts() {
        Document page = Jsoup.parse(Dashboard.of(CATALOG).toHtml());
        CatalogMetrics m = CATALOG.metrics();

        assertThat(page.select("main > section").eachAttr("id")).containsExactly("online-opd", "online-kelurahan", "pilots", "standar");
        assertThat(page.select("#chart-online-opd rect.bar")).hasSize(m.onlineShareByOpd().size());
        assertThat(page.select("#chart-online-kelurahan rect.bar")).hasSize(m.onlineShareByKelurahan().size());
        assertThat(page.select("#chart-pilots rect.bar")).hasSize(m.pilots().size());
        assertThat(page.select("#chart-standar rect.bar")).hasSize(m.completeness().size());
        assertThat(page.select("nav.contents a")).hasSize(4);
        assertThat(page.select("h1").text()).isEqualTo("Pemerintah Kota Contoh (fiktif)");
    }

    @Test
    void toHtml_sample_headlineAndBarsAreTheCatalogsFigures() {
        Document page = Jsoup.parse(Dashboard.of(CATALOG).toHtml());
        CatalogMetrics m = CATALOG.metrics();

        assertThat(page.select(".index-value").first().text()).isEqualTo(m.onlineShare().percent().toPlainString() + "%");
        assertThat(page.select("#chart-online-opd rect.bar").eachAttr("data-value")).containsExactlyElementsOf(
                m.onlineShareByOpd().values().stream().map(s -> s.percent().toPlainString()).toList());
        assertThat(page.select("#chart-standar rect.bar").eachAttr("data-value")).containsExactlyElementsOf(
                m.completeness().stream().map(c -> String.valueOf(c.stated().part())).toList());
        // an OPD's bar is named by its unit's name in the catalog
        assertThat(page.select("#chart-online-opd text.label").stream().map(Element::ownText).toList())
                .contains("Dinas Kependudukan dan Pencatatan Sipil Kota Contoh");
    }

    @Test
    void toHtml_withComplaintsAndAttendance_hasTheirSectionsWithTheLibrarysFigures() {
        Document page = Jsoup.parse(full().toHtml());

        assertThat(page.select("main > section").eachAttr("id")).containsExactly("online-opd", "online-kelurahan", "pilots", "standar",
                "complaints", "attendance");
        assertThat(page.select("#chart-complaints rect.bar").eachAttr("data-value")).startsWith(COMPLAINTS.byAgency().values().stream()
                .map(f -> String.valueOf(f.complaints())).toList().toArray(String[]::new));
        Element all = page.select("table.complaints tbody tr").last();
        assertThat(all.child(0).text()).isEqualTo("All");
        assertThat(all.child(1).text()).isEqualTo(String.valueOf(COMPLAINTS.overall().complaints()));
        Element sla = page.select("table.complaints-sla tbody tr").last();
        assertThat(sla.child(1).text()).isEqualTo(COMPLAINTS.overall().withinSla(Stage.VERIFICATION)
                .map(s -> s.part() + "/" + s.total() + " (" + s.percent().toPlainString() + "%)").orElse("–"));
        assertThat(page.select("#chart-attendance rect.bar")).hasSize(ATTENDANCE.agencies().size());
        assertThat(page.select("#chart-attendance text.label").stream().map(Element::ownText).toList()).containsExactlyElementsOf(ATTENDANCE.agencies().keySet());
        Element total = page.select("table.attendance tbody tr").last();
        assertThat(total.child(1).text()).isEqualTo(String.valueOf(ATTENDANCE.totals().employees()));
        assertThat(total.child(4).text()).isEqualTo(String.valueOf(ATTENDANCE.totals().absent()));
        assertThat(total.child(7).text()).isEqualTo(ATTENDANCE.totals().deduction().toPlainString());
    }

    @Test
    void toHtml_indonesian_ownWordsAndDecimalCommaInIndonesian() {
        Document page = Jsoup.parse(full().withLanguage(Language.INDONESIAN).toHtml());

        assertThat(page.select("html").attr("lang")).isEqualTo("id");
        assertThat(page.select("#online-opd-heading").text()).isEqualTo("Layanan daring per OPD");
        assertThat(page.select("#attendance-heading").text()).isEqualTo("Kehadiran bulan ini per OPD");
        assertThat(page.select(".index-value").first().text()).isEqualTo(
                CATALOG.metrics().onlineShare().percent().toPlainString().replace('.', ',') + "%");
    }

    @Test
    void toHtml_full_nothingExternalAndNoScript() {
        String html = full().toHtml();
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, link, img, iframe, object, embed, form, foreignObject")).isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).doesNotStartWith("on");
                if (a.getKey().equals("href")) {
                    assertThat(a.getValue()).startsWith("#");
                }
                assertThat(a.getKey()).isNotIn("src", "srcset", "style", "xlink:href");
            }
        }
        assertThat(html).doesNotContain("http://", "https://", "url(");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "</title><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "Dinas' onmouseover='alert(1)", "\"><svg onload=alert(1)>", "&amp; &lt;b&gt;"})
    void toHtml_hostileServiceAndOpdNames_stayText(String hostile) {
        Catalog catalog = DashboardSamples.catalogWith("Penerbitan KTP-el", hostile);
        Catalog both = DashboardSamples.catalogWith("Dinas Kependudukan dan Pencatatan Sipil Kota Contoh", "OPD " + hostile);
        // a records file's fields hold no quote or comma: the OPD is the hostile text without them
        String opd = hostile.replace("\"", "").replace(",", "");
        String csv = DashboardSamples.read(DashboardSamples.ATTENDANCE).replace(",DISKOMINFO,", "," + opd + ",");

        for (Dashboard d : List.of(Dashboard.of(catalog), Dashboard.of(both))) {
            Document page = Jsoup.parse(d.toHtml());
            assertThat(page.select("script, img")).isEmpty();
            assertThat(page.select("svg")).allMatch(svg -> svg.hasClass("chart"));
            for (Element e : page.getAllElements()) {
                assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on"));
            }
            assertThat(page.select("main").text()).contains(hostile);
        }
        Document attendance = Jsoup.parse(Dashboard.of(CATALOG).withAttendance(DashboardSamples.attendance(csv)).toHtml());
        assertThat(attendance.select("script, img")).isEmpty();
        assertThat(attendance.select("table.attendance td").eachText()).contains(opd);
        assertThat(Jsoup.parse(Dashboard.of(catalog).toHtml()).select("#chart-standar text.label").stream().map(Element::ownText))
                .contains(hostile);
    }
}
