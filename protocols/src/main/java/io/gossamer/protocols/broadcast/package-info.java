/** The port every dissemination protocol provides: broadcast requests and delivery indications. */
package io.gossamer.protocols.broadcast;
