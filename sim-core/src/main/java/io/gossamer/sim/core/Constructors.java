package io.gossamer.sim.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;

/** Finds and calls component constructors; one cache per simulation. */
final class Constructors {
    private final Map<Class<?>, Constructor<?>> noArg = new HashMap<>();
    private final Map<Class<?>, Map<Class<?>, Constructor<?>>> withInit = new HashMap<>();

    <C extends ComponentDefinition> C newInstance(Class<C> type, Init<C> init) {
        Constructor<?> ctor = init == null || init == Init.NONE ? noArgConstructor(type) : initConstructor(type, init);
        try {
            Object instance = ctor.getParameterCount() == 0 ? ctor.newInstance() : ctor.newInstance(init);
            return type.cast(instance);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ComponentCreationException("constructor of " + type.getName() + " failed: " + cause, cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ComponentCreationException("cannot create " + type.getName() + ": " + e, e);
        }
    }

    private Constructor<?> noArgConstructor(Class<?> type) {
        return noArg.computeIfAbsent(type, t -> {
            try {
                Constructor<?> c = t.getDeclaredConstructor();
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new ComponentCreationException(
                        t.getName() + " has no constructor without arguments (created with Init.NONE)", e);
            }
        });
    }

    private Constructor<?> initConstructor(Class<?> type, Init<?> init) {
        Class<?> initClass = init.getClass();
        return withInit.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(initClass, ic -> {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0].isAssignableFrom(ic)) {
                    c.setAccessible(true);
                    return c;
                }
            }
            throw new ComponentCreationException(
                    type.getName() + " has no constructor taking " + ic.getName(), null);
        });
    }

    /** A component could not be constructed. */
    static final class ComponentCreationException extends IllegalArgumentException {
        ComponentCreationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
