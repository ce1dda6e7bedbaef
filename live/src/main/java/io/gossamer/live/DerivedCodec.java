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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codec of a simple value message, derived from its fields: primitives, strings, enums,
 * addresses, arrays of int, long and byte, records whose components are all of these (or
 * records again), and arrays of such records or of strings, in declaration order
 * (superclasses first). The
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
    /** Shapes of the records the fields hold, by type (read on the I/O thread, written at derivation only). */
    private final Map<Class<?>, RecordShape> records;

    private DerivedCodec(Class<M> type, Field[] fields, Constructor<?> blank, Map<Class<?>, RecordShape> records) {
        this.type = type;
        this.fields = fields;
        this.blank = blank;
        this.records = records;
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
        Map<Class<?>, RecordShape> records = new HashMap<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                if (!supported(f.getType(), records)) {
                    throw new CodecException("message type " + type.getName() + " has no codec: field '" + f.getName()
                            + "' of type " + f.getType().getTypeName() + " cannot be derived (fields may be primitives,"
                            + " String, enums, Address, int[], long[], byte[], records of these, or arrays of records or"
                            + " strings); register a codec with Codecs.register");
                }
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return new DerivedCodec<>(type, fields.toArray(new Field[0]), blankConstructor(type), Map.copyOf(records));
    }

    private static boolean supported(Class<?> t, Map<Class<?>, RecordShape> records) {
        if (t.isPrimitive() || t == String.class || t.isEnum() || t == Address.class
                || t == int[].class || t == long[].class || t == byte[].class) {
            return true;
        }
        if (t.isArray()) {
            Class<?> e = t.getComponentType();
            return (e == String.class || e.isRecord()) && supported(e, records);
        }
        if (!t.isRecord()) {
            return false;
        }
        if (records.containsKey(t)) {
            return true;
        }
        RecordShape shape = RecordShape.of(t);
        records.put(t, shape); // before the components: a record that holds itself does not recurse forever
        for (Class<?> c : shape.types) {
            if (!supported(c, records)) {
                records.remove(t);
                return false;
            }
        }
        return true;
    }

    /**
     * A constructor that makes an instance without running any of the type's constructors (as
     * deserialization does), for message classes that are not records. Looked up by name: the
     * jdk.unsupported module exports it, but naming it in code draws a javac warning.
     */
    private static Constructor<?> blankConstructor(Class<?> type) {
        try {
            Class<?> factoryType = Class.forName("sun.reflect.ReflectionFactory");
            Object factory = factoryType.getMethod("getReflectionFactory").invoke(null);
            Constructor<?> c = (Constructor<?>) factoryType.getMethod("newConstructorForSerialization", Class.class, Constructor.class)
                    .invoke(factory, type, Object.class.getDeclaredConstructor());
            c.setAccessible(true);
            return c;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName() + " without a constructor", e);
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

    private void put(WireBuffer out, Class<?> t, Object v) {
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
        } else if (t.isRecord()) {
            out.putByte(v == null ? 0 : 1);
            if (v != null) {
                RecordShape shape = records.get(t);
                for (int i = 0; i < shape.types.length; i++) {
                    put(out, shape.types[i], shape.component(v, i));
                }
            }
        } else if (v == null) {
            out.putInt(-1);
        } else if (t.isArray() && !t.getComponentType().isPrimitive()) {
            Object[] a = (Object[]) v;
            out.putInt(a.length);
            for (Object x : a) {
                put(out, t.getComponentType(), x);
            }
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

    private Object get(ByteBuffer in, Class<?> t) {
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
        } else if (t.isRecord()) {
            if (in.get() == 0) {
                return null;
            }
            RecordShape shape = records.get(t);
            Object[] values = new Object[shape.types.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = get(in, shape.types[i]);
            }
            return shape.build(values);
        }
        int n = in.getInt();
        if (n < 0) {
            return null;
        }
        if (t.isArray() && !t.getComponentType().isPrimitive()) {
            Object[] a = (Object[]) java.lang.reflect.Array.newInstance(t.getComponentType(), n);
            for (int i = 0; i < n; i++) {
                a[i] = get(in, t.getComponentType());
            }
            return a;
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
