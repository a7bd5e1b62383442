package vn.cchc.workbook.ui.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The command line of the desktop program: one existing .cchc file ("Open with", a double click), or nothing. */
final class LaunchArguments {

    private LaunchArguments() {
    }

    static Optional<Path> file(List<String> args) {
        if (args.size() == 1 && args.get(0).toLowerCase(Locale.ROOT).endsWith(".cchc")) {
            try {
                Path file = Path.of(args.get(0));
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            } catch (InvalidPathException unreadable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
