package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader against the shapes result files take. */
class CsvTableTest {

    @Test
    void readsQuotedCellsEmptyCellsAndCrlf() {
        CsvTable t = CsvTable.parse("a,b,c\r\n1,\"x, \"\"y\"\"\",\r\n\"multi\nline\",2,3\n\n", "t.csv");
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(List.of(List.of("1", "x, \"y\"", ""), List.of("multi\nline", "2", "3")), t.rows());
    }

    @Test
    void shortRowsArePaddedAndColumnsFoundByName() {
        CsvTable t = CsvTable.parse("\uFEFFpoint,metric,mean\n1,coverage\n", "aggregate.csv");
        assertEquals(List.of("1", "coverage", ""), t.rows().get(0));
        assertEquals(2, t.column("mean"));
        assertEquals(-1, t.column("sd"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.requireColumn("sd", "aggregate.csv"));
        assertEquals("aggregate.csv has no column 'sd' (columns: point,metric,mean)", e.getMessage());
    }

    @Test
    void malformedFilesAreRejectedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a\n\"open\n", "x.csv"))
                .getMessage().startsWith("x.csv line 2 is not valid CSV"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a,b\n1,2,3\n", "y.csv"))
                .getMessage().contains("y.csv data row 1 has 3 cells"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("", "z.csv"))
                .getMessage().contains("z.csv is empty"));
    }
}
