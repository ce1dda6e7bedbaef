package io.gossamer.scenarios.model;

import io.gossamer.scenarios.yaml.Location;

/**
 * The links of an edge-list file ({@code overlay.file}), one {@code from[i] -> to[i]} per
 * line read, in file order.
 *
 * @param file the file, for messages
 * @param from the first node of each line
 * @param to the second node of each line
 * @param largest the largest node id named
 * @param largestAt where it is first named (the run checks it against its node ids)
 */
public record EdgeList(String file, int[] from, int[] to, int largest, Location largestAt) {
    /** Lines with a link. */
    public int links() {
        return from.length;
    }
}
