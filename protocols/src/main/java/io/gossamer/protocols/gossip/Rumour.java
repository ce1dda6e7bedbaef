package io.gossamer.protocols.gossip;

/**
 * One broadcast message as the gossip protocols pass it on: created once at its origin and
 * shared, unchanged, by every copy and every node that holds it.
 *
 * @param id the id the application gave it
 * @param origin the node that broadcast it
 * @param createdAt when the origin broadcast it (virtual ns)
 * @param sizeBytes its payload size, headers excluded
 */
record Rumour(int id, int origin, long createdAt, int sizeBytes) {
}
