package vn.cchc.workbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.cchc.workbook.domain.UserFacingException;

/** The {@code -o} file of a command: an existing file is only replaced when the user says so. */
final class OutputFile {

    private OutputFile() {
    }

    /** @throws UserFacingException when {@code file} exists and {@code overwrite} was not given */
    static Path checked(Path file, boolean overwrite) {
        if (Files.exists(file) && !overwrite) {
            throw new UserFacingException("cli.output.exists", file.toString());
        }
        return file;
    }
}
