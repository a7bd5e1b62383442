package vn.cchc.workbook.interchange;

import java.io.OutputStream;

import vn.cchc.workbook.domain.evidence.EvidenceFile;

/** Where the evidence files written into a .cchc come from (the local store); streamed, never held in memory. */
public interface EvidenceSource {

    /** Whether the file can be written (it is kept here). */
    boolean has(EvidenceFile file);

    /**
     * Writes the file's content to {@code out} (without closing it), checking it is still the original.
     *
     * @throws vn.cchc.workbook.domain.UserFacingException when it is missing or changed
     */
    void copyTo(EvidenceFile file, OutputStream out);
}
