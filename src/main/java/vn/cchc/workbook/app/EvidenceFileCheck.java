package vn.cchc.workbook.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Decides whether an evidence document's file path, which may come from a workbook received from elsewhere, may be
 * handed to the system's opener. Such a path is data, never a command: on Windows the opener runs an .exe or .bat, and
 * a network path (\\host\share) reaches another computer. A path is opened only when it names an existing file on
 * this computer, by an absolute local path, whose name ends in one of the document or image types below and whose
 * first bytes are really of that type (a program renamed to .pdf is refused). The caller then asks the user before
 * opening it; nothing is ever run.
 */
public final class EvidenceFileCheck {

    /** A type the opener may show, and the bytes every file of that type starts with. */
    private enum Kind {
        PDF("limits.evidence.kind.pdf", new byte[][] {{'%', 'P', 'D', 'F', '-'}}),
        OFFICE_ZIP("limits.evidence.kind.office", new byte[][] {{'P', 'K', 3, 4}}),
        OFFICE_OLD("limits.evidence.kind.office",
                new byte[][] {{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                        (byte) 0xE1}}),
        JPEG("limits.evidence.kind.image", new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}}),
        PNG("limits.evidence.kind.image", new byte[][] {{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}}),
        GIF("limits.evidence.kind.image", new byte[][] {{'G', 'I', 'F', '8', '7', 'a'}, {'G', 'I', 'F', '8', '9', 'a'}}),
        BMP("limits.evidence.kind.image", new byte[][] {{'B', 'M'}}),
        TIFF("limits.evidence.kind.image", new byte[][] {{'I', 'I', '*', 0}, {'M', 'M', 0, '*'}});

        private final String nameKey;
        private final byte[][] signatures;

        Kind(String nameKey, byte[][] signatures) {
            this.nameKey = nameKey;
            this.signatures = signatures;
        }

        boolean matches(byte[] head) {
            for (byte[] signature : signatures) {
                if (head.length >= signature.length
                        && Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The extensions allowed, each with the one type its content must have. Macro-enabled Office files are not. */
    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", Kind.PDF),
            Map.entry("docx", Kind.OFFICE_ZIP), Map.entry("xlsx", Kind.OFFICE_ZIP), Map.entry("pptx", Kind.OFFICE_ZIP),
            Map.entry("odt", Kind.OFFICE_ZIP), Map.entry("ods", Kind.OFFICE_ZIP),
            Map.entry("doc", Kind.OFFICE_OLD), Map.entry("xls", Kind.OFFICE_OLD), Map.entry("ppt", Kind.OFFICE_OLD),
            Map.entry("jpg", Kind.JPEG), Map.entry("jpeg", Kind.JPEG), Map.entry("png", Kind.PNG),
            Map.entry("gif", Kind.GIF), Map.entry("bmp", Kind.BMP), Map.entry("tif", Kind.TIFF),
            Map.entry("tiff", Kind.TIFF));

    /** A URL or a scheme ("file:", "smb:", "http:"); a Windows drive letter ("C:") is one letter and not a scheme. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    /**
     * A file that may be opened after the user agrees.
     *
     * @param file the file itself (links followed)
     * @param kind what it is, as the confirmation names it ("tài liệu PDF")
     */
    public record Allowed(Path file, String kind) {
    }

    private EvidenceFileCheck() {
    }

    /**
     * @param recorded the path as recorded in the evidence entry
     * @return the file to open after asking the user
     * @throws UserFacingException saying in Vietnamese why the path is not opened
     */
    public static Allowed check(String recorded) {
        String text = recorded == null ? "" : recorded.strip();
        String shown = Limits.abbreviate(text, 200);
        if (text.isEmpty()) {
            throw refused("limits.evidence.none", shown);
        }
        if (text.startsWith("\\\\") || text.startsWith("//") || SCHEME.matcher(text).matches()) {
            throw refused("limits.evidence.network", shown);
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException invalid) {
            throw refused("limits.evidence.invalid", shown);
        }
        if (!path.isAbsolute()) {
            throw refused("limits.evidence.relative", shown);
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException | SecurityException missing) {
            throw refused("limits.evidence.missing", shown);
        }
        String realText = real.toString();
        if (realText.startsWith("\\\\") || realText.startsWith("//")) {
            // A link or a mapped drive that leads to another computer.
            throw refused("limits.evidence.network", shown);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw refused("limits.evidence.notAFile", shown);
        }
        Optional<Kind> expected = extension(real).map(BY_EXTENSION::get);
        if (expected.isEmpty()) {
            throw refused("limits.evidence.type", String.valueOf(real.getFileName()));
        }
        if (!expected.get().matches(head(real, shown))) {
            throw refused("limits.evidence.content", String.valueOf(real.getFileName()),
                    Messages.get(expected.get().nameKey));
        }
        return new Allowed(real, Messages.get(expected.get().nameKey));
    }

    private static Optional<String> extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static byte[] head(Path file, String shown) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException unreadable) {
            throw refused("limits.evidence.unreadable", shown);
        }
    }

    private static UserFacingException refused(String key, Object... args) {
        return new UserFacingException(key, args);
    }
}
