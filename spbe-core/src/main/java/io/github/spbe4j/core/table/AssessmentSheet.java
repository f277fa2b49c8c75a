package io.github.spbe4j.core.table;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.internal.CsvCells;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The wide assessment sheet: a CSV file with one row per agency, year, framework and stage, and one
 * column per indicator code, read into {@link Assessment}s and written from them.
 *
 * <pre>
 * agency,agency_code,year,framework,stage,1,2,3,...,47
 * Kota Contoh,kota-contoh,2025,spbe-2020,final,3,2,4,...,3
 * "Kabupaten Contoh Barat, Kab.",,2024,spbe-2020,,2,2,3,...,2
 * </pre>
 *
 * <p>Columns: {@value #AGENCY}, {@value #YEAR} and {@value #FRAMEWORK} are required; {@value #AGENCY_CODE}
 * and {@value #STAGE} (default {@code self-assessment}) are optional; every other column is named by an
 * indicator code of a framework some row names. A cell holds the indicator's value as a decimal with a
 * point ({@code 3}, {@code 2.5} where the scale allows decimals); an empty cell means the indicator is not
 * assessed, as a code left out of the JSON form's {@code values} does, and a row may leave every column
 * of another framework empty. Evidence, external index values and notes are not part of the sheet: use
 * the JSON form for them.
 *
 * <p>CSV as RFC 4180 writes it (quoted fields may hold commas, doubled quotes and line breaks; CRLF or
 * LF), UTF-8 with or without a byte-order mark; cells and column names are stripped of surrounding
 * spaces, and a leading apostrophe before {@code = + - @} or another apostrophe in an agency name or code,
 * which spbe4j writes to keep spreadsheets from running the cell as a formula, is dropped. A sheet is read whole or not at
 * all: every problem (row and column, rule, value) is reported in one {@link InvalidTableException}.
 * Rows are numbered as a spreadsheet numbers them, the header being row 1.
 *
 * <pre>{@code
 * List<Assessment> all = AssessmentSheet.read(Path.of("province.csv"), FrameworkRegistry.builtIn());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AssessmentSheet {

    /** The column of the agency's name (required). */
    public static final String AGENCY = "agency";

    /** The column of the agency's code (optional; an empty cell means none). */
    public static final String AGENCY_CODE = "agency_code";

    /** The column of the evaluation year (required, 1900..9999). */
    public static final String YEAR = "year";

    /** The column of the framework's id (required), e.g. {@code spbe-2020}. */
    public static final String FRAMEWORK = "framework";

    /** The column of the stage (optional; an empty cell means {@code self-assessment}). */
    public static final String STAGE = "stage";

    /** The columns that are not indicator codes, in the order the writer puts them. */
    public static final List<String> FIXED_COLUMNS = List.of(AGENCY, AGENCY_CODE, YEAR, FRAMEWORK, STAGE);

    private static final int MAX_DECIMAL_CHARS = 40;

    private AssessmentSheet() {
    }

    /**
     * Reads a sheet from a file.
     *
     * @param file the file
     * @param registry the frameworks rows may name
     * @return the assessments, in the order of the rows
     * @throws InvalidTableException with every problem, if the sheet cannot be read
     */
    public static List<Assessment> read(Path file, FrameworkRegistry registry) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(registry, "registry");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, registry);
        } catch (NoSuchFileException e) {
            throw single(source, Problem.of("", "Read", "there is no file " + Text.quote(source), null));
        } catch (IOException e) {
            throw single(source, Problem.of("", "Read", "the sheet cannot be read: " + Text.firstLine(e.getMessage()), null));
        }
    }

    /**
     * Reads a sheet from a stream, which is left open.
     *
     * @param in the stream
     * @param source the name of the input in messages, e.g. a file name
     * @param registry the frameworks rows may name
     * @return the assessments, in the order of the rows
     * @throws InvalidTableException with every problem, if the sheet cannot be read
     */
    public static List<Assessment> read(InputStream in, String source, FrameworkRegistry registry) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(registry, "registry");
        ProblemList problems = ProblemList.inDocumentOrder();
        try {
            String text = CsvRecords.decode(CsvRecords.readAll(in, problems), problems);
            return new Reading(registry, problems).read(CsvRecords.parse(text, problems), source);
        } catch (CsvRecords.Stop stop) {
            throw failure(source, problems);
        }
    }

    /**
     * Reads a sheet from text.
     *
     * @param csv the sheet
     * @param registry the frameworks rows may name
     * @return the assessments, in the order of the rows
     * @throws InvalidTableException with every problem, if the sheet cannot be read
     */
    public static List<Assessment> parse(String csv, FrameworkRegistry registry) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(registry, "registry");
        ProblemList problems = ProblemList.inDocumentOrder();
        try {
            if (csv.length() > CsvRecords.MAX_BYTES) {
                problems.add(Problem.of("", "Size", "the sheet is longer than " + CsvRecords.MAX_BYTES + " characters, the most a sheet may have",
                        null));
                throw new CsvRecords.Stop();
            }
            String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
            return new Reading(registry, problems).read(CsvRecords.parse(text, problems), "(text)");
        } catch (CsvRecords.Stop stop) {
            throw failure("(text)", problems);
        }
    }

    /**
     * Writes assessments as a sheet: the columns {@link #FIXED_COLUMNS}, then the indicator codes of
     * every framework the assessments name, in the order the frameworks first appear and each in its
     * framework's order (a code two frameworks share is one column); one row per assessment, lines
     * ending in a line feed. Agency names and codes are written spreadsheet-safe; reading the sheet back
     * gives equal assessments.
     *
     * @param assessments the assessments, each giving its indicators direct values only
     * @param registry the frameworks the assessments name
     * @return the sheet
     * @throws InvalidTableException if an assessment names a framework not in the registry, holds
     *     evidence, an external value or notes, or gives a code that is no indicator of its framework
     */
    public static String write(List<Assessment> assessments, FrameworkRegistry registry) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(registry, "registry");
        ProblemList problems = ProblemList.inOrderFound();
        Set<String> codes = new LinkedHashSet<>();
        List<@Nullable Framework> frameworks = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = Objects.requireNonNull(assessments.get(i), "assessment");
            String path = "assessments[" + i + "]";
            Optional<Framework> f = registry.find(a.frameworkId());
            frameworks.add(f.orElse(null));
            if (f.isEmpty()) {
                problems.add(Problem.of(path + ".framework", "Framework", a + ": framework " + Text.quote(a.frameworkId())
                        + " is not in the registry, which has " + String.join(", ", registry.ids()), Text.quote(a.frameworkId())));
                continue;
            }
            f.get().indicators().forEach(ind -> codes.add(ind.code()));
            a.inputs().forEach((code, input) -> {
                if (!(input instanceof IndicatorInput.Value)) {
                    problems.add(Problem.of(path + "." + Text.clean(code), "ValuesOnly", a + ": indicator " + Text.clean(code)
                            + " is given as " + (input instanceof IndicatorInput.Evidence ? "evidence" : "an external value")
                            + "; a sheet holds values only, write this assessment as JSON", null));
                } else if (f.get().indicator(code).isEmpty()) {
                    problems.add(Problem.of(path + "." + Text.clean(code), "Unknown", a + ": " + Text.quote(code) + " is no indicator code of "
                            + f.get().id(), Text.quote(code)));
                }
            });
            if (!a.notes().isEmpty()) {
                problems.add(Problem.of(path + ".notes", "ValuesOnly", a + " has notes; a sheet holds values only, write this assessment as JSON",
                        null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTableException("assessments written as a sheet", problems.list(), problems.omitted());
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        header.addAll(codes);
        sb.append(header.stream().map(CsvCells::text).collect(Collectors.joining(","))).append('\n');
        for (Assessment a : assessments) {
            sb.append(CsvCells.text(a.agency().name())).append(',').append(a.agency().code().map(CsvCells::text).orElse("")).append(',')
                    .append(a.year()).append(',').append(CsvCells.text(a.frameworkId())).append(',').append(a.stage().id());
            for (String code : codes) {
                sb.append(',');
                if (a.inputs().get(code) instanceof IndicatorInput.Value v) {
                    sb.append(v.value().toPlainString());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Returns a column's letters as a spreadsheet shows them: 1 is {@code A}, 27 is {@code AA}.
     *
     * @param column the column's number, from 1
     * @return the letters
     */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    private static InvalidTableException failure(String source, ProblemList problems) {
        return new InvalidTableException("sheet " + Text.clean(source), problems.list(), problems.omitted());
    }

    private static InvalidTableException single(String source, Problem p) {
        return new InvalidTableException("sheet " + Text.clean(source), List.of(p), 0);
    }

    /** One reading of a sheet's records. */
    private static final class Reading {
        private final FrameworkRegistry registry;
        private final ProblemList problems;
        private String[] names = new String[0];
        private final Map<String, Integer> fixed = new HashMap<>();

        Reading(FrameworkRegistry registry, ProblemList problems) {
            this.registry = registry;
            this.problems = problems;
        }

        List<Assessment> read(List<CsvRecords.Row> rows, String source) {
            if (rows.isEmpty() || rows.get(0).number() != 1) {
                problems.add(Problem.of("row 1", "Required", "the sheet has no header in row 1; its first row names the columns: "
                        + AGENCY + ", " + YEAR + ", " + FRAMEWORK + " and the indicator codes", null));
                throw failure(source, problems);
            }
            header(rows.get(0));
            if (!fixed.containsKey(AGENCY) || !fixed.containsKey(YEAR) || !fixed.containsKey(FRAMEWORK)) {
                throw failure(source, problems);
            }
            List<CsvRecords.Row> data = rows.subList(1, rows.size());
            // the frameworks rows name, so that the header's codes can be checked before the rows
            List<@Nullable Framework> frameworks = new ArrayList<>(data.size());
            Map<String, Framework> named = new LinkedHashMap<>();
            for (CsvRecords.Row row : data) {
                String id = cell(row, FRAMEWORK);
                Framework f = id == null || id.isEmpty() ? null : registry.find(id).orElse(null);
                frameworks.add(f);
                if (f != null) {
                    named.putIfAbsent(f.id(), f);
                }
            }
            codes(named.values());
            List<Assessment> out = new ArrayList<>(data.size());
            Map<String, Integer> seen = new HashMap<>();
            for (int r = 0; r < data.size(); r++) {
                Assessment a = row(data.get(r), frameworks.get(r));
                if (a != null) {
                    String key = a.agency().name() + "\n" + a.agency().code().orElse("") + "\n" + a.year() + "\n"
                            + registry.get(a.frameworkId()).id() + "\n" + a.stage().id();
                    Integer earlier = seen.putIfAbsent(key, data.get(r).number());
                    if (earlier != null) {
                        int n = data.get(r).number();
                        problems.add(Problem.of("row " + n, "Duplicate", "row " + n + " repeats row " + earlier + ": " + Text.clean(a.agency().name())
                                + ", " + a.year() + ", " + a.frameworkId() + ", " + a.stage().id() + "; give each agency, year, framework and stage once",
                                null));
                    }
                    out.add(a);
                }
            }
            if (!problems.isEmpty()) {
                throw failure(source, problems);
            }
            return List.copyOf(out);
        }

        private void header(CsvRecords.Row row) {
            names = new String[row.fields().size()];
            Map<String, Integer> all = new HashMap<>();
            for (int c = 0; c < names.length; c++) {
                String name = row.fields().get(c).strip();
                names[c] = name;
                String where = "column " + (c + 1) + " (" + letters(c + 1) + ")";
                if (name.isEmpty()) {
                    problems.add(Problem.of("row 1", "NotBlank", "row 1, " + where + " has no name; name every column", null));
                    continue;
                }
                Optional<Problem> text = TextPolicy.NAME.check("row 1." + Text.clean(name), name);
                if (text.isPresent()) {
                    problems.add(Problem.of(text.get().path(), text.get().rule(), "row 1, " + where + ": " + text.get().message(),
                            text.get().rejectedValue().orElse(null)));
                    names[c] = "";
                    continue;
                }
                Integer earlier = all.putIfAbsent(name, c);
                if (earlier != null) {
                    problems.add(Problem.of("row 1." + Text.clean(name), "Duplicate", "row 1, " + where + " repeats the name "
                            + Text.quote(name) + " of column " + (earlier + 1) + " (" + letters(earlier + 1) + "); name each column once",
                            Text.quote(name)));
                    names[c] = "";
                    continue;
                }
                if (FIXED_COLUMNS.contains(name)) {
                    fixed.put(name, c);
                }
            }
            for (String required : List.of(AGENCY, YEAR, FRAMEWORK)) {
                if (!fixed.containsKey(required)) {
                    problems.add(Problem.of("row 1", "Required", "the header (row 1) has no column " + Text.quote(required)
                            + "; a sheet needs " + AGENCY + ", " + YEAR + " and " + FRAMEWORK, null));
                }
            }
        }

        /** Checks that every indicator column names an indicator of some framework the rows name. */
        private void codes(java.util.Collection<Framework> frameworks) {
            if (frameworks.isEmpty()) {
                return;
            }
            String ids = frameworks.stream().map(Framework::id).collect(Collectors.joining(", "));
            for (int c = 0; c < names.length; c++) {
                String name = names[c];
                if (name.isEmpty() || FIXED_COLUMNS.contains(name)) {
                    continue;
                }
                if (frameworks.stream().noneMatch(f -> f.indicator(name).isPresent())) {
                    problems.add(Problem.of("row 1." + Text.clean(name), "Unknown", "row 1, column " + (c + 1) + " (" + letters(c + 1)
                            + ") is named " + Text.quote(name) + ", which is no indicator code of " + ids
                            + "; the other columns are " + String.join(", ", FIXED_COLUMNS), Text.quote(name)));
                    names[c] = "";
                }
            }
        }

        private @Nullable String cell(CsvRecords.Row row, String column) {
            Integer c = fixed.get(column);
            return c == null || c >= row.fields().size() ? null : row.fields().get(c).strip();
        }

        private @Nullable Assessment row(CsvRecords.Row row, @Nullable Framework framework) {
            int n = row.number();
            int before = problems.count();
            if (row.fields().size() != names.length) {
                problems.add(Problem.of("row " + n, "Fields", "row " + n + " has " + row.fields().size() + " fields; the header has "
                        + names.length, Integer.toString(row.fields().size())));
                return null;
            }
            Agency agency = agency(row);
            Integer year = year(row);
            String frameworkId = Objects.requireNonNull(cell(row, FRAMEWORK));
            if (frameworkId.isEmpty()) {
                problems.add(problem(n, FRAMEWORK, "Required", "no framework; give a framework id such as spbe-2020", null));
            } else if (framework == null) {
                problems.add(problem(n, FRAMEWORK, "Framework", "framework " + Text.quote(frameworkId) + " is not in the registry, which has "
                        + String.join(", ", registry.ids()), Text.quote(frameworkId)));
            }
            Stage stage = Stage.SELF_ASSESSMENT;
            String stageText = cell(row, STAGE);
            if (stageText != null && !stageText.isEmpty()) {
                Optional<Stage> s = Stage.fromId(stageText);
                if (s.isEmpty()) {
                    problems.add(problem(n, STAGE, "Stage", "stage " + Text.quote(stageText) + " is none of "
                            + Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.joining(", ")), Text.quote(stageText)));
                } else {
                    stage = s.get();
                }
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (int c = 0; c < names.length; c++) {
                String code = names[c];
                String text = row.fields().get(c).strip();
                if (code.isEmpty() || FIXED_COLUMNS.contains(code) || text.isEmpty()) {
                    continue;
                }
                BigDecimal v = value(n, c, code, text, framework);
                if (v != null) {
                    values.put(code, v);
                }
            }
            if (problems.count() != before || agency == null || year == null || framework == null) {
                return null;
            }
            try {
                Assessment.Builder b = Assessment.builder(frameworkId, agency, year).stage(stage);
                values.forEach(b::value);
                return b.build();
            } catch (SpbeException e) {
                e.problems().forEach(p -> problems.add(Problem.of("row " + n, p.rule(), "row " + n + ": " + p.message(),
                        p.rejectedValue().orElse(null))));
                problems.omit(e.omitted());
                return null;
            }
        }

        private @Nullable Agency agency(CsvRecords.Row row) {
            int n = row.number();
            String name = CsvCells.readText(Objects.requireNonNull(cell(row, AGENCY)));
            String code = cell(row, AGENCY_CODE);
            code = code == null ? "" : CsvCells.readText(code);
            if (name.isEmpty()) {
                problems.add(problem(n, AGENCY, "Required", "no agency name; every row names its agency", null));
                return null;
            }
            Agency agency = null;
            Optional<Problem> bad = TextPolicy.NAME.check(AGENCY, name);
            if (bad.isPresent()) {
                problems.add(problem(n, AGENCY, bad.get().rule(), bad.get().message(), bad.get().rejectedValue().orElse(null)));
            } else {
                agency = Agency.named(name);
            }
            if (!code.isEmpty()) {
                Optional<Problem> badCode = TextPolicy.NAME.check(AGENCY_CODE, code);
                if (badCode.isPresent()) {
                    problems.add(problem(n, AGENCY_CODE, badCode.get().rule(), badCode.get().message(),
                            badCode.get().rejectedValue().orElse(null)));
                    return null;
                }
                return agency == null ? null : Agency.of(name, code);
            }
            return agency;
        }

        private @Nullable Integer year(CsvRecords.Row row) {
            int n = row.number();
            String text = Objects.requireNonNull(cell(row, YEAR));
            if (text.length() == 4 && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                int y = Integer.parseInt(text);
                if (y >= 1900) {
                    return y;
                }
            }
            problems.add(problem(n, YEAR, "Year", (text.isEmpty() ? "no year" : "year " + Text.quote(text))
                    + "; a year is written as four digits, 1900..9999", text.isEmpty() ? null : Text.quote(text)));
            return null;
        }

        private @Nullable BigDecimal value(int n, int c, String code, String text, @Nullable Framework framework) {
            BigDecimal v = null;
            if (text.length() <= MAX_DECIMAL_CHARS && text.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.' || ch == '-' || ch == '+')) {
                try {
                    v = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    v = null;
                }
            }
            if (v == null) {
                problems.add(problem(n, c, "Decimal", "value " + Text.quote(text) + " is not a number; write a decimal with a point, such as 3 or 2.5",
                        Text.quote(text)));
                return null;
            }
            if (framework == null) {
                return v;
            }
            Optional<Indicator> indicator = framework.indicator(code);
            if (indicator.isEmpty()) {
                problems.add(problem(n, c, "Unknown", "value " + Text.quote(text) + " is given for " + Text.quote(code) + ", which is no indicator of "
                        + framework.id() + "; leave the cell empty", Text.quote(text)));
                return null;
            }
            LevelScale scale = framework.scale();
            if (!scale.contains(v)) {
                problems.add(problem(n, c, "Scale", "indicator " + Text.clean(code) + " has value " + v.toPlainString() + "; " + framework.id()
                        + " values run " + scale.min() + ".." + scale.max(), v.toPlainString()));
                return null;
            }
            if (!scale.allowsPrecision(v)) {
                problems.add(problem(n, c, "Precision", "indicator " + Text.clean(code) + " has value " + v.toPlainString() + "; " + framework.id()
                        + (scale.decimals() == 0 ? " allows whole levels only" : " allows " + scale.decimals() + " decimals"), v.toPlainString()));
                return null;
            }
            return v;
        }

        private Problem problem(int n, String column, String rule, String message, @Nullable String value) {
            return problem(n, Objects.requireNonNull(fixed.get(column)), rule, message, value);
        }

        private Problem problem(int n, int c, String rule, String message, @Nullable String value) {
            String name = names[c].isEmpty() ? Integer.toString(c + 1) : names[c];
            return Problem.of("row " + n + "." + Text.clean(name), rule, "row " + n + ", column " + Text.clean(name) + " (" + letters(c + 1) + "): "
                    + message, value);
        }
    }
}
