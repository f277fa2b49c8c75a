package io.github.spbe4j.report;

/** The city dashboard's own words, in English and Bahasa Indonesia. */
enum DashboardWord {
    DASHBOARD("Public services dashboard", "Dasbor layanan publik"),
    CITY("Public services", "Layanan publik"),
    ONLINE("Online", "Daring"),
    SERVICES("Services", "Layanan"),
    STANDAR_COMPLETE("Standar complete", "Standar lengkap"),
    DELIVERED("Delivered services (pilot or active)", "Layanan yang diselenggarakan (uji coba atau aktif)"),
    CONCEPTS("Service concepts", "Konsep layanan"),
    COMPLAINTS_READ("Complaints", "Pengaduan"),
    ATTENDANCE_MONTH("Attendance", "Kehadiran"),
    NOT_GIVEN("not given", "tidak disertakan"),
    OF("of", "dari"),
    ONLINE_OPD("Services online per OPD", "Layanan daring per OPD"),
    ONLINE_OPD_CAPTION("The share of each OPD's delivered services that can be completed online (digital level Transaksi or "
            + "above); a service of a kelurahan office counts for its kecamatan.",
            "Bagian layanan yang diselenggarakan setiap OPD yang dapat diselesaikan secara daring (tingkat digital Transaksi "
                    + "atau lebih); layanan kantor kelurahan dihitung untuk kecamatannya."),
    ONLINE_KELURAHAN("Services online per kelurahan", "Layanan daring per kelurahan"),
    ONLINE_KELURAHAN_CAPTION("Of the delivered services available in each kelurahan, the share that can be completed online.",
            "Dari layanan yang tersedia di setiap kelurahan, bagian yang dapat diselesaikan secara daring."),
    PILOTS("Rollout of pilots", "Perluasan uji coba"),
    PILOTS_CAPTION("The kelurahan each piloted service has reached, of those of its instansi.",
            "Kelurahan yang sudah dijangkau setiap layanan uji coba, dari seluruh kelurahan instansinya."),
    NO_PILOTS("No service is piloted.", "Tidak ada layanan dalam uji coba."),
    REACHED("Reached", "Sudah dijangkau"),
    NOT_REACHED("Still to go", "Belum dijangkau"),
    SERVICE("Service", "Layanan"),
    STANDAR("Completeness of the standar pelayanan", "Kelengkapan standar pelayanan"),
    STANDAR_CAPTION("How many of the 14 components of the standar pelayanan (PermenPANRB 15/2014) each service of the catalog states.",
            "Berapa dari 14 komponen standar pelayanan (PermenPANRB 15/2014) yang dinyatakan setiap layanan dalam katalog."),
    COMPONENT("Component", "Komponen"),
    MISSING_IN("Services lacking it", "Layanan yang belum memuatnya"),
    COMPONENTS_STATED("Components stated", "Komponen dinyatakan"),
    COMPLAINTS("Complaints of the month per OPD", "Pengaduan bulan ini per OPD"),
    COMPLAINTS_CAPTION("Complaints submitted in the period, by the OPD that holds or last held them, counted by state as they stand at "
            + "the instant read; within SLA is the share of each stage's deadlines met on time.",
            "Pengaduan yang masuk dalam periode, menurut OPD yang memegang atau terakhir memegangnya, dihitung menurut status "
                    + "pada saat dibaca; tepat SLA adalah bagian tenggat setiap tahap yang dipenuhi tepat waktu."),
    NOT_DISPOSITIONED("Not dispositioned", "Belum didisposisi"),
    ALL("All", "Semua"),
    COUNT("Complaints", "Pengaduan"),
    OPEN("Open", "Terbuka"),
    WITHIN_SLA("within SLA", "tepat SLA"),
    PERIOD("Period", "Periode"),
    READ_AT("Read at", "Dibaca pada"),
    ANY_DATE("any date", "semua tanggal"),
    ATTENDANCE("Attendance of the month per OPD", "Kehadiran bulan ini per OPD"),
    ATTENDANCE_CAPTION("The monthly recap of each OPD: the share of its employees' working days they were present, the days absent "
            + "and late, and the sum of the allowance deductions in percent points.",
            "Rekap bulanan setiap OPD: bagian hari kerja pegawainya yang hadir, hari tidak hadir dan terlambat, dan jumlah "
                    + "potongan tunjangan dalam poin persen."),
    MONTH("Month", "Bulan"),
    EMPLOYEES("Employees", "Pegawai"),
    WORKING_DAYS("Working days", "Hari kerja"),
    PRESENT("Present", "Hadir"),
    ABSENT("Absent", "Tidak hadir"),
    LATE("Late", "Terlambat"),
    EARLY_LEAVE("Left early", "Pulang cepat"),
    DEDUCTION("Deduction (% points)", "Potongan (poin %)"),
    ESTIMATED("Some working days fall on holidays estimated for a year without its decree.",
            "Sebagian hari kerja jatuh pada hari libur yang masih perkiraan (tahun tanpa keputusannya)."),
    FOOTER("Made by spbe4j from the catalog file and, when given, the complaints file and the attendance records. Shares are "
            + "rounded half-up to one decimal.",
            "Dibuat oleh spbe4j dari berkas katalog dan, bila disertakan, berkas pengaduan dan catatan kehadiran. Persentase "
                    + "dibulatkan setengah ke atas ke satu desimal.");

    private final String english;
    private final String indonesian;

    DashboardWord(String english, String indonesian) {
        this.english = english;
        this.indonesian = indonesian;
    }

    /** Returns the word in a language. */
    String in(Language language) {
        return language == Language.INDONESIAN ? indonesian : english;
    }
}
