package vn.cchc.workbook.domain.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;

/**
 * The distinct evidence files of an assessment (by hash, in the order first cited), with where each is cited: what
 * a .cchc with evidence carries, what the per-workbook limits count, and what the evidence list shows.
 */
public final class EvidenceInventory {

    private final Map<String, EvidenceFile> files;
    private final Map<String, List<Citation>> citations;

    private EvidenceInventory(Map<String, EvidenceFile> files, Map<String, List<Citation>> citations) {
        this.files = Collections.unmodifiableMap(files);
        this.citations = Collections.unmodifiableMap(citations);
    }

    /** One place a file is cited: the criterion and the document. */
    public record Citation(String code, EvidenceDocument document) {
    }

    public static EvidenceInventory of(Assessment assessment) {
        Map<String, EvidenceFile> files = new LinkedHashMap<>();
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        List<Entry> ordered = new ArrayList<>();
        for (CriterionNode node : assessment.criteria().nodes()) {
            Entry entry = assessment.entries().get(node.code());
            if (entry != null) {
                ordered.add(entry);
            }
        }
        for (Entry entry : assessment.entries().values()) {
            if (assessment.criteria().find(entry.code()).isEmpty()) {
                ordered.add(entry);
            }
        }
        for (Entry coded : ordered) {
            for (EvidenceDocument document : coded.evidence()) {
                EvidenceFile file = document.file();
                if (file != null) {
                    files.putIfAbsent(file.sha256(), file);
                    citations.computeIfAbsent(file.sha256(), k -> new ArrayList<>())
                            .add(new Citation(coded.code(), document));
                }
            }
        }
        return new EvidenceInventory(files, citations);
    }

    /** Distinct files by hash, in the order of the criteria that first cite them. */
    public Map<String, EvidenceFile> files() {
        return files;
    }

    public List<Citation> citations(String sha256) {
        return citations.getOrDefault(sha256, List.of());
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(EvidenceFile::size).sum();
    }

    /**
     * Refuses adding {@code file} when the workbook would then exceed its evidence limits (a file already in the
     * workbook always fits: it is kept once).
     *
     * @throws InvalidInputException naming the limit
     */
    public void checkRoomFor(EvidenceFile file) {
        if (files.containsKey(file.sha256())) {
            return;
        }
        if (files.size() + 1 > EvidenceLimits.MAX_FILES) {
            throw new InvalidInputException("evidence.rule.tooManyFiles", files.size() + 1,
                    EvidenceLimits.MAX_FILES);
        }
        long total = totalBytes() + file.size();
        if (total > EvidenceLimits.MAX_WORKBOOK_BYTES) {
            throw new InvalidInputException("evidence.rule.workbookTooLarge", EvidenceLimits.megabytes(total),
                    EvidenceLimits.megabytes(EvidenceLimits.MAX_WORKBOOK_BYTES));
        }
    }
}
