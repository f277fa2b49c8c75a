package io.github.spbe4j.core.table;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.CsvCells;
import io.github.spbe4j.core.internal.Order;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A small table: named columns and rows of cells, each cell a text, an exact number
 * ({@code BigDecimal}) or empty — what a notebook prints, sorts and hands to a spreadsheet.
 *
 * <pre>{@code
 * Table cards = ScoreTables.scoreCards(cards);
 * System.out.println(cards.sortedByDescending("index").select("agency", "year", "index", "predikat"));
 * BigDecimal median = Statistics.median(cards.decimals("index"));
 * }</pre>
 *
 * <p>Sorting compares numbers by value and texts in natural order, so that indicator codes sort
 * {@code 2} before {@code 10} and {@code I2} before {@code I10}; {@link #sortedBy(String, Comparator)}
 * takes a framework's own {@link io.github.spbe4j.core.framework.Framework#codeOrder()}. Empty cells
 * sort last; sorting is stable. {@link #toString()} is an aligned text table, {@link #toCsv()} CSV
 * (RFC 4180) whose text cells are spreadsheet-safe.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Table {

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<Row> rows;

    private Table(List<String> columns, Map<String, Integer> index, List<Row> rows) {
        this.columns = columns;
        this.index = index;
        this.rows = rows;
    }

    /**
     * Returns a table.
     *
     * @param columns the column names, distinct and not blank
     * @param rows the rows, each with one cell per column: a {@code String}, a {@code BigDecimal}, an
     *     {@code Integer} or {@code Long} (kept as a {@code BigDecimal}), or null for an empty cell
     * @return the table
     * @throws InvalidTableException if a name is blank or repeated, a row's length differs from the
     *     columns' or a cell is of another type
     */
    public static Table of(List<String> columns, List<? extends List<?>> rows) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        List<String> names = List.copyOf(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isBlank() || index.putIfAbsent(names.get(c), c) != null) {
                throw invalid("columns", "Column", "column " + (c + 1) + " is named " + Text.quote(names.get(c))
                        + "; columns have distinct names that are not blank", Text.quote(names.get(c)));
            }
        }
        Map<String, Integer> frozen = Collections.unmodifiableMap(index);
        List<Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = Objects.requireNonNull(rows.get(r), "row");
            if (row.size() != names.size()) {
                throw invalid("rows[" + r + "]", "Cells", "row " + r + " has " + row.size() + " cells; the table has " + names.size()
                        + " columns", Integer.toString(row.size()));
            }
            @Nullable Object[] cells = new Object[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(row.get(c), r, names.get(c));
            }
            out.add(new Row(names, frozen, cells));
        }
        return new Table(names, frozen, List.copyOf(out));
    }

    private static @Nullable Object cell(@Nullable Object value, int r, String column) {
        if (value == null || value instanceof String || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw invalid("rows[" + r + "]." + Text.clean(column), "Cell", "row " + r + ", column " + Text.clean(column) + " holds "
                + Text.show(value) + "; a cell holds a String, a BigDecimal, an Integer, a Long or null", Text.show(value));
    }

    private static InvalidTableException invalid(String path, String rule, String message, @Nullable String value) {
        return new InvalidTableException("table", List.of(Problem.of(path, rule, message, value)), 0);
    }

    /**
     * Returns the column names, in order.
     *
     * @return the names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns the rows, in order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the number of rows.
     *
     * @return the count
     */
    public int size() {
        return rows.size();
    }

    /**
     * Returns one row.
     *
     * @param i its place, from 0
     * @return the row
     */
    public Row row(int i) {
        return rows.get(i);
    }

    /**
     * Returns a column's cells, in row order; null for an empty cell.
     *
     * @param column the column's name
     * @return the cells
     * @throws InvalidTableException if there is no such column
     */
    public List<@Nullable Object> column(String column) {
        int c = position(column);
        List<@Nullable Object> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.cells[c]));
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns a column's numbers, in row order, leaving out empty cells: what {@link Statistics} takes.
     *
     * @param column the column's name
     * @return the numbers
     * @throws InvalidTableException if there is no such column, or a cell of it holds text
     */
    public List<BigDecimal> decimals(String column) {
        int c = position(column);
        List<BigDecimal> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Object cell = rows.get(r).cells[c];
            if (cell instanceof BigDecimal d) {
                out.add(d);
            } else if (cell != null) {
                throw invalid("rows[" + r + "]." + Text.clean(column), "Number", "row " + r + ", column " + Text.clean(column) + " holds text "
                        + Text.quote((String) cell) + ", not a number", Text.quote((String) cell));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the table sorted by a column, ascending: numbers by value, texts in natural order
     * ({@code "2"} before {@code "10"}), numbers before texts, empty cells last; stable.
     *
     * @param column the column's name
     * @return the sorted table
     * @throws InvalidTableException if there is no such column
     */
    public Table sortedBy(String column) {
        return sortedBy(column, Order.NATURAL);
    }

    /**
     * Returns the table sorted by a column, ascending, its texts in a given order, such as a
     * framework's {@code codeOrder()}: numbers by value before texts, empty cells last; stable.
     *
     * @param column the column's name
     * @param textOrder the order of texts
     * @return the sorted table
     * @throws InvalidTableException if there is no such column
     */
    public Table sortedBy(String column, Comparator<String> textOrder) {
        Objects.requireNonNull(textOrder, "textOrder");
        int c = position(column);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> compare(a.cells[c], b.cells[c], textOrder));
        return new Table(columns, index, List.copyOf(sorted));
    }

    /**
     * Returns the table sorted by a column, descending (numbers by value, texts in natural order), empty
     * cells still last; rows with equal cells keep their order.
     *
     * @param column the column's name
     * @return the sorted table
     * @throws InvalidTableException if there is no such column
     */
    public Table sortedByDescending(String column) {
        int c = position(column);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> {
            Object x = a.cells[c];
            Object y = b.cells[c];
            if (x == null || y == null) {
                return compare(x, y, Order.NATURAL);
            }
            return compare(y, x, Order.NATURAL);
        });
        return new Table(columns, index, List.copyOf(sorted));
    }

    /**
     * Returns a table of some columns, in the order given.
     *
     * @param names the columns' names
     * @return the table
     * @throws InvalidTableException if a name is no column or is given twice
     */
    public Table select(String... names) {
        int[] at = Arrays.stream(names).mapToInt(this::position).toArray();
        List<List<@Nullable Object>> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<@Nullable Object> cells = new ArrayList<>(at.length);
            for (int c : at) {
                cells.add(r.cells[c]);
            }
            out.add(cells);
        }
        return of(List.of(names), out);
    }

    /**
     * Returns the table as CSV (RFC 4180): a header and one line per row, each ending in a line feed;
     * numbers in plain decimal notation, texts (the column names too) quoted where needed and led by an
     * apostrophe where a spreadsheet would run them as a formula, empty cells empty.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append(columns.stream().map(CsvCells::text).collect(Collectors.joining(","))).append('\n');
        for (Row r : rows) {
            for (int c = 0; c < r.cells.length; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                Object cell = r.cells[c];
                if (cell instanceof BigDecimal d) {
                    sb.append(d.toPlainString());
                } else if (cell != null) {
                    sb.append(CsvCells.text((String) cell));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Returns the table as aligned text: the column names, a rule, then the rows; numbers aligned right,
     * texts left and shown on one line (control characters escaped), empty cells blank.
     */
    @Override
    public String toString() {
        int n = columns.size();
        String[][] shown = new String[rows.size() + 1][n];
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            shown[0][c] = Text.oneLine(columns.get(c));
            width[c] = shown[0][c].length();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                Object cell = rows.get(r).cells[c];
                String s = cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : Text.oneLine((String) cell);
                shown[r + 1][c] = s;
                width[c] = Math.max(width[c], s.length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < shown.length; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < n; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                boolean right = r > 0 && rows.get(r - 1).cells[c] instanceof BigDecimal;
                String s = shown[r][c];
                String pad = " ".repeat(width[c] - s.length());
                line.append(right ? pad + s : s + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                sb.append(Arrays.stream(width).mapToObj("-"::repeat).collect(Collectors.joining("  "))).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Table t && columns.equals(t.columns) && rows.equals(t.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, rows);
    }

    private int position(String column) {
        Objects.requireNonNull(column, "column");
        Integer c = index.get(column);
        if (c == null) {
            throw invalid("columns", "Column", "there is no column " + Text.quote(column) + "; the columns are "
                    + Text.clean(String.join(", ", columns)), Text.quote(column));
        }
        return c;
    }

    private static int compare(@Nullable Object x, @Nullable Object y, Comparator<String> textOrder) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        if (x instanceof BigDecimal a) {
            return y instanceof BigDecimal b ? a.compareTo(b) : -1;
        }
        return y instanceof BigDecimal ? 1 : textOrder.compare((String) x, (String) y);
    }

    /**
     * One row of a {@link Table}: its cells by column name or place. Numbers compare by value in
     * {@link #equals(Object)}. Immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Row {
        private final List<String> columns;
        private final Map<String, Integer> index;
        private final @Nullable Object[] cells;

        private Row(List<String> columns, Map<String, Integer> index, @Nullable Object[] cells) {
            this.columns = columns;
            this.index = index;
            this.cells = cells;
        }

        /**
         * Returns the cell of a column: a {@code String}, a {@code BigDecimal}, or null when empty.
         *
         * @param column the column's name
         * @return the cell
         * @throws InvalidTableException if there is no such column
         */
        public @Nullable Object get(String column) {
            Integer c = index.get(Objects.requireNonNull(column, "column"));
            if (c == null) {
                throw invalid("columns", "Column", "there is no column " + Text.quote(column), Text.quote(column));
            }
            return cells[c];
        }

        /**
         * Returns the cell at a place.
         *
         * @param c the place, from 0
         * @return the cell
         */
        public @Nullable Object get(int c) {
            return cells[c];
        }

        /**
         * Returns the cells, in column order; null for an empty cell.
         *
         * @return the cells
         */
        public List<@Nullable Object> cells() {
            return Collections.unmodifiableList(Arrays.asList(cells));
        }

        @Override
        public boolean equals(@Nullable Object o) {
            if (!(o instanceof Row r) || !columns.equals(r.columns)) {
                return false;
            }
            for (int c = 0; c < cells.length; c++) {
                if (compare(cells[c], r.cells[c], Comparator.naturalOrder()) != 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = columns.hashCode();
            for (Object cell : cells) {
                h = 31 * h + (cell instanceof BigDecimal d ? d.stripTrailingZeros().hashCode() : Objects.hashCode(cell));
            }
            return h;
        }

        /** Returns the cells as text, e.g. {@code [Kota Contoh, 2025, 3.12]}. */
        @Override
        public String toString() {
            return Arrays.stream(cells).map(c -> c == null ? "" : c instanceof BigDecimal d ? d.toPlainString() : Text.oneLine((String) c))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }
}
