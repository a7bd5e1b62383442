package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

import vn.cchc.workbook.app.StoreException;

/**
 * Where the local store lives. In order: a folder given by the caller (the command line's {@code --data-dir}), the
 * system property {@value #PROPERTY} (set by installers and development runs), the environment variable
 * {@value #ENVIRONMENT}, and otherwise the per-user data folder of the operating system:
 * <ul>
 *   <li>Windows: {@code %LOCALAPPDATA%\CCHC Workbook}</li>
 *   <li>macOS: {@code ~/Library/Application Support/CCHC Workbook}</li>
 *   <li>Linux and others: {@code $XDG_DATA_HOME/cchc-workbook}, or {@code ~/.local/share/cchc-workbook}</li>
 * </ul>
 */
public final class DataDirectory {

    public static final String PROPERTY = "cchc.dataDir";
    public static final String ENVIRONMENT = "CCHC_DATA_DIR";

    static final String WINDOWS_AND_MAC_NAME = "CCHC Workbook";
    static final String UNIX_NAME = "cchc-workbook";

    private DataDirectory() {
    }

    /**
     * The store folder, created when missing.
     *
     * @param explicit a folder chosen by the user, or null
     * @throws StoreException when the folder cannot be created or is not a writable folder
     */
    public static Path resolve(Path explicit) {
        return ensureFolder(locate(explicit, System::getProperty, System::getenv,
                System.getProperty("os.name", ""), System.getProperty("user.home", "")));
    }

    /** The store folder by the rules above, without touching the disk. */
    static Path locate(Path explicit, UnaryOperator<String> properties, UnaryOperator<String> environment,
                       String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromProperty = properties.apply(PROPERTY);
        if (!isBlank(fromProperty)) {
            return path(fromProperty);
        }
        String fromEnvironment = environment.apply(ENVIRONMENT);
        if (!isBlank(fromEnvironment)) {
            return path(fromEnvironment);
        }
        return osDefault(environment, osName, userHome);
    }

    static Path osDefault(UnaryOperator<String> environment, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.apply("LOCALAPPDATA");
            Path base = isBlank(local) ? Path.of(userHome, "AppData", "Local") : Path.of(local);
            return base.resolve(WINDOWS_AND_MAC_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", WINDOWS_AND_MAC_NAME);
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        if (!isBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, UNIX_NAME);
        }
        return Path.of(userHome, ".local", "share", UNIX_NAME);
    }

    /** Creates {@code directory} when missing and checks that the store can be written there. */
    public static Path ensureExists(Path directory) {
        ensureFolder(directory);
        if (!Files.isWritable(directory)) {
            throw new StoreException("store.dataDir.notWritable", directory);
        }
        return directory;
    }

    /**
     * Creates {@code directory} when missing; a folder that exists but cannot be written is returned as it is (the
     * store then opens read-only, with a message, or says the folder cannot be written).
     */
    static Path ensureFolder(Path directory) {
        if (Files.isDirectory(directory)) {
            return directory;
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new StoreException("store.dataDir.notDirectory", directory);
        }
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException fileInTheWay) {
            // A file sits where the folder or one of its parents should be.
            throw new StoreException(fileInTheWay, "store.dataDir.notDirectory", fileInTheWay.getFile());
        } catch (IOException | SecurityException failed) {
            throw new StoreException(failed, "store.dataDir.cannotCreate", directory, describe(failed));
        }
        if (!Files.isDirectory(directory)) {
            throw new StoreException("store.dataDir.notDirectory", directory);
        }
        return directory;
    }

    private static Path path(String text) {
        try {
            return Path.of(text.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            throw new StoreException(invalid, "store.dataDir.invalid", text);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String describe(Exception failed) {
        return failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
    }
}
