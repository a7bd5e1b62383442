package vn.cchc.workbook.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the files people most often send or rename by mistake as a .cchc, so that the message can say what
 * the file really is ("a Word document renamed to .cchc") rather than just "corrupt". Looks at bytes only.
 */
final class ForeignFile {

    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] H2 = "H:2,block:".getBytes(StandardCharsets.US_ASCII);

    private ForeignFile() {
    }

    static boolean looksLikeZip(byte[] head) {
        return startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY);
    }

    /** The message key naming what a non-ZIP file is: PDF, H2 database, JSON, plain text, or unknown. */
    static String describeNonZip(byte[] head) {
        if (startsWith(head, PDF)) {
            return "cchc.file.pdf";
        }
        if (startsWith(head, H2)) {
            return "cchc.file.h2";
        }
        Optional<String> text = asText(head);
        if (text.isPresent()) {
            return text.get().stripLeading().startsWith("{") ? "cchc.file.json" : "cchc.file.text";
        }
        return "cchc.file.unknown";
    }

    /** For a ZIP without our manifest: the key naming an Office document (Word, Excel, other), if it is one. */
    static Optional<String> describeZip(List<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of("cchc.file.docx");
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of("cchc.file.xlsx");
        }
        return Optional.of("cchc.file.office");
    }

    /** The head decoded as UTF-8 text without control characters other than tab and line breaks. */
    private static Optional<String> asText(byte[] head) {
        int length = head.length;
        // The head may end in the middle of a multi-byte letter; drop an incomplete tail sequence.
        int trimmed = Math.max(0, length - 3);
        for (int cut = length; cut >= trimmed; cut--) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, cut)).toString();
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                boolean plain = text.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c));
                return plain && !text.isBlank() ? Optional.of(text) : Optional.empty();
            } catch (CharacterCodingException e) {
                // Try a shorter cut.
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
