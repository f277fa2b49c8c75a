package io.github.spbe4j.report;

import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report of one assessment people look at: the index and predikat, a chart of the domain and aspect
 * indices over the predikat bands, a chart of what each indicator's next level adds to the index, and
 * the indicator table — as one self-contained HTML page ({@link #toHtml()}: inline CSS and SVG, no
 * script, nothing fetched), as Markdown ({@link #toMarkdown()}), and the indicator table as CSV
 * ({@link #indicatorCsv()}).
 *
 * <pre>{@code
 * String html = Report.of(card).withLanguage(Language.INDONESIAN).toHtml();
 * }</pre>
 *
 * <p>Every text that reaches the page — the agency's name, the framework's labels, a section's words —
 * is escaped, so that {@code <script>} in a name stays text. The report's own words are in English or
 * Bahasa Indonesia; the framework's labels are shown as the framework has them. Further sections (a
 * plan, a series, a ranking) are added with {@link #with(ReportSection)}; they come after the charts
 * and before the indicator table, in the order added.
 *
 * <p>Immutable and thread-safe when its sections are.
 *
 * @since 0.1.0
 */
public final class Report {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> OWN_IDS = Set.of("summary", "groups", "next-level", "indicators");

    private final ScoreCard card;
    private final Language language;
    private final List<ReportSection> added;

    private Report(ScoreCard card, Language language, List<ReportSection> added) {
        this.card = card;
        this.language = language;
        this.added = List.copyOf(added);
    }

    /**
     * Returns the report of a score card, in English, with its own sections.
     *
     * @param card the score card
     * @return the report
     */
    public static Report of(ScoreCard card) {
        return new Report(Objects.requireNonNull(card, "card"), Language.ENGLISH, List.of());
    }

    /**
     * Returns a copy whose own words are in a language.
     *
     * @param newLanguage the language
     * @return the copy
     */
    public Report withLanguage(Language newLanguage) {
        return new Report(card, Objects.requireNonNull(newLanguage, "language"), added);
    }

    /**
     * Returns a copy with one more section, after the charts and the sections added before it, before
     * the indicator table.
     *
     * @param section the section
     * @return the copy
     * @throws IllegalArgumentException if the section's id is not lower-case letters, digits and
     *         hyphens starting with a letter, or another section of the report has it
     */
    public Report with(ReportSection section) {
        Objects.requireNonNull(section, "section");
        String id = Objects.requireNonNull(section.id(), "section id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a section id is lower-case letters, digits and hyphens starting with a letter, not "
                    + Escape.html(id));
        }
        Set<String> ids = new HashSet<>(OWN_IDS);
        for (ReportSection s : added) {
            ids.add(s.id());
        }
        if (ids.contains(id)) {
            throw new IllegalArgumentException("the report already has a section with id " + id);
        }
        List<ReportSection> more = new ArrayList<>(added);
        more.add(section);
        return new Report(card, language, more);
    }

    /**
     * Returns the score card reported on.
     *
     * @return the score card
     */
    public ScoreCard scoreCard() {
        return card;
    }

    /**
     * Returns the language of the report's own words.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the sections in page order after the summary: the two charts, the added sections, the
     * indicator table.
     *
     * @return the sections
     */
    public List<ReportSection> sections() {
        List<NextLevel.Step> steps = NextLevel.of(card);
        return sections(steps);
    }

    private List<ReportSection> sections(List<NextLevel.Step> steps) {
        List<ReportSection> all = new ArrayList<>();
        all.add(new GroupsSection(card));
        all.add(new NextLevelSection(steps));
        all.addAll(added);
        all.add(new IndicatorsSection(card, steps));
        return List.copyOf(all);
    }

    /** The page's title: the agency, the report's name and the year. */
    private String title() {
        return card.assessment().agency().name() + " — " + Word.REPORT.in(language) + " " + card.assessment().year();
    }

    private String predikat() {
        PredikatBand band = card.predikat();
        return band.label().map(l -> band.name() + " · " + l).orElse(band.name());
    }

    private List<String[]> facts() {
        List<String> notYet = card.notYetIndicated();
        return List.of(new String[] {Word.FRAMEWORK.in(language), card.framework().title() + " (" + card.framework().id() + ")"},
                new String[] {Word.YEAR.in(language), String.valueOf(card.assessment().year())},
                new String[] {Word.STAGE.in(language), Word.stage(card.assessment().stage(), language)},
                new String[] {Word.EXACT_INDEX.in(language), Numbers.separatorOnly(card.index().toPlainString(), language)},
                new String[] {Word.NOT_YET_INDICATED.in(language), notYet.isEmpty() ? Word.NONE.in(language) : String.join(", ", notYet)});
    }

    /**
     * Returns the report as one self-contained HTML page: inline CSS (for screen and print) and inline
     * SVG charts, no script, no link to anything outside it, and a content security policy that lets
     * the page fetch nothing.
     *
     * @return the page
     * @throws IllegalStateException if a section leaves an element open
     */
    public String toHtml() {
        return Page.html(language, title(), card.assessment().agency().name(), out -> {
            out.element("p", Word.REPORT.in(language) + " · " + card.framework().title() + " · " + card.assessment().year(), "class",
                    "subtitle");
            out.open("p", "class", "headline");
            out.open("span", "class", "index");
            out.element("span", Word.INDEX.in(language), "class", "headline-label");
            out.element("strong", Numbers.fixed(card.indexRounded(), 2, language), "class", "index-value");
            out.close("span");
            out.open("span", "class", "predikat predikat-" + bandPosition());
            out.element("span", Word.PREDIKAT.in(language), "class", "headline-label");
            out.element("strong", predikat(), "class", "predikat-value");
            out.close("span");
            out.close("p");
            out.open("dl", "class", "facts");
            for (String[] f : facts()) {
                out.element("dt", f[0]).element("dd", f[1]);
            }
            out.close("dl");
        }, sections(NextLevel.of(card)), Word.FOOTER.in(language));
    }

    /**
     * Returns the same content as Markdown (CommonMark with GitHub tables): the summary, each chart as a
     * table, the added sections and the indicator table; every text escaped.
     *
     * @return the Markdown
     */
    public String toMarkdown() {
        return Page.markdown(language, title(), out -> {
            out.strong(Word.INDEX.in(language) + " " + Numbers.fixed(card.indexRounded(), 2, language) + " — "
                    + Word.PREDIKAT.in(language) + " " + predikat());
            List<String> facts = new ArrayList<>();
            for (String[] f : facts()) {
                facts.add(f[0] + ": " + f[1]);
            }
            out.list(facts);
        }, sections(NextLevel.of(card)), Word.FOOTER.in(language));
    }

    /**
     * Returns the indicator table as CSV (RFC 4180, CRLF line ends, a header row of fixed English
     * names whatever the report's language: {@code code, name, part_of, weight, level, level_name,
     * origin, contribution, headroom, next_level, next_level_gain}); numbers exact, with a dot; a cell
     * that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
     * return) starts with an apostrophe.
     *
     * @return the CSV
     */
    public String indicatorCsv() {
        return new IndicatorsSection(card, NextLevel.of(card)).csv();
    }

    /** The predikat's position among the framework's bands, for its colour. */
    private int bandPosition() {
        return card.framework().predikat().indexOf(card.predikat()) % 5;
    }

    @Override
    public String toString() {
        return "report of " + card.assessment() + " in " + language;
    }
}
