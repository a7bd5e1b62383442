package vn.cchc.workbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.CriteriaSetJson;

/** Shared by the criteria commands: writing a set's JSON file whole or not at all, and reading {@code --level}. */
final class CriteriaFiles {

    private CriteriaFiles() {
    }

    /** Writes the set's JSON next to {@code file} first, then moves it in place, so a failure leaves no half file. */
    static void writeJson(CriteriaSet set, Path file) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException failed) {
            throw new UserFacingException(failed, "criteriaimport.file.cannotWrite", file.toString());
        }
        SafeFileWriter.write(target, CriteriaSetJson.toBytes(set));
    }

    /** {@code --level xa|huyen|so-nganh|tinh}. */
    static final class LevelConverter implements ITypeConverter<UnitLevel> {
        @Override
        public UnitLevel convert(String value) {
            return UnitLevel.fromId(value.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(value));
        }
    }
}
