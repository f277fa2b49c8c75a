package io.github.spbe4j.catalog.internal.search;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.catalog.internal.search.SearchText.Lexicon;
import io.github.spbe4j.catalog.internal.search.SearchText.QueryTerm;
import io.github.spbe4j.core.SpbeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    private static final Lexicon BUILT_IN = Lexicon.builtIn();

    // --- normalisation and tokens -------------------------------------------------------------

    @Test
    void normalize_accentsAndCase_foldedToPlainLowerCase() {
        assertThat(SearchText.normalize("Surat KETERANGAN Café Ñusa Ŝ")).isEqualTo("surat keterangan cafe nusa s");
    }

    @Test
    void normalize_dottedCapitalI_becomesPlainI() {
        assertThat(SearchText.normalize("İZİN")).isEqualTo("izin");
    }

    @Test
    void tokens_fullWidthLetters_foldedToAscii() {
        assertThat(SearchText.tokens("ＫＴＰ－ｅｌ")).containsExactly("ktp", "el");
    }

    @Test
    void tokens_punctuationAndSymbols_separateWords() {
        assertThat(SearchText.tokens("Surat (Keterangan), Tidak-Mampu! «SKTM»; biaya: Rp0 & gratis?"))
                .containsExactly("surat", "keterangan", "tidak", "mampu", "sktm", "biaya", "rp0", "gratis");
    }

    @Test
    void tokens_digitsAndSlash_keptAsSeparateNumbers() {
        assertThat(SearchText.tokens("Perda 3/2023 pasal 12.")).containsExactly("perda", "3", "2023", "pasal", "12");
    }

    @Test
    void tokens_slashBetweenAbbreviations_splitsIntoBoth() {
        assertThat(SearchText.tokens("PBG/IMB")).containsExactly("pbg", "imb");
    }

    @Test
    void tokens_apostropheInsideWord_isDropped() {
        assertThat(SearchText.tokens("Jum'at dan Jum’at, 'kutip'")).containsExactly("jumat", "dan", "jumat", "kutip");
    }

    @Test
    void tokens_blankOrPunctuationOnly_isEmpty() {
        assertThat(SearchText.tokens("")).isEmpty();
        assertThat(SearchText.tokens(" \t\n")).isEmpty();
        assertThat(SearchText.tokens("-/.,;!?")).isEmpty();
    }

    @Test
    void terms_stopWords_dropped() {
        assertThat(SearchText.terms("Surat pengantar dari RT untuk pindah ke desa yang lain dan di kota"))
                .containsExactly("surat", "pengantar", "rt", "pindah", "desa", "lain", "kota");
    }

    @Test
    void terms_tidak_keptBecauseItChangesTheMeaning() {
        assertThat(SearchText.terms("surat keterangan tidak mampu")).containsExactly("surat", "keterangan", "tidak", "mampu");
    }

    // --- queries --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!?", "yang dan di ke", "dari untuk atau dengan"})
    void query_blankOrOnlyStopWords_hasNoTerms(String query) {
        assertThat(BUILT_IN.query(query)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KTP-el", "e-KTP", "ktp elektronik", "E KTP", "Kartu Tanda Penduduk Elektronik", "ktp_el"})
    void query_ktpElVariants_areOneConceptTerm(String query) {
        List<QueryTerm> reference = BUILT_IN.query("KTP-el");
        assertThat(reference).hasSize(1);
        assertThat(reference.get(0).alternatives()).hasSize(1).allMatch(t -> t.startsWith("#"));
        assertThat(BUILT_IN.query(query)).isEqualTo(reference);
    }

    @Test
    void query_abbreviationAndItsExpansion_shareTheConceptTerm() {
        List<QueryTerm> abbreviation = BUILT_IN.query("SKTM");
        List<QueryTerm> expansion = BUILT_IN.query("surat keterangan tidak mampu");
        assertThat(expansion).hasSize(1);
        assertThat(abbreviation).hasSize(1);
        assertThat(abbreviation.get(0).alternatives()).containsAll(expansion.get(0).alternatives());
    }

    @Test
    void query_pbgAndImb_shareTheConceptTerm() {
        List<QueryTerm> both = BUILT_IN.query("PBG/IMB");
        assertThat(both).hasSize(2);
        Set<String> pbg = new LinkedHashSet<>(both.get(0).alternatives());
        pbg.retainAll(both.get(1).alternatives());
        assertThat(pbg).hasSize(1).allMatch(t -> t.startsWith("#"));
    }

    @Test
    void query_lastWordOfThreeOrMoreCharacters_alsoMatchesAsPrefix() {
        assertThat(BUILT_IN.query("surat kete")).containsExactly(
                new QueryTerm(List.of("surat"), null), new QueryTerm(List.of("kete"), "kete"));
        assertThat(BUILT_IN.query("surat ke")).containsExactly(new QueryTerm(List.of("surat"), "surat"));
        assertThat(BUILT_IN.query("surat kt")).containsExactly(
                new QueryTerm(List.of("surat"), null), new QueryTerm(List.of("kt"), null));
    }

    @Test
    void query_lastWordInsideAPhrase_isNotAPrefix() {
        List<QueryTerm> terms = BUILT_IN.query("kartu keluarga");
        assertThat(terms).hasSize(1);
        assertThat(terms.get(0).prefix()).isNull();
    }

    @Test
    void query_repeatedWord_countsOnceAtItsLastPlace() {
        assertThat(BUILT_IN.query("baru lama baru")).containsExactly(
                new QueryTerm(List.of("lama"), null), new QueryTerm(List.of("baru"), "baru"));
    }

    @Test
    void query_ambiguousKia_findsBothSenses() {
        List<QueryTerm> kia = BUILT_IN.query("KIA");
        List<QueryTerm> card = BUILT_IN.query("kartu identitas anak");
        List<QueryTerm> health = BUILT_IN.query("kesehatan ibu dan anak");
        assertThat(kia.get(0).alternatives()).containsAll(card.get(0).alternatives())
                .containsAll(health.get(0).alternatives());
        assertThat(card.get(0).alternatives()).doesNotContainAnyElementsOf(health.get(0).alternatives());
    }

    @Test
    void documentTerms_abbreviation_addsConceptAndTheWordsOfItsExpansion() {
        List<String> terms = new ArrayList<>();
        BUILT_IN.documentTerms("Penerbitan SKTM", terms);
        assertThat(terms).contains("penerbitan", "sktm", "surat", "keterangan", "tidak", "mampu")
                .containsAll(BUILT_IN.query("SKTM").get(0).alternatives());
    }

    // --- the lexicon file -----------------------------------------------------------------------

    @Test
    void builtIn_everyRowParses_andGroupsIntoFewerConcepts() throws IOException {
        List<String> dataRows;
        try (InputStream in = SearchText.class.getResourceAsStream(SearchText.ABBREVIATIONS_RESOURCE)) {
            assertThat(in).isNotNull();
            dataRows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(BUILT_IN.rows()).isEqualTo(dataRows.size()).isGreaterThanOrEqualTo(50);
        assertThat(BUILT_IN.concepts()).isLessThan(BUILT_IN.rows());
        assertThat(dataRows).allMatch(l -> l.split("\t", -1).length == 3);
    }

    @Test
    void parse_wrongColumnCount_namesTheLine() {
        assertThatThrownBy(() -> Lexicon.parse("t.tsv", List.of("# comment", "KK\tkartu keluarga\t", "SKTM\tsurat keterangan")))
                .isInstanceOf(SpbeException.class)
                .hasMessage("t.tsv: line 3 has 2 columns; a row is abbreviation<TAB>expansion<TAB>note");
    }

    @Test
    void parse_severalProblems_reportsEveryLine() {
        List<String> lines = List.of(
                "KK\tkartu keluarga\t",
                "\tkartu\t",
                "KTP\tyang dan\t",
                "KK\tkartu keluarga\tagain",
                "IMB\t=PBG\t",
                "SKTM\tsktm\t");
        assertThatThrownBy(() -> Lexicon.parse("t.tsv", lines))
                .isInstanceOfSatisfying(SpbeException.class, e -> assertThat(texts(e.problems())).containsExactly(
                        "line 2 has abbreviation \"\"; an abbreviation needs a searchable word",
                        "line 3 has expansion \"yang dan\"; an expansion needs a searchable word",
                        "line 4 repeats line 1 (KK)",
                        "line 6 expands \"SKTM\" to itself",
                        "line 5 refers to \"pbg\", which no row of t.tsv defines as an abbreviation"));
    }

    @Test
    void read_utf8StreamWithByteOrderMarkAndCrLf_parses() {
        byte[] bytes = "\uFEFF# x\r\nKK\tkartu keluarga\tnote\r\n\r\nKTP\tkartu tanda penduduk\t\r\n".getBytes(StandardCharsets.UTF_8);
        Lexicon lexicon = Lexicon.read("t.tsv", new ByteArrayInputStream(bytes));
        assertThat(lexicon.rows()).isEqualTo(2);
        assertThat(lexicon.query("KK").get(0).alternatives())
                .containsAll(lexicon.query("kartu keluarga").get(0).alternatives());
    }

    @Test
    void parse_sameExpansionOnTwoRows_isOneConcept() {
        Lexicon lexicon = Lexicon.parse("t.tsv", List.of(
                "KTP-el\tkartu tanda penduduk elektronik\t",
                "e-KTP\tkartu tanda penduduk elektronik\t"));
        assertThat(lexicon.concepts()).isEqualTo(1);
        assertThat(lexicon.query("e-KTP")).isEqualTo(lexicon.query("KTP-el"));
    }

    @Test
    void empty_hasNoConcepts_andQueriesAreWords() {
        assertThat(Lexicon.empty().concepts()).isZero();
        assertThat(Lexicon.empty().query("SKTM baru")).containsExactly(
                new QueryTerm(List.of("sktm"), null), new QueryTerm(List.of("baru"), "baru"));
    }
}
