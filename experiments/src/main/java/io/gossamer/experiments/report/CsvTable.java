package io.gossamer.experiments.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as read: the header row and the data rows, all cells as written. Reads RFC 4180
 * CSV (commas, double-quoted cells with doubled quotes inside, LF or CRLF line ends). Rows
 * shorter than the header are padded with empty cells, so {@code row.get(column)} always works.
 *
 * @param header the column names
 * @param rows the data rows, each as long as the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    /** Copies the lists, so the table cannot change. */
    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads a UTF-8 CSV file; a malformed file is an {@link IllegalArgumentException} naming it. */
    public static CsvTable read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static CsvTable parse(String text, String source) {
        List<List<String>> records = new Parser(text, source).records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty: expected a header row");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> row = records.get(i);
            if (row.size() > header.size()) {
                throw new IllegalArgumentException(source + " data row " + i + " has " + row.size()
                        + " cells but the header has " + header.size());
            }
            List<String> padded = new ArrayList<>(row);
            while (padded.size() < header.size()) {
                padded.add("");
            }
            rows.add(padded);
        }
        return new CsvTable(header, rows);
    }

    /** The index of a column, or -1 if the table has none of that name. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The index of a column; a missing column is an {@link IllegalArgumentException} naming the source. */
    public int requireColumn(String name, String source) {
        int index = column(name);
        if (index < 0) {
            throw new IllegalArgumentException(source + " has no column '" + name + "' (columns: "
                    + String.join(",", header) + ")");
        }
        return index;
    }

    /** A hand-written reader: the files are small and simple, and a CSV library would be one more jar. */
    private static final class Parser {
        private final String text;
        private final String source;
        private int pos;
        private int line = 1;

        Parser(String text, String source) {
            // A byte-order mark is not part of the first column's name.
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.source = source;
        }

        List<List<String>> records() {
            List<List<String>> records = new ArrayList<>();
            while (pos < text.length()) {
                List<String> record = record();
                // Blank lines (such as a trailing one) carry no row.
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
            }
            return records;
        }

        private List<String> record() {
            List<String> cells = new ArrayList<>();
            while (true) {
                cells.add(cell());
                if (pos >= text.length()) {
                    return cells;
                }
                char c = text.charAt(pos++);
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return cells;
            }
        }

        private String cell() {
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '"') {
                    throw error("a quote inside an unquoted cell");
                }
                pos++;
            }
            return text.substring(start, pos);
        }

        private String quoted() {
            int startLine = line;
            StringBuilder cell = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    line = startLine;
                    throw error("a quoted cell that is never closed");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                    } else {
                        break;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            }
            if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                throw error("text after a closing quote");
            }
            return cell.toString();
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(source + " line " + line + " is not valid CSV: " + what);
        }
    }
}
