package io.gossamer.experiments.report;

/**
 * A CSV file of a result directory with its name.
 *
 * @param name the file name without {@code .csv}, e.g. {@code delivery-cdf}
 * @param path where it is, relative to the result directory, e.g. {@code series/delivery-cdf.csv}
 * @param table its content
 */
public record NamedCsv(String name, String path, CsvTable table) {
}
