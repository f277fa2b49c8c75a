package io.github.spbe4j.catalog.internal.search;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The text analysis of the catalog's keyword search: how Indonesian public-service text becomes the
 * terms that {@link SearchIndex} stores and looks up.
 *
 * <p>Text is folded to plain lower case (Unicode NFKD, combining marks such as accents removed,
 * {@link Locale#ROOT} lower case), then split into tokens of letters and digits; every other
 * character (space, punctuation, symbols) separates tokens, except an apostrophe inside a word,
 * which is dropped ({@code "Jum'at"} is {@code jumat}). Digits are kept ({@code "Perda 3/2023"} is
 * {@code perda 3 2023}). Common function words ({@link #STOP_WORDS}) are not terms.
 *
 * <p>Abbreviations and their expansions come from a {@link Lexicon}: a document that contains
 * {@code "KTP-el"}, {@code "e-KTP"} or {@code "kartu tanda penduduk elektronik"} is indexed under
 * one concept term, so a query for any of these forms finds it.
 *
 * <p>This class has only static methods; {@link Lexicon} is immutable and thread-safe.
 */
final class SearchText {

    /**
     * The words that are never terms: Indonesian prepositions, conjunctions and other function words
     * that would match nearly every service. Words that change a meaning, such as {@code tidak} in
     * "surat keterangan tidak mampu", are deliberately not in this set.
     */
    static final Set<String> STOP_WORDS = Set.of(
            "yang", "dan", "di", "ke", "dari", "untuk", "atau", "dengan", "pada", "dalam", "ini",
            "itu", "oleh", "bagi", "akan", "sebagai", "adalah", "juga", "serta", "kepada", "tentang",
            "atas", "para", "secara", "tersebut", "agar", "yaitu", "yakni", "dapat", "telah", "sudah",
            "sang", "si", "pun", "lah", "kah", "nya");

    /** The shortest last query word that also matches as a prefix (type-ahead). */
    static final int MIN_PREFIX_LENGTH = 3;

    /** The classpath resource, next to this class, that holds the built-in abbreviations. */
    static final String ABBREVIATIONS_RESOURCE = "abbreviations-id.tsv";

    private SearchText() {
    }

    /**
     * Returns the text folded for comparison: lower case with {@link Locale#ROOT}, decomposed with
     * Unicode NFKD (so that compatibility forms such as full-width letters become plain ones), and
     * without combining marks (so that {@code "é"} becomes {@code "e"}).
     *
     * @param text any text
     * @return the folded text
     */
    static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        }
        // NFKD can decompose into upper-case letters (e.g. U+2160 ROMAN NUMERAL ONE is "I").
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the tokens of a text, in order and with repeats: the {@linkplain #normalize folded}
     * text split at every character that is not a letter or digit, an apostrophe between two word
     * characters being dropped instead.
     *
     * @param text any text
     * @return the tokens, stop words included
     */
    static List<String> tokens(String text) {
        String folded = normalize(text);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = folded.length();
        for (int i = 0; i < n; ) {
            int cp = folded.codePointAt(i);
            int width = Character.charCount(cp);
            if (isApostrophe(cp)) {
                boolean inside = current.length() > 0 && i + width < n
                        && isWordChar(folded.codePointAt(i + width));
                if (!inside) {
                    flush(current, tokens);
                }
            } else if (isWordChar(cp)) {
                current.appendCodePoint(cp);
            } else {
                flush(current, tokens);
            }
            i += width;
        }
        flush(current, tokens);
        return tokens;
    }

    /**
     * Returns the searchable terms of a text: its {@linkplain #tokens tokens} without stop words.
     *
     * @param text any text
     * @return the terms, in order and with repeats
     */
    static List<String> terms(String text) {
        List<String> terms = tokens(text);
        terms.removeIf(STOP_WORDS::contains);
        return terms;
    }

    /**
     * Returns the index term that stands for a concept of a lexicon; it starts with {@code #}, which
     * no token contains, so concept terms never collide with words.
     *
     * @param concept the concept number
     * @return the term
     */
    static String conceptTerm(int concept) {
        return "#" + concept;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isApostrophe(cp);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`';
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * One term of an analysed query: it is satisfied by a document that holds any of its
     * {@code alternatives}, or, when {@code prefix} is not null, any term starting with it.
     *
     * @param alternatives the index terms, any of which satisfies this query term
     * @param prefix the prefix for type-ahead matching, or null
     */
    record QueryTerm(List<String> alternatives, @Nullable String prefix) {
        QueryTerm {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * A set of abbreviations with their expansions, grouped into concepts: immutable and
     * thread-safe.
     *
     * <p>The text form is a UTF-8, tab-separated file with three columns: abbreviation, expansion,
     * note. Lines that are blank or start with {@code #} are ignored. Each row is one sense of an
     * abbreviation: an abbreviation written on two rows with two expansions is ambiguous, and a query
     * for it finds both senses. Rows with the same expansion are one concept. A row whose expansion
     * is {@code =OTHER} makes the abbreviation a name of the same concept as the abbreviation
     * {@code OTHER}, which another row must define (for example {@code IMB =PBG}); when
     * {@code OTHER} has several senses, they all become one concept.
     */
    static final class Lexicon {

        private static final Lexicon EMPTY = new Lexicon(Map.of(), List.of(), 0);

        private final Map<List<String>, int[]> conceptsBySurface;
        private final List<List<String>> conceptWords;
        /** The first word of every abbreviation and expansion, to skip the other words quickly. */
        private final Set<String> firstWords;
        private final int rows;
        private final int longestSurface;

        private Lexicon(Map<List<String>, int[]> conceptsBySurface, List<List<String>> conceptWords, int rows) {
            this.conceptsBySurface = conceptsBySurface;
            this.conceptWords = conceptWords;
            this.rows = rows;
            this.longestSurface = conceptsBySurface.keySet().stream().mapToInt(List::size).max().orElse(0);
            this.firstWords = conceptsBySurface.keySet().stream().map(s -> s.get(0))
                    .collect(Collectors.toUnmodifiableSet());
        }

        /**
         * Returns the lexicon without abbreviations.
         *
         * @return the empty lexicon
         */
        static Lexicon empty() {
            return EMPTY;
        }

        /**
         * Returns the built-in Indonesian public-service abbreviations, read once from
         * {@value SearchText#ABBREVIATIONS_RESOURCE}.
         *
         * @return the built-in lexicon
         * @throws SpbeException if the resource is missing or malformed
         */
        static Lexicon builtIn() {
            return BuiltIn.LEXICON;
        }

        /**
         * Reads a lexicon from a UTF-8 stream.
         *
         * @param source the name used in error messages, e.g. the file name
         * @param in the stream, not closed by this method
         * @return the lexicon
         * @throws SpbeException listing every malformed line with its line number
         * @throws UncheckedIOException if the stream cannot be read
         */
        static Lexicon read(String source, InputStream in) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(in, "in");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            try {
                return parse(source, reader.lines().toList());
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("cannot read " + source, e.getCause());
            }
        }

        /**
         * Parses a lexicon from its lines.
         *
         * @param source the name used in error messages, e.g. the file name
         * @param lines the lines, without line terminators
         * @return the lexicon
         * @throws SpbeException listing every malformed line with its line number
         */
        static Lexicon parse(String source, List<String> lines) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(lines, "lines");
            List<Problem> problems = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            List<Row> aliases = new ArrayList<>();
            Map<List<List<String>>, Integer> seen = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                int lineNo = i + 1;
                String line = lines.get(i);
                if (i == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    problems.add(Problem.of("line " + lineNo, "Columns", "line " + lineNo + " has " + cols.length
                            + " columns; a row is abbreviation<TAB>expansion<TAB>note", null));
                    continue;
                }
                List<String> abbreviation = terms(cols[0]);
                if (abbreviation.isEmpty()) {
                    problems.add(Problem.of("line " + lineNo, "Searchable", "line " + lineNo + " has abbreviation " + Text.quote(cols[0])
                            + "; an abbreviation needs a searchable word", Text.quote(cols[0])));
                    continue;
                }
                String expansionText = cols[1].strip();
                boolean alias = expansionText.startsWith("=");
                List<String> expansion = terms(alias ? expansionText.substring(1) : expansionText);
                if (expansion.isEmpty()) {
                    problems.add(Problem.of("line " + lineNo, "Searchable", "line " + lineNo + " has expansion " + Text.quote(cols[1])
                            + "; an expansion needs a searchable word", Text.quote(cols[1])));
                    continue;
                }
                if (abbreviation.equals(expansion)) {
                    problems.add(Problem.of("line " + lineNo, "NotItself", "line " + lineNo + " expands " + Text.quote(cols[0])
                            + " to itself", Text.quote(cols[0])));
                    continue;
                }
                Integer previous = seen.putIfAbsent(List.of(abbreviation, expansion, List.of(alias ? "=" : "")), lineNo);
                if (previous != null) {
                    problems.add(Problem.of("line " + lineNo, "UniqueRows", "line " + lineNo + " repeats line " + previous
                            + " (" + Text.clean(cols[0]) + ")", null));
                    continue;
                }
                (alias ? aliases : rows).add(new Row(lineNo, abbreviation, expansion));
            }

            // union-find over rows: rows sharing an expansion, and aliases, are one concept
            int[] parent = new int[rows.size()];
            Arrays.setAll(parent, k -> k);
            Map<List<String>, List<Integer>> rowsByAbbreviation = new HashMap<>();
            Map<List<String>, Integer> rowByExpansion = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                rowsByAbbreviation.computeIfAbsent(rows.get(r).abbreviation, k -> new ArrayList<>()).add(r);
                Integer other = rowByExpansion.putIfAbsent(rows.get(r).expansion, r);
                if (other != null) {
                    union(parent, other, r);
                }
            }
            Map<Integer, List<List<String>>> extraSurfaces = new HashMap<>();
            for (Row alias : aliases) {
                List<Integer> targets = rowsByAbbreviation.get(alias.expansion);
                if (targets == null) {
                    String target = Text.quote(String.join(" ", alias.expansion));
                    problems.add(Problem.of("line " + alias.line, "Reference", "line " + alias.line + " refers to " + target
                            + ", which no row of " + Text.clean(source) + " defines as an abbreviation", target));
                    continue;
                }
                for (int t : targets) {
                    union(parent, targets.get(0), t);
                }
                for (int own : rowsByAbbreviation.getOrDefault(alias.abbreviation, List.of())) {
                    union(parent, targets.get(0), own);
                }
                extraSurfaces.computeIfAbsent(targets.get(0), k -> new ArrayList<>()).add(alias.abbreviation);
            }
            if (!problems.isEmpty()) {
                throw new SpbeException(Text.clean(source), problems);
            }

            // number concepts in the order of their first row, so that the result is deterministic
            Map<Integer, Integer> conceptByRoot = new LinkedHashMap<>();
            List<Set<List<String>>> surfaces = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                int concept = conceptByRoot.computeIfAbsent(find(parent, r), k -> conceptByRoot.size());
                if (concept == surfaces.size()) {
                    surfaces.add(new LinkedHashSet<>());
                }
                surfaces.get(concept).add(rows.get(r).abbreviation);
                surfaces.get(concept).add(rows.get(r).expansion);
            }
            extraSurfaces.forEach((row, extra) -> surfaces.get(conceptByRoot.get(find(parent, row))).addAll(extra));

            Map<List<String>, Set<Integer>> bySurface = new HashMap<>();
            List<List<String>> words = new ArrayList<>();
            for (int c = 0; c < surfaces.size(); c++) {
                Set<String> w = new LinkedHashSet<>();
                for (List<String> surface : surfaces.get(c)) {
                    bySurface.computeIfAbsent(surface, k -> new TreeSet<>()).add(c);
                    w.addAll(surface);
                }
                words.add(List.copyOf(w));
            }
            Map<List<String>, int[]> frozen = new HashMap<>();
            bySurface.forEach((surface, cs) -> frozen.put(List.copyOf(surface),
                    cs.stream().mapToInt(Integer::intValue).toArray()));
            return new Lexicon(Map.copyOf(frozen), List.copyOf(words), rows.size() + aliases.size());
        }

        /**
         * Returns the number of rows (abbreviation senses and aliases) read.
         *
         * @return the row count
         */
        int rows() {
            return rows;
        }

        /**
         * Returns the number of concepts, each a group of abbreviations and expansions that find one
         * another.
         *
         * @return the concept count
         */
        int concepts() {
            return conceptWords.size();
        }

        /**
         * Adds the index terms of a document text to a collection: its {@linkplain SearchText#terms terms}
         * and, for every abbreviation or expansion it contains, the concept term and the words of
         * every other name of that concept.
         *
         * @param text the text of one document field
         * @param sink the collection receiving the terms
         */
        void documentTerms(String text, Collection<String> sink) {
            List<String> terms = terms(text);
            sink.addAll(terms);
            for (int i = 0; i < terms.size(); i++) {
                if (!firstWords.contains(terms.get(i))) {
                    continue;
                }
                int max = Math.min(longestSurface, terms.size() - i);
                for (int len = 1; len <= max; len++) {
                    int[] concepts = conceptsBySurface.get(terms.subList(i, i + len));
                    if (concepts != null) {
                        for (int c : concepts) {
                            sink.add(conceptTerm(c));
                            sink.addAll(conceptWords.get(c));
                        }
                    }
                }
            }
        }

        /**
         * Analyses a query into the terms that a document must all satisfy.
         *
         * <p>Stop words are dropped; the longest abbreviation or expansion at each position becomes
         * one term satisfied by its concept; a word or phrase repeated counts once (its last
         * occurrence is kept); the last word, when it is a single word of at least
         * {@value SearchText#MIN_PREFIX_LENGTH} characters, also matches as a prefix. A query without any
         * other word than stop words yields no term, and then nothing matches.
         *
         * @param query the query text
         * @return the query terms, in query order; empty for a blank query
         */
        List<QueryTerm> query(String query) {
            List<String> terms = terms(query);
            Map<List<String>, QueryTerm> byKey = new LinkedHashMap<>();
            int i = 0;
            while (i < terms.size()) {
                int len = Math.min(longestSurface, terms.size() - i);
                int[] concepts = null;
                for (; len >= 1; len--) {
                    concepts = conceptsBySurface.get(terms.subList(i, i + len));
                    if (concepts != null) {
                        break;
                    }
                }
                len = Math.max(len, 1);
                List<String> key = List.copyOf(terms.subList(i, i + len));
                List<String> alternatives = new ArrayList<>();
                if (len == 1) {
                    alternatives.add(key.get(0));
                }
                if (concepts != null) {
                    for (int c : concepts) {
                        alternatives.add(conceptTerm(c));
                    }
                }
                boolean last = i + len == terms.size();
                String prefix = last && len == 1 && key.get(0).length() >= MIN_PREFIX_LENGTH ? key.get(0) : null;
                byKey.remove(key);
                byKey.put(key, new QueryTerm(alternatives, prefix));
                i += len;
            }
            return List.copyOf(byKey.values());
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        private record Row(int line, List<String> abbreviation, List<String> expansion) {
        }

        /** Holds the built-in lexicon, read on first use. */
        private static final class BuiltIn {
            static final Lexicon LEXICON = load();

            private static Lexicon load() {
                try (InputStream in = SearchText.class.getResourceAsStream(ABBREVIATIONS_RESOURCE)) {
                    if (in == null) {
                        throw new SpbeException("the resource " + ABBREVIATIONS_RESOURCE
                                + " is missing next to " + SearchText.class.getName());
                    }
                    return read(ABBREVIATIONS_RESOURCE, in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + ABBREVIATIONS_RESOURCE, e);
                }
            }
        }
    }
}
