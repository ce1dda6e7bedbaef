package io.gossamer.sim.core;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds and calls component constructors; one cache per simulation. Constructors are called
 * through method handles (no argument array per call) and the last one found is remembered,
 * so a million components of one class cost no lookups and no garbage here.
 */
final class Constructors {
    private static final MethodType NO_ARG = MethodType.methodType(Object.class);
    private static final MethodType ONE_ARG = MethodType.methodType(Object.class, Object.class);

    private final Map<Class<?>, MethodHandle> noArg = new HashMap<>();
    private final Map<Class<?>, Map<Class<?>, MethodHandle>> withInit = new HashMap<>();
    private Class<?> lastType;
    private Class<?> lastInitClass;
    private MethodHandle lastHandle;

    <C extends ComponentDefinition> C newInstance(Class<C> type, Init<C> init) {
        boolean none = init == null || init == Init.NONE;
        Class<?> initClass = none ? null : init.getClass();
        MethodHandle handle;
        if (type == lastType && initClass == lastInitClass) {
            handle = lastHandle;
        } else {
            handle = none ? noArgConstructor(type) : initConstructor(type, initClass);
            lastType = type;
            lastInitClass = initClass;
            lastHandle = handle;
        }
        try {
            Object instance = none ? (Object) handle.invokeExact() : (Object) handle.invokeExact((Object) init);
            return type.cast(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ComponentCreationException("constructor of " + type.getName() + " failed: " + e, e);
        }
    }

    private MethodHandle noArgConstructor(Class<?> type) {
        MethodHandle handle = noArg.get(type);
        if (handle == null) {
            try {
                handle = handle(type, type.getDeclaredConstructor(), NO_ARG);
            } catch (NoSuchMethodException e) {
                throw new ComponentCreationException(
                        type.getName() + " has no constructor without arguments (created with Init.NONE)", e);
            }
            noArg.put(type, handle);
        }
        return handle;
    }

    private MethodHandle initConstructor(Class<?> type, Class<?> initClass) {
        Map<Class<?>, MethodHandle> byInit = withInit.computeIfAbsent(type, t -> new HashMap<>());
        MethodHandle handle = byInit.get(initClass);
        if (handle == null) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0].isAssignableFrom(initClass)) {
                    handle = handle(type, c, ONE_ARG);
                    break;
                }
            }
            if (handle == null) {
                throw new ComponentCreationException(
                        type.getName() + " has no constructor taking " + initClass.getName(), null);
            }
            byInit.put(initClass, handle);
        }
        return handle;
    }

    private static MethodHandle handle(Class<?> type, Constructor<?> c, MethodType shape) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new ComponentCreationException("cannot create " + type.getName() + ": it is abstract", null);
        }
        try {
            c.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(c).asType(shape);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new ComponentCreationException("cannot create " + type.getName() + ": " + e, e);
        }
    }

    /** A component could not be constructed. */
    static final class ComponentCreationException extends IllegalArgumentException {
        ComponentCreationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
