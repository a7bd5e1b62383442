package vn.cchc.workbook.platform;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Calls into a native library through the JDK's foreign function API (JDK 22 and newer). The program compiles for
 * Java 21, where that API is still a preview, so it is reached by reflection; on a runtime without it, or when the
 * library or function is missing, {@link #function} gives nothing and the caller keeps its fallback. The installed
 * program runs on its own JDK 25 runtime, started with {@code --enable-native-access=ALL-UNNAMED}.
 */
final class NativeCalls {

    private static final String PACKAGE = "java.lang.foreign.";

    private NativeCalls() {
    }

    /** The layout of a C {@code int} (a Windows {@code UINT}/{@code BOOL}). */
    static Object intLayout() throws ReflectiveOperationException {
        return Class.forName(PACKAGE + "ValueLayout").getField("JAVA_INT").get(null);
    }

    /** The layout of a pointer. */
    static Object addressLayout() throws ReflectiveOperationException {
        return Class.forName(PACKAGE + "ValueLayout").getField("ADDRESS").get(null);
    }

    /**
     * A method handle calling {@code function} of {@code library} ("kernel32", "libc.so.6"), or empty.
     *
     * @param result the result's layout, null for {@code void}
     * @param parameters the parameters' layouts
     */
    static Optional<MethodHandle> function(String library, String function, Object result, Object... parameters) {
        try {
            Class<?> linkerClass = Class.forName(PACKAGE + "Linker");
            Class<?> lookupClass = Class.forName(PACKAGE + "SymbolLookup");
            Class<?> arenaClass = Class.forName(PACKAGE + "Arena");
            Class<?> layoutClass = Class.forName(PACKAGE + "MemoryLayout");
            Class<?> segmentClass = Class.forName(PACKAGE + "MemorySegment");
            Class<?> descriptorClass = Class.forName(PACKAGE + "FunctionDescriptor");
            Class<?> optionClass = Class.forName(PACKAGE + "Linker$Option");

            Object arena = arenaClass.getMethod("global").invoke(null);
            Object lookup = lookupClass.getMethod("libraryLookup", String.class, arenaClass)
                    .invoke(null, library, arena);
            Optional<?> symbol = (Optional<?>) lookupClass.getMethod("find", String.class).invoke(lookup, function);
            if (symbol.isEmpty()) {
                return Optional.empty();
            }
            Object layouts = Array.newInstance(layoutClass, parameters.length);
            for (int i = 0; i < parameters.length; i++) {
                Array.set(layouts, i, parameters[i]);
            }
            Object descriptor = result == null
                    ? descriptorClass.getMethod("ofVoid", layouts.getClass()).invoke(null, layouts)
                    : descriptorClass.getMethod("of", layoutClass, layouts.getClass()).invoke(null, result, layouts);
            Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
            Object noOptions = Array.newInstance(optionClass, 0);
            return Optional.of((MethodHandle) linkerClass
                    .getMethod("downcallHandle", segmentClass, descriptorClass, noOptions.getClass())
                    .invoke(linker, symbol.get(), descriptor, noOptions));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return Optional.empty();
        }
    }

    /**
     * The zero-terminated string that a native function returned a pointer to, read in {@code charset} (at most
     * {@code maxBytes} bytes are looked at).
     */
    static Optional<String> string(Object pointer, long maxBytes, Charset charset) {
        try {
            Class<?> segmentClass = Class.forName(PACKAGE + "MemorySegment");
            if ((long) segmentClass.getMethod("address").invoke(pointer) == 0) {
                return Optional.empty();
            }
            Object sized = segmentClass.getMethod("reinterpret", long.class).invoke(pointer, maxBytes);
            return Optional.of((String) segmentClass.getMethod("getString", long.class, Charset.class)
                    .invoke(sized, 0L, charset));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
