package io.gossamer.live;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * How a record held by a message is taken apart and rebuilt by a derived codec: its component
 * types, accessors and canonical constructor, looked up once per record type.
 */
final class RecordShape {
    final Class<?>[] types;
    private final Method[] accessors;
    private final Constructor<?> canonical;

    private RecordShape(Class<?>[] types, Method[] accessors, Constructor<?> canonical) {
        this.types = types;
        this.accessors = accessors;
        this.canonical = canonical;
    }

    static RecordShape of(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return new RecordShape(types, accessors, canonical);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + record.getName() + " has no canonical constructor", e);
        }
    }

    Object component(Object record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessors[i] + ": " + e, e);
        }
    }

    Object build(Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild a " + canonical.getDeclaringClass().getName() + ": " + e, e);
        }
    }
}
