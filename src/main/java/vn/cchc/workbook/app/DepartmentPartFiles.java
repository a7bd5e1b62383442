package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.interchange.CchcManifest;

/**
 * Department parts from the window: sending a department (or officer) the criteria it answers for as a .cchc of its
 * own, with or without their evidence, and taking a returned part back into the workbook, with its evidence files,
 * conflicts settled one by one and never overwritten silently. Call off the JavaFX thread.
 */
public final class DepartmentPartFiles {

    private final WorkbookStore store;

    public DepartmentPartFiles(WorkbookStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A department that answers for at least one criterion, and how many. */
    public record Choice(Department department, int criteria) {
    }

    /** The departments a part can be sent to: those answering for at least one criterion, in the workbook's order. */
    public static List<Choice> departments(Assessment workbook) {
        List<Choice> choices = new ArrayList<>();
        for (Department department : workbook.departments()) {
            int criteria = DepartmentParts.codesOf(workbook, department.id()).size();
            if (criteria > 0) {
                choices.add(new Choice(department, criteria));
            }
        }
        return choices;
    }

    /** What was sent: to whom, how many criteria, how many evidence files went with them. */
    public record Sent(String departmentName, int criteria, int evidenceFiles) {
    }

    /**
     * Saves the part of {@code departmentId} to {@code file} (atomically), with the part as sent kept inside for
     * the merge.
     *
     * @param withEvidence also carry the evidence files its criteria cite (all must be kept here)
     * @throws UserFacingException when the department answers for no criterion, a cited file is not kept here, or
     *                             the file cannot be written
     */
    public Sent send(String assessmentId, String departmentId, Path file, boolean withEvidence) {
        Assessment workbook = store.loadAssessment(assessmentId)
                .orElseThrow(() -> new CchcFileException("cchc.open.notInStore", assessmentId));
        Department department = DepartmentParts.department(workbook, departmentId);
        Assessment part = DepartmentParts.split(workbook, department);
        List<String> codes = DepartmentParts.codesOf(workbook, department.id());
        CchcManifest.PartOf partOf = new CchcManifest.PartOf(workbook.id(), department.id(), department.name(),
                codes);
        int files = EvidenceInventory.of(part).files().size();
        if (withEvidence && files > 0) {
            CchcEvidence.writePart(part, part, partOf, file, new WorkbookFiles(store).evidenceSource());
        } else {
            CchcFile.writePart(part, part, partOf, file);
        }
        return new Sent(department.name(), codes.size(), withEvidence ? files : 0);
    }

    /**
     * A returned part read against the workbook as it is now.
     *
     * @param preview the merge with no conflict settled: what it would apply, its conflicts and outside edits
     */
    public record Received(Path file, CchcManifest.PartOf partOf, Assessment origin, Assessment part,
                           DepartmentParts.MergeResult preview) {
    }

    /**
     * Reads a returned part (fully checked; its evidence is not unpacked yet) and compares it with {@code workbook}.
     *
     * @throws UserFacingException when the file is not a part, is refused, or belongs to another workbook
     */
    public Received read(Path partFile, Assessment workbook) {
        CchcFile.PartContents contents = CchcFile.readPart(partFile);
        if (!contents.partOf().assessmentId().equals(workbook.id())) {
            throw new UserFacingException("evidence.part.notThisWorkbook", String.valueOf(partFile.getFileName()),
                    workbook.unit().name());
        }
        Assessment part = contents.contents().assessment();
        return new Received(partFile, contents.partOf(), contents.origin(), part,
                DepartmentParts.merge(workbook, contents.origin(), part, contents.partOf().codes(),
                        DepartmentParts.Resolution.NONE));
    }

    /**
     * Takes a returned part into {@code workbook}: its evidence files (each checked, taken only when all passed),
     * then the entries the merge gives with the conflicts settled by {@code resolve}. Nothing is taken while a
     * conflict is unsettled or the part changed something outside its criteria.
     *
     * @return the workbook's entries as merged (only those that differ from now), for the session to apply as one
     *         undoable step
     * @throws UserFacingException naming what is unsettled or refused
     */
    public List<Entry> merge(Path partFile, Assessment workbook,
                             Function<DepartmentParts.Conflict, DepartmentParts.Resolution> resolve) {
        EvidenceFolder folder = store.evidenceFolder();
        Path staging = folder.newStagingFolder();
        try {
            CchcEvidence.Received received = CchcEvidence.receive(partFile, staging);
            Received part = read(partFile, workbook);
            DepartmentParts.MergeResult result = DepartmentParts.merge(workbook, part.origin(), part.part(),
                    part.partOf().codes(), resolve);
            if (!result.canMerge()) {
                throw new UserFacingException("exchange.part.unsettled", result.conflicts().size(),
                        result.outside().size());
            }
            Map<String, EvidenceFile> cited = EvidenceInventory.of(received.contents().assessment()).files();
            received.staged().forEach((sha256, staged) -> folder.adopt(staged, cited.get(sha256)));
            List<Entry> changed = new ArrayList<>();
            for (String code : part.partOf().codes()) {
                Entry merged = result.merged().entry(code);
                if (!merged.equals(workbook.entry(code))) {
                    changed.add(merged);
                }
            }
            return changed;
        } finally {
            folder.discard(staging);
        }
    }

    /**
     * The part an assessment is, when it was opened from (or last saved to) a department's part file: its editing
     * is then limited to the part's criteria. Empty for a whole workbook, or when that file is gone or unreadable.
     */
    public Optional<PartLimit> limitOf(String assessmentId) {
        return store.savedFile(assessmentId).flatMap(file -> {
            try {
                CchcManifest manifest = CchcFile.readManifest(file);
                if (manifest.partOf() == null || !manifest.assessmentId().equals(assessmentId)) {
                    return Optional.empty();
                }
                return Optional.of(new PartLimit(manifest.partOf().codes(), manifest.partOf().departmentName()));
            } catch (CchcFileException unreadable) {
                return Optional.empty();
            }
        });
    }
}
