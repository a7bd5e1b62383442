package vn.cchc.workbook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The reflective foreign-function calls that read the Windows command line and set the console's code page, checked
 * on the system the tests run on with a function every system has (the process id) and one that returns a string.
 */
class NativeCallsTest {

    private static final boolean WINDOWS = NativeCalls.isWindows();
    private static final String LIBRARY = WINDOWS ? "kernel32" : "libc.so.6";

    @Test
    void aNativeFunctionIsCalled() throws Throwable {
        Optional<MethodHandle> processId = NativeCalls.function(LIBRARY,
                WINDOWS ? "GetCurrentProcessId" : "getpid", NativeCalls.intLayout());

        assertThat(processId).as("the process-id function of " + LIBRARY).isPresent();
        assertThat((int) processId.get().invokeWithArguments()).isEqualTo((int) ProcessHandle.current().pid());
    }

    @Test
    void aReturnedStringIsRead() throws Throwable {
        Optional<MethodHandle> function = WINDOWS
                ? NativeCalls.function(LIBRARY, "GetCommandLineW", NativeCalls.addressLayout())
                : NativeCalls.function(LIBRARY, "getenv", NativeCalls.addressLayout(), NativeCalls.addressLayout());
        assertThat(function).isPresent();

        Optional<String> text;
        if (WINDOWS) {
            text = NativeCalls.string(function.get().invokeWithArguments(), 65_536, StandardCharsets.UTF_16LE);
            assertThat(text).hasValueSatisfying(line -> assertThat(line).contains("java"));
        } else {
            Object name = utf8("PATH");
            text = NativeCalls.string(function.get().invokeWithArguments(name), 1 << 20, StandardCharsets.UTF_8);
            assertThat(text).contains(System.getenv("PATH"));
        }
    }

    @Test
    void aMissingFunctionOrLibraryGivesNothing() throws ReflectiveOperationException {
        assertThat(NativeCalls.function(LIBRARY, "noSuchFunctionAnywhere", NativeCalls.intLayout())).isEmpty();
        assertThat(NativeCalls.function("no-such-library-cchc", "f", NativeCalls.intLayout())).isEmpty();
    }

    /** A zero-terminated UTF-8 copy of {@code text} in native memory (the global arena: a few bytes, once). */
    private static Object utf8(String text) throws ReflectiveOperationException {
        Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        Object arena = arenaClass.getMethod("global").invoke(null);
        return Class.forName("java.lang.foreign.SegmentAllocator").getMethod("allocateFrom", String.class)
                .invoke(arena, text);
    }
}
