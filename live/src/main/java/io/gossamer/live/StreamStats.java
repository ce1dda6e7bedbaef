package io.gossamer.live;

/**
 * The stream transport's counters: copies sent over connections travel over TCP.
 *
 * @param connectionsOpened TCP connections opened (one per ordered pair in use; again after an idle close)
 * @param connectFailures connects that failed (the receiver was not listening)
 * @param idleClosed connections closed after the idle timeout
 * @param closedOtherwise connections closed because a node went down or the peer closed
 * @param framesSent frames written
 * @param framesReceived frames read
 * @param bytesSent bytes written (4-byte length, frame and message; TCP and IP headers not counted)
 * @param lost copies that could not be written (the receiver did not listen, or the connect failed)
 */
public record StreamStats(long connectionsOpened, long connectFailures, long idleClosed, long closedOtherwise, long framesSent,
        long framesReceived, long bytesSent, long lost) {
}
