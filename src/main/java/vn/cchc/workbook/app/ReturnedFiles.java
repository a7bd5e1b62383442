package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.interchange.JsonCheck;

/**
 * A returned .cchc against the local copy of its workbook: what the other side changed since the copy this program
 * has (shown before the file is accepted), and the earlier rounds kept each time a returned file was accepted, to be
 * looked at again read-only. Call off the JavaFX thread.
 */
public final class ReturnedFiles {

    private final WorkbookStore store;

    public ReturnedFiles(WorkbookStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A returned file compared with the local copy.
     *
     * @param here         the local copy, as it is now
     * @param received     the file's copy
     * @param changes      what the file changes in the local copy, criteria in printed order
     * @param hereUnsaved  whether the local copy has changes not written to any file since it was sent
     */
    public record Comparison(Path file, Assessment here, Assessment received, List<AssessmentChanges.Change> changes,
                             boolean hereUnsaved) {
        public Comparison {
            changes = List.copyOf(changes);
        }
    }

    /** One earlier round: the local copy a returned file replaced, when, and the file that replaced it. */
    public record Round(long id, Instant keptAt, String label, int sizeBytes) {
    }

    /**
     * Reads {@code file} (fully checked, evidence not unpacked) and compares it with the local copy of its workbook.
     *
     * @return empty when the store has no copy of the file's workbook (opening it is then a plain import)
     * @throws CchcFileException when the file is refused; the message names the file and the problem
     */
    public Optional<Comparison> compare(Path file) {
        Assessment received = CchcFile.read(file);
        Optional<Assessment> here = store.loadAssessment(received.id());
        return here.map(local -> new Comparison(file, local, received, AssessmentChanges.between(local, received),
                store.hasUnsavedChanges(local.id())));
    }

    /**
     * Accepts the returned file: its copy replaces the local one, which is kept as an earlier round, in one
     * transaction; its evidence files are taken in after they passed every check.
     *
     * @return the workbook's id
     */
    public String accept(Path file) {
        return new WorkbookFiles(store).open(file, OnConflict.REPLACE);
    }

    /** The earlier rounds of a workbook, oldest first. */
    public List<Round> rounds(String assessmentId) {
        return store.earlierRounds(assessmentId).stream()
                .map(r -> new Round(r.id(), r.keptAt(), r.label(), r.sizeBytes())).toList();
    }

    /**
     * One earlier round, to be looked at read-only.
     *
     * @throws CchcFileException when the round is gone or its kept copy cannot be read (named in the message)
     */
    public Assessment round(Round round) {
        byte[] data = store.earlierRoundData(round.id())
                .orElseThrow(() -> new CchcFileException("exchange.round.missing", round.label()));
        JsonCheck<Assessment> check = AssessmentJson.check(data);
        if (!check.isValid()) {
            throw new CchcFileException("exchange.round.unreadable", round.label());
        }
        return check.value();
    }
}
