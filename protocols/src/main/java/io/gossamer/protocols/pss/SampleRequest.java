package io.gossamer.protocols.pss;

/**
 * Ask for up to {@code count} peers drawn uniformly from the current view.
 *
 * @param count how many
 */
public record SampleRequest(int count) {
}
