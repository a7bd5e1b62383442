package vn.cchc.workbook.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * packaging/common/Packaging.java, the source-file program the packaging scripts run, compiled here so that its
 * steps can be called and checked like any class.
 */
final class PackagingTool {

    static final Path SOURCE = Path.of("packaging", "common", "Packaging.java");

    private static Class<?> compiled;

    private PackagingTool() {
    }

    static synchronized Class<?> type() {
        if (compiled == null) {
            try {
                Path classes = Files.createTempDirectory("cchc-packaging-tool");
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                int exit = javac.run(null, null, null, "-d", classes.toString(), SOURCE.toString());
                if (exit != 0) {
                    throw new IllegalStateException("Packaging.java does not compile");
                }
                URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                        PackagingTool.class.getClassLoader());
                compiled = loader.loadClass("Packaging");
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return compiled;
    }

    /** Calls the static method {@code name}; a failure of the step is rethrown as it is. */
    static Object call(String name, List<Class<?>> types, Object... args) throws Exception {
        Method method = type().getDeclaredMethod(name, types.toArray(Class<?>[]::new));
        method.setAccessible(true);
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
