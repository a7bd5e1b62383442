package vn.cchc.workbook.store;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;

/**
 * The evidence files (their SHA-256) that stored rows cite, for the tables that keep them beside the rows
 * ({@code entry_edit_file}, {@code earlier_round_file}; V12). A history edit's citations come from its two entries.
 * Text the store keeps but does not parse (an earlier round's copy, a history row written before V12) is scanned
 * instead: every hash in it, in the form its writer gives a hash, counts, and the scan never fails. A scan may count
 * a text that only looks like a hash (typed by the user); that only keeps a file longer, never removes one too soon.
 */
final class CitedFiles {

    /** Length of a SHA-256 in lower-case hex. */
    private static final int HEX_LENGTH = 64;
    /** How {@link EntryText} writes a hash: its length, a colon, the 64 digits. */
    private static final String ENTRY_TEXT_PREFIX = HEX_LENGTH + ":";

    private CitedFiles() {
    }

    /** The files {@code entry} cites (none for null). */
    static Set<String> of(Entry entry) {
        Set<String> cited = new LinkedHashSet<>();
        if (entry != null) {
            for (EvidenceDocument document : entry.evidence()) {
                if (document.file() != null) {
                    cited.add(document.file().sha256());
                }
            }
        }
        return cited;
    }

    /** Every {@code 64:<64 hex digits>} in a history row's {@link EntryText}: the hashes its entry cites. */
    static Set<String> inEntryText(String encoded) {
        Set<String> cited = new LinkedHashSet<>();
        int from = 0;
        while (true) {
            int at = encoded.indexOf(ENTRY_TEXT_PREFIX, from);
            if (at < 0) {
                return cited;
            }
            int start = at + ENTRY_TEXT_PREFIX.length();
            if (isHexRun(encoded, start)) {
                cited.add(encoded.substring(start, start + HEX_LENGTH));
            }
            from = at + 1;
        }
    }

    /**
     * Every JSON string of exactly 64 lower-case hex digits in {@code json} (UTF-8): the hashes an assessment JSON
     * cites, whatever field holds them. Bytes, not characters: no byte of a multi-byte UTF-8 letter is a quote or a
     * hex digit, so the scan needs no decoding, and hex digits are never escaped in JSON.
     */
    static Set<String> inJson(byte[] json) {
        Set<String> cited = new LinkedHashSet<>();
        int last = json.length - HEX_LENGTH - 1;
        for (int at = 0; at < last; at++) {
            if (json[at] == '"' && json[at + HEX_LENGTH + 1] == '"' && isHexRun(json, at + 1)) {
                cited.add(new String(json, at + 1, HEX_LENGTH, StandardCharsets.US_ASCII));
                at += HEX_LENGTH;
            }
        }
        return cited;
    }

    private static boolean isHexRun(String text, int start) {
        if (start + HEX_LENGTH > text.length()) {
            return false;
        }
        for (int i = start; i < start + HEX_LENGTH; i++) {
            if (!isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexRun(byte[] bytes, int start) {
        for (int i = start; i < start + HEX_LENGTH; i++) {
            if (!isHexDigit((char) bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
