package io.gossamer.live;

/**
 * What went over the wire.
 *
 * @param datagramsSent datagrams written to sockets
 * @param bytesSent their bytes (UDP payload: frame and encoded message; IP and UDP headers add 28 per datagram)
 * @param datagramsReceived datagrams read from sockets
 * @param bytesReceived their bytes
 * @param undecodable datagrams that were not a message for the socket's node
 * @param socketsOpened sockets bound over the run
 * @param socketsMax most sockets open at once
 * @param types per message type: copies, declared bytes, encoded bytes
 * @param sendNanos time the loop thread spent encoding and writing copies (in handlers, mostly)
 * @param flushNanos time the loop thread spent flushing them to the sockets (the system calls)
 * @param receiveNanos time the I/O thread spent in its handler (decoding and handing over; the
 *     socket reads themselves are Netty's and not included)
 * @param transitNanos sum over datagrams and frames read of the time from their write to their read
 * @param stream the TCP connections' counters
 * @param relay the ZeroMQ broker's counters, or null if nothing is relayed through it
 */
public record WireStats(long datagramsSent, long bytesSent, long datagramsReceived, long bytesReceived, long undecodable,
        long socketsOpened, int socketsMax, java.util.Map<String, TypeStats> types, long sendNanos, long flushNanos, long receiveNanos,
        long transitNanos, StreamStats stream, RelayStats relay) {
}
