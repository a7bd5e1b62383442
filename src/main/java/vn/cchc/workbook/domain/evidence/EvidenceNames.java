package vn.cchc.workbook.domain.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Safe file names for evidence: a name that comes with a file (from this computer or inside a received workbook) is
 * only ever a label, never a path. A safe name has no folder part, no character Windows forbids, no control
 * character, no leading or trailing dot or space, is not a reserved Windows device name (CON, PRN, AUX, NUL,
 * COM1–9, LPT1–9, with any extension), is at most {@link #MAX_LENGTH} characters and ends with the extension of its
 * content's type. Vietnamese letters are kept (composed, NFC).
 */
public final class EvidenceNames {

    public static final int MAX_LENGTH = 120;

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final String FORBIDDEN = "<>:\"/\\|?*";

    private EvidenceNames() {
    }

    /**
     * The safe name for a file called {@code original} (a bare name or a whole path) whose content is {@code type}:
     * the last path segment, cleaned, with the type's extension (added when the name has another one).
     */
    public static String sanitise(String original, EvidenceType type) {
        String base = original == null ? "" : original;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        String stem = clean(base);
        String extension = type.extension();
        if (type.matchesName(stem)) {
            // Keep the extension as the user wrote it (".PDF", ".jpeg").
            extension = stem.substring(stem.lastIndexOf('.'));
            stem = stem.substring(0, stem.lastIndexOf('.'));
        }
        return withExtension(stem, extension);
    }

    /**
     * A name for text that is not a file name at all (a criterion code, a document number, a summary), cleaned the
     * same way and cut to {@code maxLength} characters; "_" when nothing is left.
     */
    public static String part(String text, int maxLength) {
        String cleaned = clean(text == null ? "" : text);
        cleaned = cut(cleaned, maxLength);
        cleaned = cleaned.replaceAll("[. ]+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    /** The file name {@code stem + extension}, made safe and at most {@link #MAX_LENGTH} characters long. */
    public static String withExtension(String stem, String extension) {
        String cleanStem = clean(stem == null ? "" : stem);
        cleanStem = cut(cleanStem, MAX_LENGTH - extension.length()).replaceAll("[. ]+$", "");
        if (cleanStem.isEmpty()) {
            cleanStem = "tai-lieu";
        }
        if (isReserved(cleanStem)) {
            cleanStem = "_" + cleanStem;
        }
        return cleanStem + extension;
    }

    /** Whether {@code name} is already safe for a file of {@code type}: sanitising it changes nothing. */
    public static boolean isSafe(String name, EvidenceType type) {
        return name != null && !name.isEmpty() && name.equals(sanitise(name, type));
    }

    /** Whether the part before the first dot is a Windows device name, which Windows opens as a device. */
    static boolean isReserved(String name) {
        int dot = name.indexOf('.');
        String device = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        return RESERVED.contains(device);
    }

    private static String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("\\s+", " ").replaceAll("^[. ]+|[. ]+$", "");
    }

    private static String cut(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxLength)).strip();
    }
}
