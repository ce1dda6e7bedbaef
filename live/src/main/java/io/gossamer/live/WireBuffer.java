package io.gossamer.live;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer for encoding one datagram (big-endian, like {@link ByteBuffer}). */
public final class WireBuffer {
    private byte[] bytes = new byte[256];
    private int size;

    /** Empties the buffer for the next message. */
    public void clear() {
        size = 0;
    }

    /** Bytes written. */
    public int size() {
        return size;
    }

    /** The bytes written, as a view (valid until the next write). */
    public byte[] array() {
        return bytes;
    }

    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }

    /** Writes one byte. */
    public void putByte(int v) {
        room(1);
        bytes[size++] = (byte) v;
    }

    /** Writes a big-endian int. */
    public void putInt(int v) {
        room(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    /** Writes a big-endian long. */
    public void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    /** Writes a length-prefixed UTF-8 string; null as length -1. */
    public void putString(String s) {
        if (s == null) {
            putInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        putInt(b.length);
        room(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** Reads a string written by {@link #putString}. */
    public static String getString(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
