package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder one that files cannot be created in, by what the system offers:
 * <ul>
 *   <li>Windows (NTFS): an access-control entry that denies the test's user adding files and folders (the
 *       read-only attribute of a folder does not stop that on Windows);</li>
 *   <li>Linux and macOS: the permission bits, or for root, who ignores them, the immutable attribute
 *       ({@code chattr +i}).</li>
 * </ul>
 * Where none of these holds (root on a file system without the immutable attribute, such as tmpfs), the test is
 * aborted with the reason, which the test report shows as skipped.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Undo undo;

    private interface Undo {
        void run() throws IOException;
    }

    private ReadOnlyFolder(Path folder, Undo undo) {
        this.folder = folder;
        this.undo = undo;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException {
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder, lock(folder));
        if (canCreateFileIn(folder)) {
            readOnly.close();
            Assumptions.abort("This system offers no way to make " + folder + " read-only for the user "
                    + System.getProperty("user.name") + " (no access-control list, permission bits that bind, or "
                    + "immutable attribute)");
        }
        return readOnly;
    }

    private static Undo lock(Path folder) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (posix == null) {
            AclFileAttributeView acl = Files.getFileAttributeView(folder, AclFileAttributeView.class);
            if (acl == null) {
                return () -> { };
            }
            List<AclEntry> original = acl.getAcl();
            UserPrincipal user = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            List<AclEntry> locked = new ArrayList<>();
            locked.add(AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(user)
                    .setPermissions(AclEntryPermission.ADD_FILE, AclEntryPermission.ADD_SUBDIRECTORY,
                            AclEntryPermission.DELETE_CHILD)
                    .build());
            locked.addAll(original);
            acl.setAcl(locked);
            return () -> acl.setAcl(original);
        }
        if ("root".equals(System.getProperty("user.name")) && run("chattr", "+i", folder.toString())) {
            return () -> run("chattr", "-i", folder.toString());
        }
        posix.setPermissions(PosixFilePermissions.fromString("r-xr-xr-x"));
        return () -> posix.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Whether a file can still be created in {@code folder} (the probe is removed again). */
    public static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        undo.run();
    }

    @Override
    public String toString() {
        return "read-only " + folder;
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException missing) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
