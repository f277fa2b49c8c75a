package io.github.spbe4j.catalog.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An inverted keyword index over documents made of weighted text fields, answering Indonesian
 * keyword queries with ranked document ids: immutable and thread-safe.
 *
 * <p>Text is analysed by {@link SearchText} with a {@link SearchText.Lexicon} of abbreviations, so
 * that {@code "KTP"}, {@code "e-KTP"} and {@code "kartu tanda penduduk"} find one another, and
 * {@code "IMB"} finds a document about {@code "PBG"}.
 *
 * <p>Matching: a document matches when it satisfies every query term (AND across terms, OR among
 * the alternatives of one term, such as an abbreviation and its expansions); the last query word,
 * when at least {@value SearchText#MIN_PREFIX_LENGTH} characters long, also matches any word it
 * begins ({@code "kete"} finds {@code "keterangan"}). A blank query, or one made only of stop words,
 * matches nothing.
 *
 * <p>Ranking: the score of a document is, summed over the query terms, the weights of the fields in
 * which that term occurs (each field counted once per term, however often the term occurs in it).
 * Higher scores come first; equal scores in ascending id order.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.build(List.of(
 *         new SearchIndex.Document(1, List.of(new SearchIndex.Field("Penerbitan KTP-el", 3))),
 *         new SearchIndex.Document(2, List.of(new SearchIndex.Field("Surat Keterangan Tidak Mampu", 3)))));
 * index.search("e-KTP");   // [Hit[id=1, score=3]]
 * index.search("SKTM");    // [Hit[id=2, score=3]]
 * }</pre>
 *
 * <p>Internal to spbe-catalog: public only as far as the catalog's indexes need it.
 */
public final class SearchIndex {

    /** The most fields one document may have. */
    static final int MAX_FIELDS = 32;

    /** The largest field weight. */
    static final int MAX_WEIGHT = 1000;

    /**
     * One text field of a document, such as a title or a description, with its weight in ranking.
     *
     * @param text the text
     * @param weight the weight, 1..{@value SearchIndex#MAX_WEIGHT}
     */
    public record Field(String text, int weight) {
        /**
         * Checks the weight.
         *
         * @throws IllegalArgumentException if the weight is out of range
         */
        public Field {
            Objects.requireNonNull(text, "text");
            if (weight < 1 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("field weight is " + weight + "; weights run 1.." + MAX_WEIGHT);
            }
        }
    }

    /**
     * A document to index: an id chosen by the caller and its fields.
     *
     * @param id the id, unique within one index
     * @param fields the fields, at most {@value SearchIndex#MAX_FIELDS}
     */
    public record Document(int id, List<Field> fields) {
        /**
         * Copies the fields.
         *
         * @throws IllegalArgumentException if there are too many
         */
        public Document {
            fields = List.copyOf(fields);
            if (fields.size() > MAX_FIELDS) {
                throw new IllegalArgumentException("document " + id + " has " + fields.size()
                        + " fields; a document has at most " + MAX_FIELDS);
            }
        }
    }

    /**
     * A document that matched a query, with its score.
     *
     * @param id the document id
     * @param score the sum, over the query terms, of the weights of the fields the term occurs in
     */
    public record Hit(int id, long score) {
    }

    private static final int[] NO_INTS = new int[0];

    private final SearchText.Lexicon lexicon;
    /** Document ids by ordinal, ascending; ordinals are what postings hold. */
    private final int[] ids;
    /** Field weights by ordinal, then by field position. */
    private final int[][] weights;
    /** Every index term, sorted, for prefix ranges. */
    private final String[] terms;
    private final Map<String, Integer> termNumbers;
    /** Sorted document ordinals by term number. */
    private final int[][] postings;
    /** Field bit masks parallel to {@link #postings}: bit f set when the term occurs in field f. */
    private final int[][] masks;

    private SearchIndex(SearchText.Lexicon lexicon, int[] ids, int[][] weights, String[] terms,
            Map<String, Integer> termNumbers, int[][] postings, int[][] masks) {
        this.lexicon = lexicon;
        this.ids = ids;
        this.weights = weights;
        this.terms = terms;
        this.termNumbers = termNumbers;
        this.postings = postings;
        this.masks = masks;
    }

    /**
     * Builds an index with the built-in Indonesian abbreviations.
     *
     * @param documents the documents, with distinct ids, in any order
     * @return the index
     * @throws IllegalArgumentException if two documents share an id
     */
    public static SearchIndex build(List<Document> documents) {
        return build(documents, SearchText.Lexicon.builtIn());
    }

    /**
     * Builds an index with the given abbreviations.
     *
     * @param documents the documents, with distinct ids, in any order
     * @param lexicon the abbreviations used for documents and queries alike
     * @return the index
     * @throws IllegalArgumentException if two documents share an id
     */
    static SearchIndex build(List<Document> documents, SearchText.Lexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        Document[] docs = documents.toArray(new Document[0]);
        for (Document d : docs) {
            Objects.requireNonNull(d, "document");
        }
        Arrays.sort(docs, Comparator.comparingInt(Document::id));
        int n = docs.length;
        int[] ids = new int[n];
        int[][] weights = new int[n][];
        Map<String, PostingBuilder> builders = new HashMap<>();
        Set<String> fieldTerms = new HashSet<>();
        for (int ord = 0; ord < n; ord++) {
            Document d = docs[ord];
            if (ord > 0 && ids[ord - 1] == d.id()) {
                throw new IllegalArgumentException("document id " + d.id() + " occurs twice; ids are unique in an index");
            }
            ids[ord] = d.id();
            weights[ord] = d.fields().stream().mapToInt(Field::weight).toArray();
            for (int f = 0; f < d.fields().size(); f++) {
                fieldTerms.clear();
                lexicon.documentTerms(d.fields().get(f).text(), fieldTerms);
                for (String term : fieldTerms) {
                    builders.computeIfAbsent(term, t -> new PostingBuilder()).add(ord, 1 << f);
                }
            }
        }
        String[] terms = builders.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        Map<String, Integer> numbers = new HashMap<>(terms.length * 2);
        int[][] postings = new int[terms.length][];
        int[][] masks = new int[terms.length][];
        for (int t = 0; t < terms.length; t++) {
            PostingBuilder b = builders.get(terms[t]);
            numbers.put(terms[t], t);
            postings[t] = Arrays.copyOf(b.ordinals, b.size);
            masks[t] = Arrays.copyOf(b.masks, b.size);
        }
        return new SearchIndex(lexicon, ids, weights, terms, Map.copyOf(numbers), postings, masks);
    }

    /**
     * Returns the number of documents.
     *
     * @return the document count
     */
    int size() {
        return ids.length;
    }

    /**
     * Returns the number of distinct index terms (words and concepts).
     *
     * @return the term count
     */
    int termCount() {
        return terms.length;
    }

    /**
     * Returns every document matching a query, best first.
     *
     * @param query the query text
     * @return the hits, by descending score then ascending id; empty when nothing matches
     */
    public List<Hit> search(String query) {
        return search(query, Integer.MAX_VALUE);
    }

    /**
     * Returns the best documents matching a query.
     *
     * @param query the query text
     * @param limit the most hits to return, at least 0
     * @return at most {@code limit} hits, by descending score then ascending id
     * @throws IllegalArgumentException if the limit is negative
     */
    List<Hit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("limit is " + limit + "; a limit is at least 0");
        }
        List<SearchText.QueryTerm> queryTerms = lexicon.query(query);
        if (queryTerms.isEmpty() || limit == 0 || ids.length == 0) {
            return List.of();
        }
        int k = queryTerms.size();
        int[][] groupOrdinals = new int[k][];
        int[][] groupMasks = new int[k][];
        for (int g = 0; g < k; g++) {
            if (!resolve(queryTerms.get(g), g, groupOrdinals, groupMasks)) {
                return List.of();
            }
        }
        Integer[] order = new Integer[k];
        Arrays.setAll(order, g -> g);
        Arrays.sort(order, Comparator.comparingInt(g -> groupOrdinals[g].length));

        // start from the rarest term, then keep the candidates every other term also has
        int first = order[0];
        int count = groupOrdinals[first].length;
        int[] candidates = groupOrdinals[first].clone();
        long[] scores = new long[count];
        for (int i = 0; i < count; i++) {
            scores[i] = weightOf(candidates[i], groupMasks[first][i]);
        }
        for (int o = 1; o < k && count > 0; o++) {
            int[] other = groupOrdinals[order[o]];
            int[] otherMasks = groupMasks[order[o]];
            int kept = 0;
            int j = 0;
            for (int i = 0; i < count && j < other.length; i++) {
                int c = candidates[i];
                j = advance(other, j, c);
                if (j < other.length && other[j] == c) {
                    candidates[kept] = c;
                    scores[kept] = scores[i] + weightOf(c, otherMasks[j]);
                    kept++;
                }
            }
            count = kept;
        }
        return rank(candidates, scores, count, limit);
    }

    /** Finds the postings of one query term; false when no document can satisfy it. */
    private boolean resolve(SearchText.QueryTerm term, int g, int[][] groupOrdinals, int[][] groupMasks) {
        List<Integer> numbers = new ArrayList<>();
        for (String alternative : term.alternatives()) {
            Integer t = termNumbers.get(alternative);
            if (t != null) {
                numbers.add(t);
            }
        }
        String prefix = term.prefix();
        if (prefix != null) {
            int exact = numbers.size();
            int from = Arrays.binarySearch(terms, prefix);
            for (int t = from >= 0 ? from : -from - 1; t < terms.length && terms[t].startsWith(prefix); t++) {
                // only the few exact alternatives can repeat a term of the (distinct) prefix range
                if (!numbers.subList(0, exact).contains(t)) {
                    numbers.add(t);
                }
            }
        }
        if (numbers.isEmpty()) {
            return false;
        }
        if (numbers.size() == 1) {
            groupOrdinals[g] = postings[numbers.get(0)];
            groupMasks[g] = masks[numbers.get(0)];
            return true;
        }
        union(numbers, g, groupOrdinals, groupMasks);
        return true;
    }

    /** Merges the postings of several terms into one, OR-ing the field masks of a document. */
    private void union(List<Integer> numbers, int g, int[][] groupOrdinals, int[][] groupMasks) {
        long total = 0;
        for (int t : numbers) {
            total += postings[t].length;
        }
        int[] outOrdinals;
        int[] outMasks;
        int size = 0;
        if (total * 8 < ids.length) {
            // few postings: sort (ordinal, mask) pairs packed in longs, then merge equal ordinals
            long[] packed = new long[(int) total];
            int p = 0;
            for (int t : numbers) {
                int[] ords = postings[t];
                int[] ms = masks[t];
                for (int i = 0; i < ords.length; i++) {
                    packed[p++] = ((long) ords[i] << 32) | (ms[i] & 0xFFFF_FFFFL);
                }
            }
            Arrays.sort(packed);
            outOrdinals = new int[packed.length];
            outMasks = new int[packed.length];
            for (long v : packed) {
                int ord = (int) (v >>> 32);
                int mask = (int) v;
                if (size > 0 && outOrdinals[size - 1] == ord) {
                    outMasks[size - 1] |= mask;
                } else {
                    outOrdinals[size] = ord;
                    outMasks[size] = mask;
                    size++;
                }
            }
        } else {
            // many postings: accumulate masks per document, then sweep in ordinal order
            int[] acc = new int[ids.length];
            for (int t : numbers) {
                int[] ords = postings[t];
                int[] ms = masks[t];
                for (int i = 0; i < ords.length; i++) {
                    if (acc[ords[i]] == 0) {
                        size++;
                    }
                    acc[ords[i]] |= ms[i];
                }
            }
            outOrdinals = new int[size];
            outMasks = new int[size];
            int p = 0;
            for (int ord = 0; ord < acc.length; ord++) {
                if (acc[ord] != 0) {
                    outOrdinals[p] = ord;
                    outMasks[p] = acc[ord];
                    p++;
                }
            }
        }
        groupOrdinals[g] = size == outOrdinals.length ? outOrdinals : Arrays.copyOf(outOrdinals, size);
        groupMasks[g] = size == outMasks.length ? outMasks : Arrays.copyOf(outMasks, size);
    }

    /** Returns the first index at or after {@code from} whose value is at least {@code target}, galloping. */
    private static int advance(int[] sorted, int from, int target) {
        if (from >= sorted.length || sorted[from] >= target) {
            return from;
        }
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (hi < sorted.length && sorted[hi] < target) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        hi = Math.min(hi, sorted.length);
        // sorted[lo] < target and (hi == length or sorted[hi] >= target)
        int found = Arrays.binarySearch(sorted, lo + 1, hi, target);
        return found >= 0 ? found : -found - 1;
    }

    private long weightOf(int ordinal, int mask) {
        int[] w = weights[ordinal];
        long sum = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            sum += w[Integer.numberOfTrailingZeros(m)];
        }
        return sum;
    }

    private List<Hit> rank(int[] candidates, long[] scores, int count, int limit) {
        int size = Math.min(count, limit);
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, scores[i]);
        }
        Hit[] hits = new Hit[size];
        if (max > Integer.MAX_VALUE) {
            // astronomically long queries only: sort boxed indexes, stable so that ties keep id order
            Integer[] order = new Integer[count];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(scores[b], scores[a]));
            for (int i = 0; i < size; i++) {
                hits[i] = new Hit(ids[candidates[order[i]]], scores[order[i]]);
            }
            return List.of(hits);
        }
        // one long per hit, ascending = higher score first, then lower ordinal (= lower id) first
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((Integer.MAX_VALUE - scores[i]) << 32) | candidates[i];
        }
        long[] best = size < count / 4 ? smallest(keys, size) : keys;
        if (best == keys) {
            Arrays.sort(keys);
        }
        for (int i = 0; i < size; i++) {
            hits[i] = new Hit(ids[(int) best[i]], Integer.MAX_VALUE - (best[i] >>> 32));
        }
        return List.of(hits);
    }

    /** Returns the {@code k} smallest keys in ascending order, keeping a max-heap of the best so far. */
    private static long[] smallest(long[] keys, int k) {
        long[] heap = new long[k];
        int n = 0;
        for (long key : keys) {
            if (n < k) {
                int i = n++;
                heap[i] = key;
                while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
                    swap(heap, i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (k > 0 && key < heap[0]) {
                heap[0] = key;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int largest = i;
                    if (l < k && heap[l] > heap[largest]) {
                        largest = l;
                    }
                    if (r < k && heap[r] > heap[largest]) {
                        largest = r;
                    }
                    if (largest == i) {
                        break;
                    }
                    swap(heap, i, largest);
                    i = largest;
                }
            }
        }
        Arrays.sort(heap, 0, n);
        return heap;
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** A growable posting list used while building. */
    private static final class PostingBuilder {
        int[] ordinals = NO_INTS;
        int[] masks = NO_INTS;
        int size;

        void add(int ordinal, int mask) {
            if (size > 0 && ordinals[size - 1] == ordinal) {
                masks[size - 1] |= mask;
                return;
            }
            if (size == ordinals.length) {
                int capacity = Math.max(4, size * 2);
                ordinals = Arrays.copyOf(ordinals, capacity);
                masks = Arrays.copyOf(masks, capacity);
            }
            ordinals[size] = ordinal;
            masks[size] = mask;
            size++;
        }
    }
}
