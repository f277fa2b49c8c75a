package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import java.util.Locale;

/**
 * One of the fourteen components of a standar pelayanan (service standard) set by UU 25/2009
 * Pasal 21 and PermenPANRB 15/2014: six delivery components published to citizens, and eight
 * internal components the unit keeps.
 *
 * <p>The numbering follows the regulation's order; {@link #delivery()} tells the two groups apart.
 *
 * @since 0.1.0
 */
public enum StandarComponent {
    /** 1, Persyaratan: the documents, goods and conditions required. */
    PERSYARATAN(1, "Persyaratan", "Requirements", true),
    /** 2, Sistem, mekanisme dan prosedur: the steps. */
    PROSEDUR(2, "Sistem, mekanisme dan prosedur", "Procedure", true),
    /** 3, Jangka waktu pelayanan: the processing time. */
    JANGKA_WAKTU(3, "Jangka waktu pelayanan", "Processing time", true),
    /** 4, Biaya/tarif: the fee, or free of charge. */
    BIAYA(4, "Biaya/tarif", "Cost", true),
    /** 5, Produk pelayanan: the output, such as a letter, a permit or a card. */
    PRODUK(5, "Produk pelayanan", "Output", true),
    /** 6, Penanganan pengaduan, saran dan masukan: how complaints about the service are handled. */
    PENGADUAN(6, "Penanganan pengaduan, saran dan masukan", "Complaint handling", true),
    /** 7, Dasar hukum: the legal basis. */
    DASAR_HUKUM(7, "Dasar hukum", "Legal basis", false),
    /** 8, Sarana, prasarana dan/atau fasilitas: facilities, including those for vulnerable groups. */
    SARANA_PRASARANA(8, "Sarana, prasarana dan/atau fasilitas", "Facilities", false),
    /** 9, Kompetensi pelaksana: the competence of the staff. */
    KOMPETENSI_PELAKSANA(9, "Kompetensi pelaksana", "Staff competence", false),
    /** 10, Pengawasan internal: internal supervision. */
    PENGAWASAN_INTERNAL(10, "Pengawasan internal", "Internal supervision", false),
    /** 11, Jumlah pelaksana: the number of staff. */
    JUMLAH_PELAKSANA(11, "Jumlah pelaksana", "Staffing", false),
    /** 12, Jaminan pelayanan: the service guarantee. */
    JAMINAN_PELAYANAN(12, "Jaminan pelayanan", "Service guarantee", false),
    /** 13, Jaminan keamanan dan keselamatan pelayanan: security and safety guarantee. */
    JAMINAN_KEAMANAN(13, "Jaminan keamanan dan keselamatan pelayanan", "Security and safety guarantee", false),
    /** 14, Evaluasi kinerja pelaksana: evaluation of the staff's performance. */
    EVALUASI_KINERJA(14, "Evaluasi kinerja pelaksana", "Performance evaluation", false);

    private final int number;
    private final String indonesianName;
    private final String englishName;
    private final boolean delivery;

    StandarComponent(int number, String indonesianName, String englishName, boolean delivery) {
        this.number = number;
        this.indonesianName = indonesianName;
        this.englishName = englishName;
        this.delivery = delivery;
    }

    /**
     * Returns the component's number in the regulation, 1..14.
     *
     * @return the number
     */
    public int number() {
        return number;
    }

    /**
     * Returns the component's name in a language: Indonesian for {@code id}, English otherwise.
     *
     * @param locale the language
     * @return the name, e.g. {@code "Jangka waktu pelayanan"}
     */
    public String displayName(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? indonesianName : englishName;
    }

    /**
     * Tells whether this is one of the six delivery components published to citizens
     * (service delivery), rather than one of the eight internal ones (service management).
     *
     * @return true for components 1..6
     */
    public boolean delivery() {
        return delivery;
    }

    /**
     * Returns the component with a number.
     *
     * @param number 1..14
     * @return the component
     * @throws InvalidServiceException if the number is not 1..14
     */
    public static StandarComponent of(int number) {
        if (number < 1 || number > 14) {
            throw new InvalidServiceException(Problem.of("component", Checks.RANGE,
                    "standar component " + number + " does not exist; components run 1..14", String.valueOf(number)));
        }
        return values()[number - 1];
    }
}
