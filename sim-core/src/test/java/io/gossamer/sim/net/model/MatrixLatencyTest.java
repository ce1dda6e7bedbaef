package io.gossamer.sim.net.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.random.RandomStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading latency matrices: the three layouts, lookups, and every error with its file:line. */
class MatrixLatencyTest {
    /** The symmetric matrix of example-upper.txt and example-upper-diagonal.txt, in ms. */
    private static final double[][] FIVE = {
        {0, 10, 20, 30, 40},
        {10, 0, 15, 25, 35},
        {20, 15, 0, 12.5, 22},
        {30, 25, 12.5, 0, 8},
        {40, 35, 22, 8, 0},
    };

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(MatrixLatencyTest.class.getResource("/latency/" + name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void fullFormIsReadAsIsIncludingAsymmetryAndDiagonal() throws Exception {
        MatrixLatency m = MatrixLatency.load(resource("example-full.txt"));
        assertEquals(MatrixLatency.Form.FULL, m.form());
        assertEquals(4, m.size());
        assertEquals(Time.ms(31), m.nanos(0, 3));
        assertEquals(Time.ms(29), m.nanos(3, 0));
        assertEquals(15_500_000L, m.nanos(1, 2));
        assertEquals(12_250_000L, m.nanos(3, 2));
        assertEquals(500_000L, m.nanos(3, 3));
        assertEquals(0L, m.nanos(1, 1));
        assertEquals(Time.ms(20), m.delay(0, 2, new RandomStream(1)));
    }

    @Test
    void upperTriangularFormIsSymmetric() throws Exception {
        MatrixLatency m = MatrixLatency.load(resource("example-upper.txt"));
        assertEquals(MatrixLatency.Form.UPPER_TRIANGULAR, m.form());
        assertMatches(FIVE, m);
    }

    @Test
    void upperTriangularWithDiagonalIsDetected() throws Exception {
        MatrixLatency m = MatrixLatency.load(resource("example-upper-diagonal.txt"));
        assertEquals(MatrixLatency.Form.UPPER_TRIANGULAR_WITH_DIAGONAL, m.form());
        assertMatches(FIVE, m);
    }

    @Test
    void diagonalFormMayLeaveOutTheLastRow() throws Exception {
        MatrixLatency m = MatrixLatency.load(write("d.txt", "0 10 20 30 40\n0 15 25 35\n0 12.5 22\n0 8\n"));
        assertEquals(MatrixLatency.Form.UPPER_TRIANGULAR_WITH_DIAGONAL, m.form());
        assertMatches(FIVE, m);
    }

    @Test
    void commasCrlfTrailingCommentsAndExponentsAreAccepted() throws Exception {
        MatrixLatency m = MatrixLatency.load(write("c.txt", "\r\n# header\r\n0,1e1 , 2.5E+1\r\n"
                + "  , 10,0,\t3 # trailing comment\r\n25,3,0\r\n\r\n"));
        assertEquals(MatrixLatency.Form.FULL, m.form());
        assertEquals(Time.ms(25), m.nanos(0, 2));
        assertEquals(Time.ms(10), m.nanos(0, 1));
        assertEquals(Time.ms(3), m.nanos(1, 2));
    }

    @Test
    void byteOrderMarkAndOldMacLineEndsAreAccepted() throws Exception {
        MatrixLatency m = MatrixLatency.load(write("bom.txt", "\uFEFF4 5\r6\r"));
        assertEquals(MatrixLatency.Form.UPPER_TRIANGULAR, m.form());
        assertEquals(Time.ms(6), m.nanos(2, 1));
        // Line numbers count lone CRs as line ends too.
        assertError("1 2\r\rx\r", 3, "'x' (value 1 of the row) is not a number", "decimal numbers");
    }

    @Test
    void singleValuesAreTrianglesOfTwoNodesOrOneNode() throws Exception {
        MatrixLatency two = MatrixLatency.load(write("two.txt", "7\n"));
        assertEquals(2, two.size());
        assertEquals(Time.ms(7), two.nanos(1, 0));
        assertEquals(0, two.nanos(1, 1));
        MatrixLatency one = MatrixLatency.load(write("one.txt", "0\n"));
        assertEquals(1, one.size());
        assertEquals(0, one.nanos(5, 9));
    }

    @Test
    void nodeIdsBeyondTheMatrixWrapModuloSize() throws Exception {
        MatrixLatency tri = MatrixLatency.load(resource("example-upper.txt"));
        RandomStream r = new RandomStream(3);
        assertEquals(Time.ms(25), tri.delay(6, 3, r)); // 6 mod 5 = 1
        assertEquals(Time.ms(25), tri.delay(3, 11, r)); // 11 mod 5 = 1
        assertEquals(Time.ms(8), tri.delay(1003, 1004, r));
        assertEquals(0, tri.delay(2, 7, r)); // 7 mod 5 = 2: co-located
        MatrixLatency full = MatrixLatency.load(resource("example-full.txt"));
        assertEquals(Time.ms(29), full.delay(7, 4, r)); // (3, 0)
        assertEquals(500_000L, full.delay(3, 7, r)); // (3, 3): the diagonal
        assertThrows(IllegalArgumentException.class, () -> full.nanos(-1, 0));
    }

    private static void assertMatches(double[][] expected, MatrixLatency m) {
        assertEquals(expected.length, m.size());
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertEquals(Time.ms(expected[i][j]), m.nanos(i, j), "d(" + i + ", " + j + ")");
            }
        }
    }

    // ---------------------------------------------------------------- errors

    /** Loads the content and checks "FILE:LINE: what; valid" with the given parts. */
    private void assertError(String content, int line, String what, String valid) throws IOException {
        Path p = write("bad.txt", content);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.load(p));
        String prefix = p + ":" + line + ": ";
        assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + e.getMessage());
        String rest = e.getMessage().substring(prefix.length());
        int semi = rest.indexOf("; ");
        assertTrue(semi > 0, () -> "no '; what is valid' part in: " + e.getMessage());
        assertTrue(rest.substring(0, semi).contains(what), () -> "expected '" + what + "' before ';' in: " + e.getMessage());
        assertTrue(rest.substring(semi).contains(valid), () -> "expected '" + valid + "' after ';' in: " + e.getMessage());
    }

    @Test
    void unreadableFile() {
        Path missing = dir.resolve("missing.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ":1: cannot read the file (NoSuchFileException"), e.getMessage());
        assertTrue(e.getMessage().contains("; give a readable UTF-8 text file"), e.getMessage());
    }

    @Test
    void directoryIsUnreadable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.load(dir));
        assertTrue(e.getMessage().startsWith(dir + ":1: cannot read the file"), e.getMessage());
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws IOException {
        Path p = dir.resolve("latin1.txt");
        Files.write(p, new byte[] {'0', ' ', '1', '\n', '1', ' ', '0', ' ', '#', (byte) 0xE9, '\n'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixLatency.load(p));
        assertTrue(e.getMessage().startsWith(p + ":2: the line is not valid UTF-8 text (MalformedInputException"), e.getMessage());
        assertTrue(e.getMessage().contains("; give a UTF-8"), e.getMessage());
    }

    @Test
    void notANumber() throws IOException {
        assertError("0 1 2\n# comment\n\n1 0 x2\n2 2 0\n", 4, "'x2' (value 3 of the row) is not a number",
                "decimal numbers");
        assertError("0 NaN\n1 0\n", 1, "'NaN' (value 2 of the row) is not a number", "decimal numbers");
        assertError("0 Infinity\n1 0\n", 1, "'Infinity'", "decimal numbers");
        assertError("0 0x10\n1 0\n", 1, "'0x10'", "decimal numbers");
        assertError("0;1\n1;0\n", 1, "'0;1' (value 1 of the row) is not a number", "separated by spaces or commas");
    }

    @Test
    void negativeValue() throws IOException {
        assertError("0 1 2\n1 0 3\n2 -3 0\n", 3, "-3 (value 2 of the row) is negative", "milliseconds from 0");
    }

    @Test
    void tooLargeValue() throws IOException {
        assertError("0 1e400\n1 0\n", 1, "1e400 (value 2 of the row) is too large", "milliseconds from 0 to 1000000000");
    }

    @Test
    void fullMatrixWithAShortRow() throws IOException {
        assertError("0 1 2\n1 0 2\n# the next row is short\n1 2\n", 4, "row 3 has 2 values",
                "every row has 3 values");
        // Row 2 short but most rows full: still reported as a full matrix's short row.
        assertError("0 1 2 3\n1 0 2\n1 2 0 3\n1 2 3 0\n", 2, "row 2 has 3 values", "every row has 4 values");
    }

    @Test
    void fullMatrixWithTooFewRows() throws IOException {
        assertError("0 1 2\n1 0 2\n", 2, "the matrix ends after 2 rows of 3 values",
                "as many rows as columns (3)");
    }

    @Test
    void fullMatrixWithTooManyRows() throws IOException {
        assertError("0 1\n1 0\n\n5 5\n", 4, "row 3 is one too many", "as many rows as columns (2)");
    }

    @Test
    void triangleWithAWrongRow() throws IOException {
        assertError("1 2 3\n4 5\n6 7\n", 3, "row 3 has 2 values, expected 1", "row i (from 1) has 4-i values");
        assertError("1 2 3\n4\n", 2, "row 2 has 1 values, expected 2", "for a full matrix, make every row as long");
    }

    @Test
    void triangleWithTooFewRows() throws IOException {
        assertError("1 2 3\n4 5\n# end\n", 2, "the triangle ends after 2 rows, expected 3", "4-i values");
        assertError("0 1 2 3\n0 4 5\n", 2, "the triangle ends after 2 rows, expected 3", "with diagonal");
    }

    @Test
    void triangleWithTooManyRows() throws IOException {
        assertError("1 2\n3\n4\n", 3, "row 3 is one too many", "upper-triangular form");
        assertError("0 1\n0\n0\n", 3, "row 3 is one too many", "with diagonal");
    }

    @Test
    void emptyFile() throws IOException {
        assertError("# nothing but comments\n\n   \n, ,\n", 4, "the file has no matrix rows", "one matrix row");
        assertError("", 1, "the file has no matrix rows", "one matrix row");
    }

    @Test
    void nullPathIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MatrixLatency.load(null));
    }
}
