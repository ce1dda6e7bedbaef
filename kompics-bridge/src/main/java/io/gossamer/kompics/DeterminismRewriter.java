package io.gossamer.kompics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javassist.CannotCompileException;
import javassist.ClassPool;
import javassist.CtClass;
import javassist.LoaderClassPath;
import javassist.expr.ExprEditor;
import javassist.expr.MethodCall;
import javassist.expr.NewExpr;

/**
 * Rewrites the calls that would make a run depend on more than its seed, as Kompics' own
 * simulator does: {@code UUID.randomUUID()}, {@code System.currentTimeMillis()},
 * {@code System.nanoTime()}, {@code Instant.now()} and {@code new Random()} become calls to
 * the run's {@code io.gossamer.kompics.runtime.Determinism}, which draws from the simulation's
 * random streams and reads its virtual clock. A class that makes none of these calls is
 * returned unchanged without being parsed.
 */
final class DeterminismRewriter {
    static final String HOOKS = "io.gossamer.kompics.runtime.Determinism";
    private static final byte[][] MARKERS = {
        utf8("randomUUID"), utf8("currentTimeMillis"), utf8("nanoTime"), utf8("java/util/Random"),
        utf8("java/time/Instant"),
    };

    private final ClassPool pool;

    DeterminismRewriter(ClassLoader classes) {
        pool = new ClassPool(true);
        pool.appendClassPath(new LoaderClassPath(classes));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The class's bytes with the calls redirected (the same array if there is none). */
    synchronized byte[] rewrite(String name, byte[] bytes) {
        if (name.equals(HOOKS) || !mentionsAny(bytes)) {
            return bytes;
        }
        CtClass type = null;
        try {
            type = pool.makeClass(new ByteArrayInputStream(bytes));
            Editor editor = new Editor();
            type.instrument(editor);
            return editor.changed ? type.toBytecode() : bytes;
        } catch (IOException | CannotCompileException e) {
            throw new IllegalStateException("cannot rewrite " + name + " for a deterministic run: " + e, e);
        } finally {
            if (type != null) {
                type.detach();
            }
        }
    }

    private static boolean mentionsAny(byte[] bytes) {
        for (byte[] marker : MARKERS) {
            if (indexOf(bytes, marker) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static final class Editor extends ExprEditor {
        boolean changed;

        @Override
        public void edit(MethodCall call) throws CannotCompileException {
            String owner = call.getClassName();
            String method = call.getMethodName();
            String signature = call.getSignature();
            String hook = null;
            if (owner.equals("java.util.UUID") && method.equals("randomUUID")) {
                hook = "randomUUID";
            } else if (owner.equals("java.lang.System") && method.equals("currentTimeMillis")) {
                hook = "currentTimeMillis";
            } else if (owner.equals("java.lang.System") && method.equals("nanoTime")) {
                hook = "nanoTime";
            } else if (owner.equals("java.time.Instant") && method.equals("now") && signature.startsWith("()")) {
                hook = "instant";
            }
            if (hook != null) {
                call.replace("{ $_ = " + HOOKS + "." + hook + "(); }");
                changed = true;
            }
        }

        @Override
        public void edit(NewExpr expr) throws CannotCompileException {
            if (expr.getClassName().equals("java.util.Random") && expr.getSignature().equals("()V")) {
                expr.replace("{ $_ = new java.util.Random(" + HOOKS + ".seed()); }");
                changed = true;
            }
        }
    }
}
