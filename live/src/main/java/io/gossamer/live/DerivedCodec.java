package io.gossamer.live;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.net.Transport;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec of a simple value message, derived from its fields: primitives, strings, enums,
 * addresses and arrays of int, long and byte, in declaration order (superclasses first). The
 * message is rebuilt without running a constructor, as serialization does, so the type needs
 * no particular constructor; its fields are set reflectively.
 */
final class DerivedCodec<M extends Message> implements MessageCodec<M> {
    private static final Field SOURCE = messageField("source");
    private static final Field DESTINATION = messageField("destination");
    private static final Field TRANSPORT = messageField("transport");
    private static final Field SIZE = messageField("sizeBytes");
    private static final NatType[] NATS = NatType.values();
    private static final Transport[] TRANSPORTS = Transport.values();

    private final Class<M> type;
    private final Field[] fields;
    private final Constructor<?> blank;

    private DerivedCodec(Class<M> type, Field[] fields, Constructor<?> blank) {
        this.type = type;
        this.fields = fields;
        this.blank = blank;
    }

    /**
     * The derived codec of {@code type}.
     *
     * @throws CodecException naming the type and the first field that cannot be encoded
     */
    static <M extends Message> DerivedCodec<M> of(Class<M> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new CodecException("message type " + type.getName() + " is abstract: register a codec for each concrete type");
        }
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != Message.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                if (!supported(f.getType())) {
                    throw new CodecException("message type " + type.getName() + " has no codec: field '" + f.getName()
                            + "' of type " + f.getType().getTypeName() + " cannot be derived (fields may be primitives,"
                            + " String, enums, Address, int[], long[] or byte[]); register a codec with Codecs.register");
                }
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return new DerivedCodec<>(type, fields.toArray(new Field[0]), blankConstructor(type));
    }

    private static boolean supported(Class<?> t) {
        return t.isPrimitive() || t == String.class || t.isEnum() || t == Address.class
                || t == int[].class || t == long[].class || t == byte[].class;
    }

    @SuppressWarnings("restriction")
    private static Constructor<?> blankConstructor(Class<?> type) {
        try {
            Constructor<?> c = sun.reflect.ReflectionFactory.getReflectionFactory()
                    .newConstructorForSerialization(type, Object.class.getDeclaredConstructor());
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field messageField(String name) {
        try {
            Field f = Message.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Message has no field " + name, e);
        }
    }

    @Override
    public void encode(M m, WireBuffer out) {
        try {
            putAddress(out, m.source());
            putAddress(out, m.destination());
            out.putByte(m.transport().ordinal());
            out.putInt(m.sizeBytes());
            for (Field f : fields) {
                put(out, f.getType(), f.get(m));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public M decode(ByteBuffer in) {
        try {
            M m = type.cast(blank.newInstance());
            SOURCE.set(m, getAddress(in));
            DESTINATION.set(m, getAddress(in));
            TRANSPORT.set(m, TRANSPORTS[in.get()]);
            SIZE.setInt(m, in.getInt());
            for (Field f : fields) {
                f.set(m, get(in, f.getType()));
            }
            return m;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getName() + ": " + e, e);
        }
    }

    private static void putAddress(WireBuffer out, Address a) {
        out.putInt(a.id());
        out.putByte(a.nat().ordinal());
    }

    private static Address getAddress(ByteBuffer in) {
        int id = in.getInt();
        NatType nat = NATS[in.get()];
        return id == -1 ? Address.MULTICAST : new Address(id, nat);
    }

    private static void put(WireBuffer out, Class<?> t, Object v) {
        if (t == int.class) {
            out.putInt((Integer) v);
        } else if (t == long.class) {
            out.putLong((Long) v);
        } else if (t == boolean.class) {
            out.putByte((Boolean) v ? 1 : 0);
        } else if (t == byte.class) {
            out.putByte((Byte) v);
        } else if (t == short.class) {
            out.putInt((Short) v);
        } else if (t == char.class) {
            out.putInt((Character) v);
        } else if (t == float.class) {
            out.putInt(Float.floatToRawIntBits((Float) v));
        } else if (t == double.class) {
            out.putLong(Double.doubleToRawLongBits((Double) v));
        } else if (t == String.class) {
            out.putString((String) v);
        } else if (t.isEnum()) {
            out.putInt(v == null ? -1 : ((Enum<?>) v).ordinal());
        } else if (t == Address.class) {
            out.putByte(v == null ? 0 : 1);
            if (v != null) {
                putAddress(out, (Address) v);
            }
        } else if (v == null) {
            out.putInt(-1);
        } else if (t == int[].class) {
            int[] a = (int[]) v;
            out.putInt(a.length);
            for (int x : a) {
                out.putInt(x);
            }
        } else if (t == long[].class) {
            long[] a = (long[]) v;
            out.putInt(a.length);
            for (long x : a) {
                out.putLong(x);
            }
        } else {
            byte[] a = (byte[]) v;
            out.putInt(a.length);
            for (byte x : a) {
                out.putByte(x);
            }
        }
    }

    private static Object get(ByteBuffer in, Class<?> t) {
        if (t == int.class) {
            return in.getInt();
        } else if (t == long.class) {
            return in.getLong();
        } else if (t == boolean.class) {
            return in.get() != 0;
        } else if (t == byte.class) {
            return in.get();
        } else if (t == short.class) {
            return (short) in.getInt();
        } else if (t == char.class) {
            return (char) in.getInt();
        } else if (t == float.class) {
            return Float.intBitsToFloat(in.getInt());
        } else if (t == double.class) {
            return Double.longBitsToDouble(in.getLong());
        } else if (t == String.class) {
            return WireBuffer.getString(in);
        } else if (t.isEnum()) {
            int i = in.getInt();
            return i < 0 ? null : t.getEnumConstants()[i];
        } else if (t == Address.class) {
            return in.get() == 0 ? null : getAddress(in);
        }
        int n = in.getInt();
        if (n < 0) {
            return null;
        }
        if (t == int[].class) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = in.getInt();
            }
            return a;
        } else if (t == long[].class) {
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = in.getLong();
            }
            return a;
        }
        byte[] a = new byte[n];
        in.get(a);
        return a;
    }
}
