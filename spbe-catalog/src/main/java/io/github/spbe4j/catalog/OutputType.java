package io.github.spbe4j.catalog;

/**
 * The type of what a public service produces (produk pelayanan).
 *
 * @since 0.1.0
 */
public enum OutputType {
    /** A letter or statement (surat keterangan, surat pengantar), e.g. an SKTM. */
    LETTER,
    /** A permit or licence (izin, persetujuan), e.g. a PBG. */
    PERMIT,
    /** An identity or membership card, e.g. a KTP-el. */
    CARD,
    /** A certificate or civil-registry deed (akta, sertifikat), e.g. a birth certificate. */
    CERTIFICATE,
    /** A registration number or code, e.g. an NIB. */
    REGISTRATION,
    /** A recommendation (rekomendasi) to another authority. */
    RECOMMENDATION,
    /** A payment the citizen owes, e.g. a tax assessment (SPPT). */
    FINANCIAL_OBLIGATION,
    /** A payment or aid the citizen receives. */
    FINANCIAL_BENEFIT,
    /** A physical service or object, e.g. an ambulance ride or a document copy. */
    PHYSICAL,
    /** Anything else. */
    OTHER
}
