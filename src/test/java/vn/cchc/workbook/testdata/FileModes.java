package vn.cchc.workbook.testdata;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Whether a file was made read-only ({@code File.setWritable(false, false)}), on POSIX systems and on Windows alike.
 * {@code Files.isWritable} cannot tell: it asks the system whether this process may write, which root always may.
 */
public final class FileModes {

    private FileModes() {
    }

    public static boolean isReadOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
    }
}
