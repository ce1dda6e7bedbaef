package io.gossamer.scenarios.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a metric leaves: summary figures (name to number, null where undefined), curves and
 * tables, each kept in insertion order so files come out the same every time.
 *
 * @param summary figures for summary.json and sweep tables; names end in their unit (_ms, _s, _bytes)
 * @param series curves written to series/NAME.csv
 * @param tables tables written to tables/NAME.csv
 */
public record MetricResult(Map<String, Double> summary, Map<String, Series> series, Map<String, Table> tables) {
    /** Copies the maps, keeping their order. */
    public MetricResult {
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /**
     * A curve or several sharing an x axis.
     *
     * @param columns x first, then one name per curve
     * @param rows values, each as long as {@code columns}
     */
    public record Series(List<String> columns, List<double[]> rows) {
        /** Copies the lists. */
        public Series {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A table whose cells are text (empty for undefined).
     *
     * @param columns the header
     * @param rows the cells
     */
    public record Table(List<String> columns, List<List<String>> rows) {
        /** Copies the lists. */
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }
}
