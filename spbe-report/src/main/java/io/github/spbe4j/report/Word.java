package io.github.spbe4j.report;

import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import java.util.Locale;

/** The report's own words, in English and Bahasa Indonesia. */
enum Word {
    REPORT("SPBE assessment report", "Laporan penilaian SPBE"),
    INDEX("Index", "Indeks"),
    PREDIKAT("Predikat", "Predikat"),
    FRAMEWORK("Framework", "Kerangka"),
    YEAR("Year", "Tahun"),
    STAGE("Stage", "Tahap"),
    EXACT_INDEX("Exact index", "Indeks tepat"),
    NOT_YET_INDICATED("Not yet indicated", "Belum terindikasi"),
    NONE("none", "tidak ada"),
    CONTENTS("Contents", "Isi"),
    GROUPS("Domain and aspect indices", "Indeks domain dan aspek"),
    GROUPS_CAPTION("The index of each group of the framework on its scale, drawn over the predikat bands.",
            "Indeks setiap kelompok kerangka pada skalanya, digambar di atas rentang predikat."),
    NEXT_LEVEL("What the next level adds", "Tambahan dari satu tingkat berikutnya"),
    NEXT_LEVEL_CAPTION("How much the whole index rises when one indicator goes one level higher and the others stay as they are; "
            + "largest first.", "Kenaikan indeks keseluruhan bila satu indikator naik satu tingkat dan indikator lain tetap; "
            + "terbesar lebih dulu."),
    ALL_AT_TOP("Every indicator is at the top of the scale.", "Semua indikator sudah di tingkat tertinggi."),
    AT_TOP("at the top of the scale", "sudah di tingkat tertinggi"),
    NOT_BY_STEPS("Not shown: fed by an external index, raised through that index rather than by a level step",
            "Tidak ditampilkan: diisi dari indeks eksternal, naik melalui indeks itu, bukan dengan menaikkan tingkat"),
    INDICATORS("Indicators", "Indikator"),
    CODE("Code", "Kode"),
    NAME("Name", "Nama"),
    KIND("Kind", "Jenis"),
    INDICATOR("Indicator", "Indikator"),
    PART_OF("Part of", "Bagian dari"),
    LEVEL("Level", "Tingkat"),
    LEVEL_NAME("Level name", "Nama tingkat"),
    SOURCE("Source", "Sumber"),
    CONTRIBUTION("Contribution", "Kontribusi"),
    HEADROOM("Headroom", "Ruang naik"),
    NEXT("Next level", "Tingkat berikutnya"),
    ADDS("Adds to the index", "Tambahan indeks"),
    WEIGHT("Weight", "Bobot"),
    BANDS("Predikat bands", "Rentang predikat"),
    ORIGIN_VALUE("given", "diisi langsung"),
    ORIGIN_EVIDENCE("evidence", "bukti"),
    ORIGIN_EXTERNAL("external index", "indeks eksternal"),
    KIND_DOMAIN("Domain", "Domain"),
    KIND_ASPECT("Aspect", "Aspek"),
    STAGE_SELF_ASSESSMENT("self-assessment", "penilaian mandiri"),
    STAGE_DOCUMENT_REVIEW("document review", "penilaian dokumen"),
    STAGE_INTERVIEW("interview", "penilaian interviu"),
    STAGE_VISIT("visit", "penilaian visitasi"),
    STAGE_FINAL("final result", "hasil akhir"),
    PLAN("The plan", "Rencana"),
    PLAN_CAPTION("The cheapest level changes that reach the target, as the exact planner computes them; the chart shows the index "
            + "now and after the plan against the target.", "Perubahan tingkat termurah yang mencapai sasaran, dihitung tepat oleh "
            + "perencana; grafik menunjukkan indeks sekarang dan sesudah rencana terhadap sasaran."),
    TARGET("Target", "Sasaran"),
    REACHABLE("Reached", "Tercapai"),
    REACHABLE_YES("yes: the plan reaches the target", "ya: rencana mencapai sasaran"),
    REACHABLE_NO("no: out of reach under the constraints; the plan to the highest reachable index is shown",
            "tidak: di luar jangkauan dengan batasan yang ada; ditunjukkan rencana ke indeks tertinggi yang dapat dicapai"),
    COST("Cost", "Biaya"),
    STEPS("Level steps", "Langkah tingkat"),
    NOW("Now", "Sekarang"),
    AFTER_PLAN("After the plan", "Sesudah rencana"),
    INDEX_AFTER("Index after the plan", "Indeks sesudah rencana"),
    PREDIKAT_AFTER("Predikat after the plan", "Predikat sesudah rencana"),
    FROM("From", "Dari"),
    TO("To", "Ke"),
    NO_CHANGES("No change is needed: the target is already met.", "Tidak perlu perubahan: sasaran sudah tercapai."),
    SERIES("Over the years", "Dari tahun ke tahun"),
    SERIES_CAPTION("The index of each year's assessment over the predikat bands of that year's framework.",
            "Indeks penilaian setiap tahun di atas rentang predikat kerangka tahun itu."),
    ACROSS_FRAMEWORKS("Indicator-level comparison across frameworks is not defined: the frameworks of this series have different "
            + "indicators and no mapping between their codes is supplied, so only the index and the predikat are compared, each "
            + "predikat read with its own framework's bands.", "Perbandingan per indikator antar kerangka tidak terdefinisi: kerangka "
            + "dalam deret ini memiliki indikator yang berbeda dan tidak ada pemetaan antar kodenya, sehingga hanya indeks dan "
            + "predikat yang dibandingkan, setiap predikat dibaca dengan rentang kerangkanya sendiri."),
    FRAMEWORK_CHANGED("framework changed", "kerangka berganti"),
    CHANGE("Change", "Perubahan"),
    RANKING("Among its peers", "Di antara sesamanya"),
    RANKING_CAPTION("Every peer's index, highest first, with this agency highlighted, the peer median and, when published, the "
            + "national index of the year.", "Indeks setiap instansi sejenis, tertinggi lebih dulu, dengan instansi ini ditandai, "
            + "median kelompok dan, bila dipublikasikan, indeks nasional tahun itu."),
    RANK("Rank", "Peringkat"),
    AGENCY("Agency", "Instansi"),
    OF("of", "dari"),
    PERCENTILE("Percentile", "Persentil"),
    MEDIAN("Peer median", "Median kelompok"),
    VS_MEDIAN("Against the peer median", "Terhadap median kelompok"),
    NATIONAL("National index", "Indeks nasional"),
    VS_NATIONAL("Against the national index", "Terhadap indeks nasional"),
    NATIONAL_UNKNOWN("not published for this framework and year", "tidak dipublikasikan untuk kerangka dan tahun ini"),
    SOURCE_OF("source", "sumber"),
    THIS_AGENCY("this agency", "instansi ini"),
    FOOTER("Made by spbe4j from the assessment's values. Indices are exact and shown rounded half-up to two decimals; "
            + "what a level adds is computed by scoring the assessment with that indicator one level higher.",
            "Dibuat oleh spbe4j dari nilai penilaian. Indeks dihitung tepat dan ditampilkan dibulatkan setengah ke atas "
                    + "ke dua desimal; tambahan satu tingkat dihitung dengan menilai ulang penilaian dengan indikator itu "
                    + "satu tingkat lebih tinggi.");

    private final String english;
    private final String indonesian;

    Word(String english, String indonesian) {
        this.english = english;
        this.indonesian = indonesian;
    }

    /** Returns the word in a language. */
    String in(Language language) {
        return language == Language.INDONESIAN ? indonesian : english;
    }

    /** Returns the name of an indicator value's origin. */
    static String origin(ResolvedAssessment.Origin origin, Language language) {
        return switch (origin) {
            case VALUE -> ORIGIN_VALUE.in(language);
            case EVIDENCE -> ORIGIN_EVIDENCE.in(language);
            case EXTERNAL -> ORIGIN_EXTERNAL.in(language);
        };
    }

    /** Returns the name of a stage. */
    static String stage(Stage stage, Language language) {
        return switch (stage) {
            case SELF_ASSESSMENT -> STAGE_SELF_ASSESSMENT.in(language);
            case DOCUMENT_REVIEW -> STAGE_DOCUMENT_REVIEW.in(language);
            case INTERVIEW -> STAGE_INTERVIEW.in(language);
            case VISIT -> STAGE_VISIT.in(language);
            case FINAL -> STAGE_FINAL.in(language);
        };
    }

    /** Returns the name of a group's kind: the known kinds translated, any other as the framework has it. */
    static String kind(String kind, Language language) {
        return switch (kind) {
            case "domain" -> KIND_DOMAIN.in(language);
            case "aspect" -> KIND_ASPECT.in(language);
            default -> kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
        };
    }
}
