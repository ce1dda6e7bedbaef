package io.gossamer.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's plug-ins: jars or class folders named by {@code --plugins PATH[:PATH...]} or the
 * {@code GOSSAMER_PLUGINS} environment variable (both, the option first). Their protocols,
 * metrics, operations, models and neighbour sources, registered with
 * {@link java.util.ServiceLoader} files, join the built-in ones in every command.
 */
final class Plugins {
    /** The environment variable that names plug-ins. */
    static final String ENVIRONMENT = "GOSSAMER_PLUGINS";

    private Plugins() {
    }

    /**
     * The arguments without {@code --plugins}, after making the class loader that sees the
     * plug-ins the current thread's context class loader (what scenario loading reads).
     *
     * @throws IllegalArgumentException naming a path that is not a readable jar or folder
     */
    static String[] install(String[] args, String environment) {
        List<String> rest = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--plugins")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--plugins needs a value: jars or folders separated by '"
                            + File.pathSeparator + "'");
                }
                paths.add(args[++i]);
            } else if (a.startsWith("--plugins=")) {
                paths.add(a.substring("--plugins=".length()));
            } else {
                rest.add(a);
            }
        }
        if (environment != null && !environment.isBlank()) {
            paths.add(environment);
        }
        List<URL> urls = new ArrayList<>();
        for (String list : paths) {
            for (String entry : list.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(url(entry));
                }
            }
        }
        if (!urls.isEmpty()) {
            ClassLoader parent = Plugins.class.getClassLoader();
            Thread.currentThread().setContextClassLoader(new URLClassLoader("gossamer-plugins", urls.toArray(URL[]::new), parent));
        }
        return rest.toArray(String[]::new);
    }

    private static URL url(String entry) {
        Path p = Path.of(entry);
        boolean jar = Files.isRegularFile(p) && entry.endsWith(".jar");
        if (!Files.isReadable(p) || !(jar || Files.isDirectory(p))) {
            throw new IllegalArgumentException("plug-in '" + entry + "' is not a readable .jar file or folder (from --plugins or "
                    + ENVIRONMENT + ")");
        }
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("plug-in '" + entry + "': " + e.getMessage());
        }
    }
}
