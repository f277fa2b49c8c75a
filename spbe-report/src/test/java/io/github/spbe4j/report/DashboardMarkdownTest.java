package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.attendance.recap.MonthlyRecap;
import org.junit.jupiter.api.Test;

class DashboardMarkdownTest {

    private static final Catalog CATALOG = DashboardSamples.catalog();

    @Test
    void toMarkdown_full_hasEverySectionAsATableOfItsFigures() {
        ComplaintRegister register = DashboardSamples.register();
        ComplaintMetrics complaints = DashboardSamples.complaints(register);
        MonthlyRecap attendance = DashboardSamples.attendance();
        String md = Dashboard.of(CATALOG).withComplaints(register, complaints).withAttendance(attendance).toMarkdown();
        CatalogMetrics m = CATALOG.metrics();

        assertThat(md).startsWith("# Pemerintah Kota Contoh (fiktif) — Public services dashboard\n\n**Online "
                + m.onlineShare().part() + "/" + m.onlineShare().total() + " (" + m.onlineShare().percent().toPlainString() + "%)");
        assertThat(md).contains("## Services online per OPD", "## Services online per kelurahan", "## Rollout of pilots",
                "## Completeness of the standar pelayanan", "## Complaints of the month per OPD", "## Attendance of the month per OPD");
        assertThat(md).contains("| Dinas Kependudukan dan Pencatatan Sipil Kota Contoh | kota-contoh/disdukcapil | "
                + m.onlineShareByOpd().values().iterator().next().part() + "/");
        assertThat(md).contains("| All | " + complaints.overall().complaints() + " |");
        assertThat(md).contains("| All | " + attendance.totals().employees() + " | " + attendance.totals().workingDays() + " | ");
    }

    @Test
    void toMarkdown_hostileServiceTitle_isEscapedText() {
        String md = Dashboard.of(DashboardSamples.catalogWith("Penerbitan KTP-el", "<script>x</script> | [a](http://e) ![i](x)"))
                .toMarkdown();

        assertThat(md).doesNotContain("<script>", "[a](http", "![");
        assertThat(md).contains("\\<script\\>x\\</script\\> \\| \\[a\\](http://e) \\!\\[i\\](x)");
    }

    @Test
    void toMarkdown_indonesian_ownWordsInIndonesian() {
        String md = Dashboard.of(CATALOG).withLanguage(Language.INDONESIAN).toMarkdown();

        assertThat(md).contains("— Dasbor layanan publik", "## Layanan daring per OPD", "## Kelengkapan standar pelayanan");
    }
}
