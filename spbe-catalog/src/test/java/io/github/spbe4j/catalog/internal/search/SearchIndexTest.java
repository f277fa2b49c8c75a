package io.github.spbe4j.catalog.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.catalog.internal.search.SearchIndex.Document;
import io.github.spbe4j.catalog.internal.search.SearchIndex.Field;
import io.github.spbe4j.catalog.internal.search.SearchIndex.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

    /** A small catalog: title weight 3, keywords 2, description 1. */
    private static final SearchIndex CATALOG = SearchIndex.build(List.of(
            doc(1, "Penerbitan KTP-el", "", "Perekaman dan pencetakan kartu identitas penduduk"),
            doc(2, "Penerbitan Kartu Keluarga", "KK", "Kartu keluarga baru atau perubahan"),
            doc(3, "Surat Keterangan Tidak Mampu", "", "Untuk keringanan biaya sekolah dan rumah sakit"),
            doc(4, "Persetujuan Bangunan Gedung", "", "Izin untuk membangun rumah atau gedung"),
            doc(5, "Arsip IMB lama", "", "Salinan izin mendirikan bangunan yang terbit sebelum 2021"),
            doc(6, "Nomor Induk Berusaha", "OSS", "Pendaftaran usaha melalui OSS"),
            doc(7, "Surat Keterangan Domisili", "", "Bagi warga yang tinggal di kelurahan"),
            doc(8, "Retribusi pelayanan", "", "Tarif berdasarkan Perda 3/2023"),
            doc(9, "Penerbitan SKCK", "kepolisian", "Pengantar dari kelurahan untuk SKCK"),
            doc(10, "Layanan e-KTP hilang", "", "Penggantian kartu tanda penduduk yang hilang"),
            doc(11, "Akta Kelahiran", "", "Pencatatan kelahiran anak"),
            doc(12, "Cafés et Crème", "", "Ujian teks beraksen")));

    private static Document doc(int id, String title, String keywords, String description) {
        return new Document(id, List.of(new Field(title, 3), new Field(keywords, 2), new Field(description, 1)));
    }

    private static List<Integer> ids(String query) {
        return CATALOG.search(query).stream().map(Hit::id).toList();
    }

    // --- concrete cases ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"KTP-el", "e-KTP", "ktp elektronik", "KTP", "kartu tanda penduduk", "E-ktp!!", "ＫＴＰ"})
    void search_anyFormOfKtp_findsTheKtpElService(String query) {
        assertThat(ids(query)).contains(1);
    }

    @Test
    void search_kartuTandaPenduduk_findsBothKtpDocumentsAndNotTheFamilyCard() {
        assertThat(ids("kartu tanda penduduk")).containsExactlyInAnyOrder(1, 10);
    }

    @Test
    void search_caseAndPunctuation_giveTheSameHits() {
        assertThat(CATALOG.search("SURAT keterangan, tidak-mampu!")).isEqualTo(CATALOG.search("surat keterangan tidak mampu"));
    }

    @Test
    void search_sktmAndItsExpansion_findEachOther() {
        SearchIndex index = SearchIndex.build(List.of(
                new Document(1, List.of(new Field("Layanan SKTM online", 1))),
                new Document(2, List.of(new Field("Surat keterangan tidak mampu", 1))),
                new Document(3, List.of(new Field("Surat keterangan usaha", 1)))));
        assertThat(index.search("SKTM")).extracting(Hit::id).containsExactly(1, 2);
        assertThat(index.search("surat keterangan tidak mampu")).extracting(Hit::id).containsExactly(1, 2);
        assertThat(index.search("sktm")).isEqualTo(index.search("surat keterangan tidak mampu"));
    }

    @Test
    void search_pbgSlashImb_findsBothBuildingPermits() {
        assertThat(ids("PBG/IMB")).containsExactlyInAnyOrder(4, 5);
        assertThat(ids("IMB")).containsExactlyInAnyOrder(4, 5);
        assertThat(ids("PBG")).containsExactlyInAnyOrder(4, 5);
        assertThat(ids("persetujuan bangunan gedung")).containsExactlyInAnyOrder(4, 5);
        assertThat(ids("izin mendirikan bangunan")).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void search_siup_findsItsSuccessorNib() {
        assertThat(ids("SIUP")).containsExactly(6);
        assertThat(ids("NIB")).containsExactly(6);
    }

    @Test
    void search_accentedQueryOrDocument_matchesPlainLetters() {
        assertThat(ids("cafes creme")).containsExactly(12);
        assertThat(ids("CAFÉS")).containsExactly(12);
        assertThat(ids("bérusaha")).containsExactly(6);
    }

    @Test
    void search_numbersOfARegulation_match() {
        assertThat(ids("Perda 3/2023")).containsExactly(8);
        assertThat(ids("perda 2024")).isEmpty();
    }

    @Test
    void search_stopWordsInQuery_areIgnored() {
        assertThat(ids("surat keterangan untuk domisili di kelurahan")).containsExactly(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "?!/", "yang", "dan di ke dari untuk atau dengan"})
    void search_blankOrOnlyStopWords_findsNothing(String query) {
        assertThat(CATALOG.search(query)).isEmpty();
    }

    @Test
    void search_unknownWord_findsNothing() {
        assertThat(ids("xyzzy")).isEmpty();
        assertThat(ids("penerbitan xyzzy")).isEmpty();
    }

    @Test
    void search_everyTermMustMatch() {
        assertThat(ids("penerbitan")).containsExactly(1, 2, 9);
        assertThat(ids("penerbitan kepolisian")).containsExactly(9);
        assertThat(ids("penerbitan gedung")).isEmpty();
    }

    @Test
    void search_lastWordOfThreeCharacters_matchesAsPrefix() {
        assertThat(ids("kete")).containsExactlyInAnyOrder(3, 7, 9);
        assertThat(ids("surat kete")).containsExactlyInAnyOrder(3, 7, 9);
        assertThat(ids("pen")).contains(1, 2, 9, 10, 11);
    }

    @Test
    void search_prefixOnlyForTheLastWord() {
        assertThat(ids("kete surat")).isEmpty();
    }

    @Test
    void search_wordOfTwoCharacters_matchesOnlyExactly() {
        assertThat(ids("ka")).isEmpty();
        assertThat(ids("KK")).containsExactly(2);
    }

    @Test
    void search_ranking_titleOutranksKeywordsOutranksDescription_tiesByAscendingId() {
        SearchIndex index = SearchIndex.build(List.of(
                doc(40, "lain", "", "pajak"),
                doc(30, "lain", "pajak", ""),
                doc(20, "pajak", "", ""),
                doc(10, "lain", "", "pajak"),
                doc(50, "pajak", "pajak", "pajak pajak")));
        assertThat(index.search("pajak")).containsExactly(
                new Hit(50, 6), new Hit(20, 3), new Hit(30, 2), new Hit(10, 1), new Hit(40, 1));
    }

    @Test
    void search_scoreSumsOverQueryTerms() {
        SearchIndex index = SearchIndex.build(List.of(
                doc(1, "pajak daerah", "", ""),
                doc(2, "pajak", "", "daerah")));
        assertThat(index.search("pajak daerah")).containsExactly(new Hit(1, 6), new Hit(2, 4));
    }

    @Test
    void search_limit_keepsTheBestHits() {
        assertThat(CATALOG.search("pen", 2)).hasSize(2).isEqualTo(CATALOG.search("pen").subList(0, 2));
        assertThat(CATALOG.search("pen", 0)).isEmpty();
        assertThatThrownBy(() -> CATALOG.search("pen", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit is -1; a limit is at least 0");
    }

    @Test
    void search_emptyIndex_findsNothing() {
        SearchIndex index = SearchIndex.build(List.of());
        assertThat(index.size()).isZero();
        assertThat(index.search("ktp")).isEmpty();
    }

    @Test
    void search_returnedList_isUnmodifiable() {
        List<Hit> hits = CATALOG.search("penerbitan");
        assertThatThrownBy(() -> hits.add(new Hit(99, 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void build_duplicateId_isRejected() {
        List<Document> docs = List.of(doc(7, "a", "", ""), doc(3, "b", "", ""), doc(7, "c", "", ""));
        assertThatThrownBy(() -> SearchIndex.build(docs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document id 7 occurs twice; ids are unique in an index");
    }

    @Test
    void build_inputListChangedAfterwards_indexUnchanged() {
        List<Document> docs = new ArrayList<>(List.of(doc(1, "pajak", "", "")));
        SearchIndex index = SearchIndex.build(docs, SearchText.Lexicon.empty());
        docs.add(doc(2, "pajak", "", ""));
        assertThat(index.search("pajak")).extracting(Hit::id).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void field_weightOutOfRange_isRejected(int weight) {
        assertThatThrownBy(() -> new Field("x", weight)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field weight is " + weight + "; weights run 1..1000");
    }

    @Test
    void document_moreThan32Fields_isRejected() {
        List<Field> fields = Collections.nCopies(33, new Field("x", 1));
        assertThatThrownBy(() -> new Document(5, fields)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 5 has 33 fields; a document has at most 32");
    }

    @Test
    void search_thirtySecondField_countsWithItsWeight() {
        List<Field> fields = new ArrayList<>(Collections.nCopies(31, new Field("kosong", 1)));
        fields.add(new Field("pajak", 7));
        SearchIndex index = SearchIndex.build(List.of(new Document(1, fields)));
        assertThat(index.search("pajak")).containsExactly(new Hit(1, 7));
    }

    @Test
    void search_javadocExample_behavesAsDocumented() {
        SearchIndex index = SearchIndex.build(List.of(
                new SearchIndex.Document(1, List.of(new SearchIndex.Field("Penerbitan KTP-el", 3))),
                new SearchIndex.Document(2, List.of(new SearchIndex.Field("Surat Keterangan Tidak Mampu", 3)))));
        assertThat(index.search("e-KTP")).containsExactly(new Hit(1, 3));
        assertThat(index.search("SKTM")).containsExactly(new Hit(2, 3));
    }

    static Stream<String[]> abbreviationRows() throws IOException {
        try (InputStream in = SearchText.class.getResourceAsStream(SearchText.ABBREVIATIONS_RESOURCE)) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(cols -> new String[] {cols[0], cols[1].startsWith("=") ? cols[1].substring(1) : cols[1]})
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("abbreviationRows")
    void search_everyBuiltInAbbreviationAndItsExpansion_findEachOther(String abbreviation, String expansion) {
        SearchIndex index = SearchIndex.build(List.of(
                new Document(1, List.of(new Field("Layanan " + abbreviation + " cepat", 1))),
                new Document(2, List.of(new Field("Layanan " + expansion + " cepat", 1))),
                new Document(3, List.of(new Field("Layanan cepat", 1)))));
        assertThat(index.search(abbreviation)).extracting(Hit::id).containsExactly(1, 2);
        assertThat(index.search(expansion)).extracting(Hit::id).containsExactly(1, 2);
    }

    // --- property: the index equals a naive scan ----------------------------------------------------

    /** Syllables that cannot form an abbreviation of the built-in lexicon nor a stop word. */
    private static final String[] SYLLABLES = {"ba", "ru", "mo", "le", "ni", "vo", "fu", "zi", "we", "ho"};
    /** The stop words the generator writes; the oracle drops exactly these. */
    private static final Set<String> ORACLE_STOP_WORDS = Set.of("dan", "yang", "di", "untuk");
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "/", "-", " (", ") ", ": ", "\t", "\n", "!"};
    private static final Map<Character, Character> ORACLE_ACCENTS = Map.of(
            'á', 'a', 'à', 'a', 'é', 'e', 'è', 'e', 'í', 'i', 'ó', 'o', 'ú', 'u', 'ü', 'u');

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void search_randomDocumentsAndQueries_equalsANaiveScan(long seed) {
        Random random = new Random(seed);
        List<String> vocabulary = vocabulary(random, 6 + random.nextInt(30));
        int docCount = random.nextInt(60);
        List<Document> docs = new ArrayList<>();
        Set<Integer> usedIds = new HashSet<>();
        while (docs.size() < docCount) {
            int id = random.nextInt(1000) - 300;
            if (!usedIds.add(id)) {
                continue;
            }
            int fieldCount = random.nextInt(4);
            List<Field> fields = new ArrayList<>();
            for (int f = 0; f < fieldCount; f++) {
                fields.add(new Field(text(random, vocabulary, random.nextInt(8)), 1 + random.nextInt(5)));
            }
            docs.add(new Document(id, fields));
        }
        SearchIndex index = SearchIndex.build(docs);
        for (int q = 0; q < 60; q++) {
            String query = random.nextInt(4) == 0
                    ? prefixQuery(random, vocabulary)
                    : text(random, vocabulary, random.nextInt(4));
            assertThat(index.search(query)).as("seed %d, query \"%s\"", seed, query).isEqualTo(oracle(docs, query));
        }
    }

    @Test
    void generator_vocabulary_avoidsStopWordsAndAbbreviationsTheOracleDoesNotKnow() {
        Random random = new Random(0);
        List<String> words = vocabulary(random, 200);
        for (String word : words) {
            assertThat(SearchText.STOP_WORDS.contains(word)).as(word).isEqualTo(ORACLE_STOP_WORDS.contains(word));
            if (!ORACLE_STOP_WORDS.contains(word)) {
                List<String> terms = new ArrayList<>();
                SearchText.Lexicon.builtIn().documentTerms(word, terms);
                assertThat(terms).as(word).containsExactly(oracleTokens(word).get(0));
            }
        }
    }

    private static List<String> vocabulary(Random random, int size) {
        Set<String> words = new LinkedHashSet<>(ORACLE_STOP_WORDS);
        while (words.size() < size + ORACLE_STOP_WORDS.size()) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                words.add(Integer.toString(random.nextInt(3000)));
            } else {
                StringBuilder w = new StringBuilder();
                int syllables = 1 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                words.add(w.toString());
            }
        }
        return new ArrayList<>(words);
    }

    /** Writes words with random case, accents and separators. */
    private static String text(Random random, List<String> vocabulary, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            sb.append(decorate(random, vocabulary.get(random.nextInt(vocabulary.size()))));
        }
        if (random.nextBoolean()) {
            sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return sb.toString();
    }

    private static String prefixQuery(Random random, List<String> vocabulary) {
        String base = text(random, vocabulary, random.nextInt(2));
        String word = vocabulary.get(random.nextInt(vocabulary.size()));
        return base + " " + decorate(random, word.substring(0, 1 + random.nextInt(word.length())));
    }

    private static String decorate(Random random, String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            int r = random.nextInt(12);
            if (r == 0) {
                sb.append(Character.toUpperCase(c));
            } else if (r == 1 && "aeiou".indexOf(c) >= 0) {
                List<Character> accented = new ArrayList<>();
                ORACLE_ACCENTS.forEach((from, to) -> {
                    if (to == c) {
                        accented.add(from);
                    }
                });
                Collections.sort(accented);
                sb.append(accented.get(random.nextInt(accented.size())));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits like the generator writes: lower-case ASCII, the known accents folded, anything else separates. */
    private static List<String> oracleTokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : (text + " ").toCharArray()) {
            char plain = ORACLE_ACCENTS.getOrDefault(c, c);
            if (plain >= 'A' && plain <= 'Z') {
                plain = (char) (plain - 'A' + 'a');
            }
            if ((plain >= 'a' && plain <= 'z') || (plain >= '0' && plain <= '9')) {
                current.append(plain);
            } else if (current.length() > 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
        tokens.removeIf(ORACLE_STOP_WORDS::contains);
        return tokens;
    }

    /** Scans every document: each distinct query word must occur in some field; the last one may be a prefix. */
    private static List<Hit> oracle(List<Document> docs, String query) {
        List<String> words = oracleTokens(query);
        List<String> distinct = new ArrayList<>();
        for (String w : words) {
            distinct.remove(w);
            distinct.add(w);
        }
        List<Hit> hits = new ArrayList<>();
        for (Document d : docs) {
            long score = 0;
            boolean all = !distinct.isEmpty();
            for (int q = 0; q < distinct.size() && all; q++) {
                String w = distinct.get(q);
                boolean prefix = q == distinct.size() - 1 && w.length() >= 3;
                boolean found = false;
                for (Field f : d.fields()) {
                    boolean inField = oracleTokens(f.text()).stream().anyMatch(t -> prefix ? t.startsWith(w) : t.equals(w));
                    if (inField) {
                        score += f.weight();
                        found = true;
                    }
                }
                all = found;
            }
            if (all) {
                hits.add(new Hit(d.id(), score));
            }
        }
        hits.sort(Comparator.comparingLong(Hit::score).reversed().thenComparingInt(Hit::id));
        return hits;
    }

    // --- concurrency ----------------------------------------------------------------------------------

    @Test
    void search_manyThreadsOnOneIndex_getTheSameAnswers() throws Exception {
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random, 40);
        List<Document> docs = IntStream.range(0, 2000)
                .mapToObj(i -> new Document(i, List.of(
                        new Field(text(random, vocabulary, 3), 3), new Field(text(random, vocabulary, 12), 1))))
                .toList();
        SearchIndex index = SearchIndex.build(docs);
        List<String> queries = Stream.concat(
                        IntStream.range(0, 200).mapToObj(i -> text(random, vocabulary, 1 + random.nextInt(3))),
                        Stream.of("ktp", "ba", "bar", "kete", ""))
                .toList();
        List<List<Hit>> expected = queries.stream().map(index::search).toList();

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < queries.size(); i++) {
                            int q = (i + offset * 7) % queries.size();
                            if (!index.search(queries.get(q)).equals(expected.get(q))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).anyMatch(hits -> hits.size() > 1);
    }
}
