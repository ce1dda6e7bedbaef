/** Centralized pub/sub: one broker node relays every published message to every subscriber. */
package io.gossamer.protocols.pubsub;
