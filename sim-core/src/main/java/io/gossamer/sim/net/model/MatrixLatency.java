package io.gossamer.sim.net.model;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pairwise one-way latencies read from a text file of milliseconds (for example a measured
 * data set such as King or a PlanetLab all-pairs ping matrix). The delay does not depend on
 * the random stream: the same pair always gets the same delay.
 *
 * <h2>File format</h2>
 * One matrix row per line; values separated by whitespace and/or commas; everything from a
 * {@code #} to the end of a line is a comment; blank lines are ignored. Values are decimal
 * numbers (optionally with an exponent, {@code 1.5e2}) of milliseconds, at least 0 and at most
 * {@value #MAX_MILLIS}; they are rounded to the nearest nanosecond. Three layouts are
 * recognized by the lengths of the rows:
 * <ul>
 *   <li>{@link Form#FULL}: {@code n} rows of {@code n} values; row {@code i}, column {@code j}
 *       is the delay from {@code i} to {@code j}. The matrix may be asymmetric; the diagonal is
 *       the delay of a node's messages to itself.</li>
 *   <li>{@link Form#UPPER_TRIANGULAR}: {@code n-1} rows, row {@code i} lists
 *       {@code d(i,i+1) ... d(i,n-1)}, so the rows have {@code n-1, n-2, ..., 1} values.
 *       Lookups are symmetric ({@code d(j,i) = d(i,j)}) and {@code d(i,i) = 0}.</li>
 *   <li>{@link Form#UPPER_TRIANGULAR_WITH_DIAGONAL}: as above but every row starts with the
 *       diagonal, which must be 0: row {@code i} lists {@code 0, d(i,i+1) ... d(i,n-1)}, so
 *       the rows have {@code n, n-1, ..., 1} values. The last row (just {@code 0}) may be
 *       left out.</li>
 * </ul>
 * Detection: with two or more rows, a second row as long as the first (or, from three rows,
 * more than half of the rows as long as the first) means the full form; otherwise the file
 * is read as a triangle, whose rows are each one value shorter than the one before. A single
 * row is triangular. A
 * triangular file in which <em>every</em> row starts with 0 is read as including the diagonal.
 * (The only other reading of such a file, without diagonal, would need every node to be at
 * distance 0 from the next, which is not a meaningful matrix.) So a single value {@code x}
 * is the triangle of two nodes at distance {@code x}, or of one node if {@code x} is 0.
 *
 * <h2>Node ids</h2>
 * A matrix of {@code n} nodes serves any number of nodes: node id {@code k} uses row and
 * column {@code k mod n}. With more nodes than rows, nodes {@code k} and {@code k + n} are
 * co-located (their mutual delay is the diagonal, 0 in the triangular forms).
 *
 * <h2>Errors</h2>
 * Every problem with the file throws an {@link IllegalArgumentException} whose message reads
 * {@code FILE:LINE: what is wrong; what is valid}, where LINE is the 1-based line at fault
 * (for a file that cannot be opened, line 1; for a file without rows, its last line).
 */
public final class MatrixLatency implements LatencyModel {
    /** The largest latency accepted, in milliseconds (about 11.6 days). */
    public static final double MAX_MILLIS = 1e9;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** The layout a matrix was read from. */
    public enum Form {
        /** {@code n} rows of {@code n} values, possibly asymmetric. */
        FULL,
        /** {@code n-1} rows of {@code n-1 ... 1} values above the diagonal; symmetric. */
        UPPER_TRIANGULAR,
        /** Rows of {@code n ... 1} (or {@code n ... 2}) values starting with a 0 diagonal; symmetric. */
        UPPER_TRIANGULAR_WITH_DIAGONAL
    }

    private final int n;
    private final Form form;
    /** FULL: n*n row-major; triangular: the strict upper triangle packed row by row. */
    private final long[] nanos;
    private final String source;

    private MatrixLatency(int n, Form form, long[] nanos, String source) {
        this.n = n;
        this.form = form;
        this.nanos = nanos;
        this.source = source;
    }

    /**
     * Reads a matrix file (UTF-8) in one of the layouts described in the class comment.
     *
     * @param file the matrix file
     * @return the latency model
     * @throws IllegalArgumentException if the file cannot be read or is not a valid matrix;
     *     the message is {@code FILE:LINE: what is wrong; what is valid}
     */
    public static MatrixLatency load(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("matrix file is required");
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw error(file, 1, "cannot read the file (" + describe(e) + ")",
                    "give a readable UTF-8 text file of latencies in milliseconds");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start < data.length) {
            int end = start;
            while (end < data.length && data[end] != '\n' && data[end] != '\r') {
                end++;
            }
            lineNumber++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(data, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw error(file, lineNumber, "the line is not valid UTF-8 text (" + describe(e) + ")",
                        "give a UTF-8 (or ASCII) text file of latencies in milliseconds");
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // byte order mark
            }
            Row row = parseLine(file, lineNumber, line);
            if (row != null) {
                rows.add(row);
            }
            if (end < data.length && data[end] == '\r' && end + 1 < data.length && data[end + 1] == '\n') {
                end++;
            }
            start = end + 1;
        }
        if (rows.isEmpty()) {
            throw error(file, Math.max(1, lineNumber), "the file has no matrix rows, only blank lines and comments",
                    "write one matrix row of latencies in milliseconds per line");
        }
        if (looksFull(rows)) {
            return full(file, rows);
        }
        return triangular(file, rows);
    }

    /**
     * True if the rows look like a full matrix: the second row is as long as the first, or
     * most rows are (so that one short row is reported as such, not as a broken triangle).
     */
    private static boolean looksFull(List<Row> rows) {
        if (rows.size() < 2) {
            return false;
        }
        int first = rows.get(0).values.length;
        if (rows.get(1).values.length == first) {
            return true;
        }
        int same = 0;
        for (Row row : rows) {
            if (row.values.length == first) {
                same++;
            }
        }
        return rows.size() >= 3 && 2 * same > rows.size();
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    private record Row(int line, double[] values) {
    }

    private static Row parseLine(Path file, int lineNumber, String line) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
            return null;
        }
        String[] tokens = SEPARATORS.split(content);
        double[] values = new double[tokens.length];
        int count = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue; // a leading comma
            }
            int column = count + 1;
            if (!NUMBER.matcher(token).matches()) {
                throw error(file, lineNumber, "'" + token + "' (value " + column + " of the row) is not a number",
                        "write latencies in milliseconds as decimal numbers such as 12 or 12.5, "
                                + "separated by spaces or commas");
            }
            double value = Double.parseDouble(token);
            if (value < 0) {
                throw error(file, lineNumber, token + " (value " + column + " of the row) is negative",
                        "latencies are milliseconds from 0 to " + (long) MAX_MILLIS);
            }
            if (value > MAX_MILLIS) {
                throw error(file, lineNumber, token + " (value " + column + " of the row) is too large",
                        "latencies are milliseconds from 0 to " + (long) MAX_MILLIS);
            }
            values[count++] = value;
        }
        if (count == 0) {
            return null; // only commas
        }
        return new Row(lineNumber, count == values.length ? values : Arrays.copyOf(values, count));
    }

    private static MatrixLatency full(Path file, List<Row> rows) {
        int n = rows.get(0).values.length;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (i >= n) {
                throw error(file, row.line, "row " + (i + 1) + " is one too many: the first row has " + n
                        + " values, so this is a full " + n + "x" + n + " matrix",
                        "a full matrix has as many rows as columns (" + n + ")");
            }
            if (row.values.length != n) {
                throw error(file, row.line, "row " + (i + 1) + " has " + row.values.length + " values",
                        "in a full " + n + "x" + n + " matrix every row has " + n + " values");
            }
        }
        if (rows.size() < n) {
            throw error(file, rows.get(rows.size() - 1).line, "the matrix ends after " + rows.size()
                    + " rows of " + n + " values",
                    "a full matrix has as many rows as columns (" + n + "), or use the upper-triangular form "
                            + "whose rows are each one value shorter than the one before");
        }
        long[] nanos = new long[checkedCells(file, rows.get(0).line, (long) n * n, n)];
        for (int i = 0; i < n; i++) {
            double[] values = rows.get(i).values;
            for (int j = 0; j < n; j++) {
                nanos[i * n + j] = Time.ms(values[j]);
            }
        }
        return new MatrixLatency(n, Form.FULL, nanos, file.toString());
    }

    private static MatrixLatency triangular(Path file, List<Row> rows) {
        boolean diagonal = true;
        for (Row row : rows) {
            if (row.values[0] != 0) {
                diagonal = false;
                break;
            }
        }
        int first = rows.get(0).values.length;
        int n = diagonal ? first : first + 1;
        String layout = diagonal
                ? "in the upper-triangular form with diagonal, row i (from 1) has " + n + "-i+1 values: "
                        + n + ", " + (n - 1) + ", ..., 1"
                : "in the upper-triangular form, row i (from 1) has " + n + "-i values: "
                        + (n - 1) + ", " + Math.max(1, n - 2) + ", ..., 1";
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int expected = n - i - (diagonal ? 0 : 1);
            if (expected < 1) {
                throw error(file, row.line, "row " + (i + 1) + " is one too many: the first row has " + first
                        + " values, so the triangle has " + (diagonal ? n : n - 1) + " rows", layout);
            }
            if (row.values.length != expected) {
                String hint = i == 1
                        ? "; or, for a full matrix, make every row as long as the first (" + first + " values)"
                        : "";
                throw error(file, row.line, "row " + (i + 1) + " has " + row.values.length + " values, expected "
                        + expected, layout + hint);
            }
        }
        int needed = n - 1; // with a diagonal, the last row (just "0") is optional
        if (rows.size() < needed) {
            throw error(file, rows.get(rows.size() - 1).line, "the triangle ends after " + rows.size()
                    + " rows, expected " + needed, layout);
        }
        long cells = (long) n * (n - 1) / 2;
        long[] nanos = new long[checkedCells(file, rows.get(0).line, cells, n)];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            double[] values = rows.get(i).values;
            for (int c = diagonal ? 1 : 0; c < values.length; c++) {
                nanos[k++] = Time.ms(values[c]);
            }
        }
        return new MatrixLatency(n, diagonal ? Form.UPPER_TRIANGULAR_WITH_DIAGONAL : Form.UPPER_TRIANGULAR,
                nanos, file.toString());
    }

    private static int checkedCells(Path file, int line, long cells, int n) {
        if (cells > Integer.MAX_VALUE - 16) {
            throw error(file, line, "a matrix of " + n + " nodes is too large to hold",
                    "use at most 46000 nodes (full) or 65000 nodes (triangular)");
        }
        return (int) cells;
    }

    private static IllegalArgumentException error(Path file, int line, String wrong, String valid) {
        return new IllegalArgumentException(file + ":" + line + ": " + wrong + "; " + valid);
    }

    /** The number of nodes the matrix describes. */
    public int size() {
        return n;
    }

    /** The layout the matrix was read from. */
    public Form form() {
        return form;
    }

    /**
     * The delay in nanoseconds from {@code source} to {@code destination}, each taken modulo
     * {@link #size()}.
     *
     * @throws IllegalArgumentException if a node id is negative
     */
    public long nanos(int source, int destination) {
        if (source < 0 || destination < 0) {
            throw new IllegalArgumentException("node ids are not negative: " + source + " -> " + destination);
        }
        int i = source % n;
        int j = destination % n;
        if (form == Form.FULL) {
            return nanos[i * n + j];
        }
        if (i == j) {
            return 0;
        }
        if (i > j) {
            int t = i;
            i = j;
            j = t;
        }
        // Rows 0..i-1 of the strict upper triangle hold (n-1) + (n-2) + ... + (n-i) cells.
        long rowStart = (long) i * (2L * n - i - 1) / 2;
        return nanos[(int) (rowStart + (j - i - 1))];
    }

    /** {@inheritDoc} The stream is not used: the delay of a pair is fixed. */
    @Override
    public long delay(int source, int destination, RandomStream random) {
        return nanos(source, destination);
    }

    @Override
    public String toString() {
        return "matrix(" + source + ", " + n + " nodes, " + form.name().toLowerCase(Locale.ROOT) + ")";
    }
}
