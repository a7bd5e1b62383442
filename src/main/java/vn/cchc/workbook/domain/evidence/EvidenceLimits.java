package vn.cchc.workbook.domain.evidence;

/**
 * The bounds on evidence, for files attached here and files received. Scanned decisions and plans are typically
 * 0,2–5 MB; provincial upload systems cap single files at a few MB. The bounds leave room for long scans while
 * keeping a received workbook from filling the disk.
 */
public final class EvidenceLimits {

    /** One evidence file. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** All distinct evidence files of one workbook together. */
    public static final long MAX_WORKBOOK_BYTES = 1024L * 1024 * 1024;
    /** Distinct evidence files in one workbook. */
    public static final int MAX_FILES = 2000;
    /** Attachments (references) per criterion. */
    public static final int MAX_PER_CRITERION = 200;

    private EvidenceLimits() {
    }

    /** Whole megabytes, rounded up, for messages. */
    public static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
