package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.StandarComponent;
import java.util.Locale;

/** The names spbe4j gives its enumerations and code lists in linked data. */
final class Labels {

    private Labels() {
    }

    /** Returns the kebab-case name of a constant, e.g. {@code mal-pelayanan-publik}. */
    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns the constant with a kebab-case name, or null. */
    static <E extends Enum<E>> E fromKebab(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (kebab(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    static String output(OutputType type) {
        return switch (type) {
            case LETTER -> "Surat";
            case PERMIT -> "Izin";
            case CARD -> "Kartu";
            case CERTIFICATE -> "Sertifikat";
            case REGISTRATION -> "Tanda daftar";
            case RECOMMENDATION -> "Rekomendasi";
            case FINANCIAL_OBLIGATION -> "Kewajiban keuangan";
            case FINANCIAL_BENEFIT -> "Manfaat keuangan";
            case PHYSICAL -> "Barang";
            case OTHER -> "Lainnya";
        };
    }

    static String status(ServiceStatus status) {
        return switch (status) {
            case PLANNED -> "Direncanakan";
            case PILOT -> "Uji coba";
            case ACTIVE -> "Aktif";
            case RETIRED -> "Dihentikan";
        };
    }

    /** Returns the local name of the spbe property of an internal component 8..14. */
    static String internal(StandarComponent c) {
        return switch (c) {
            case SARANA_PRASARANA -> "saranaPrasarana";
            case KOMPETENSI_PELAKSANA -> "kompetensiPelaksana";
            case PENGAWASAN_INTERNAL -> "pengawasanInternal";
            case JUMLAH_PELAKSANA -> "jumlahPelaksana";
            case JAMINAN_PELAYANAN -> "jaminanPelayanan";
            case JAMINAN_KEAMANAN -> "jaminanKeamanan";
            case EVALUASI_KINERJA -> "evaluasiKinerja";
            default -> throw new IllegalArgumentException(c + " is not an internal component 8..14");
        };
    }

    /** Returns the xsd:duration of a processing time: {@code P5D}, {@code PT2H}, {@code PT30M}. */
    static String duration(ProcessingTime t) {
        return switch (t.unit()) {
            case MINUTES -> "PT" + t.amount() + "M";
            case HOURS -> "PT" + t.amount() + "H";
            case WORKING_DAYS, CALENDAR_DAYS -> "P" + t.amount() + "D";
        };
    }
}
