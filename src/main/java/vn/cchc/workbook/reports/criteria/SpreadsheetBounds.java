package vn.cchc.workbook.reports.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a spreadsheet from elsewhere before the spreadsheet library builds it in memory, where its size multiplies
 * many times: the file's size, and for an .xlsx (a ZIP of XML parts) what its parts unpack to and how many rows its
 * sheets hold, counted by a streaming pass that keeps nothing. A province's criteria appendix is a few hundred rows
 * and well under 1 MB; the caps leave a wide margin and keep the import within the installed program's heap.
 */
final class SpreadsheetBounds {

    /** The file itself. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Every part of an .xlsx unpacked, together. */
    static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    /** Parts of an .xlsx. */
    static final int MAX_PARTS = 2000;
    /** Rows of one sheet. */
    static final int MAX_ROWS = 20_000;

    private static final int BUFFER = 64 * 1024;
    private static final byte[] ROW = "row".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SpreadsheetBounds() {
    }

    /**
     * @throws CriteriaImportException naming the file and the cap it passes
     */
    static void check(Path file) {
        String name = String.valueOf(file.getFileName());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException unreadable) {
            throw new CriteriaImportException(unreadable, "criteriaimport.file.unreadable", file.toString());
        }
        if (size > MAX_FILE_BYTES) {
            throw new CriteriaImportException("limits.xlsx.tooLarge", name, megabytes(size), megabytes(MAX_FILE_BYTES));
        }
        if (isZip(file)) {
            checkParts(file, name);
        }
    }

    private static void checkParts(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long unpacked = 0;
            int parts = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw new CriteriaImportException("limits.xlsx.tooManyParts", name, MAX_PARTS);
                }
                boolean sheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
                unpacked = readPart(zip, entry, unpacked, sheet, name);
            }
        } catch (IOException | RuntimeException notAZip) {
            if (notAZip instanceof CriteriaImportException refused) {
                throw refused;
            }
            // Not a ZIP after all, or a damaged one: the spreadsheet library names the problem when it opens it.
        }
    }

    /** Reads one part through, counting its bytes (and rows, for a sheet); returns the new total unpacked. */
    private static long readPart(ZipFile zip, ZipEntry entry, long unpackedBefore, boolean sheet, String name)
            throws IOException {
        long unpacked = unpackedBefore;
        int rows = 0;
        int matched = 0;
        boolean afterOpen = false;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zip.getInputStream(entry)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                unpacked += read;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw new CriteriaImportException("limits.xlsx.unpackedTooLarge", name,
                            megabytes(MAX_UNPACKED_BYTES));
                }
                if (!sheet) {
                    continue;
                }
                // Counts "<row" and "<x:row" (any prefix): the start tags of rows.
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (matched > 0) {
                        if (b == ROW[matched]) {
                            if (++matched == ROW.length) {
                                rows++;
                                matched = 0;
                                afterOpen = false;
                                if (rows > MAX_ROWS) {
                                    throw new CriteriaImportException("limits.xlsx.tooManyRows", name, MAX_ROWS);
                                }
                            }
                            continue;
                        }
                        matched = 0;
                    }
                    if (b == '<') {
                        afterOpen = true;
                    } else if (afterOpen && b == ROW[0]) {
                        matched = 1;
                    } else if (b != ':' && !Character.isLetterOrDigit(b)) {
                        afterOpen = false;
                    }
                }
            }
        }
        return unpacked;
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
