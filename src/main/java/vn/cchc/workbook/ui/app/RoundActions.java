package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.RoundChecks;
import vn.cchc.workbook.domain.assessment.RoundFileName;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.rounds.MissingDialog;
import vn.cchc.workbook.ui.rounds.RoundsDialog;
import vn.cchc.workbook.ui.rounds.RoundsViewModel;
import vn.cchc.workbook.ui.rounds.SendStepDialog;
import vn.cchc.workbook.ui.rounds.SendStepViewModel;

/**
 * The rounds from the window: "Gửi …" records the step and saves the .cchc for it (with or without evidence, named
 * for the step), "Còn thiếu…" lists what the next step misses and goes to a criterion, "Vòng thẩm định và hạn nộp…"
 * shows the history and takes the side and deadlines. A step whose file cannot be written is taken back.
 */
public final class RoundActions {

    private final AppServices services;
    private final MainWindowModel model;
    private final DialogService dialogs;
    private final Window owner;
    private final Supplier<ScoringPane> pane;
    private final Runnable changed;

    RoundActions(AppServices services, MainWindowModel model, DialogService dialogs, Window owner,
                 Supplier<ScoringPane> pane, Runnable changed) {
        this.services = services;
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.pane = pane;
        this.changed = changed;
    }

    /** Ctrl+Shift+G: the step this copy makes next (the usual one first), or why there is none. */
    public void sendNext() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        List<Stage> allowed = session.assessment().allowedSteps();
        if (allowed.isEmpty()) {
            Stage next = session.assessment().stage().usualNext().orElse(null);
            dialogs.showError(next == null ? Messages.get("roundsui.missing.closed")
                    : Messages.get("rounds.step.otherSide", Messages.get(next.actionKey()),
                    Messages.get(session.assessment().rounds().side().messageKey())));
            return;
        }
        send(allowed.get(0));
    }

    /** "Gửi thẩm định…", "Gửi kết quả thẩm định…", …, "Chốt kết quả…". */
    public void send(Stage step) {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        Assessment assessment = session.assessment();
        LocalDate today = LocalDate.now();
        try {
            assessment.withStep(new RoundStep(step, today, "", ""));
        } catch (InvalidInputException refused) {
            dialogs.showError(refused.getMessage());
            return;
        }
        String id = assessment.id();
        boolean evidenceHere = services.files().hasAllEvidence(id);
        SendStepViewModel form = new SendStepViewModel(assessment, step, today, evidenceHere,
                RoundChecks.forNextStep(assessment).size());
        Optional<RoundStep> made = new SendStepDialog(owner, form).showAndWait();
        if (made.isEmpty()) {
            return;
        }
        boolean withEvidence = evidenceHere && form.withEvidenceProperty().get();
        long partLimit = 0;
        if (withEvidence) {
            CchcEvidence.SaveEstimate estimate = services.files().estimate(id, true);
            if (estimate.aboveMailLimit()) {
                int parts = CchcEvidence.partsNeeded(assessment, CchcEvidence.PART_TARGET_BYTES);
                DialogService.EvidenceSaveChoice choice = dialogs.askEvidenceSave(Messages.get(
                        "evidence.ui.save.aboveLimit", estimate.files(),
                        WorkbookActions.megabytes(estimate.totalBytes()),
                        WorkbookActions.megabytes(CchcEvidence.MAIL_LIMIT_BYTES), parts), parts);
                if (choice == DialogService.EvidenceSaveChoice.CANCEL) {
                    return;
                }
                partLimit = choice == DialogService.EvidenceSaveChoice.PARTS ? CchcEvidence.PART_TARGET_BYTES : 0;
            }
        }
        Path current = model.fileProperty().get();
        Path folder = current != null ? current.toAbsolutePath().getParent()
                : services.settings().lastDirectory().orElse(null);
        Optional<Path> chosen = dialogs.chooseFileToSave(Messages.get("roundsui.send.chooserTitle"),
                DialogService.FileKind.WORKBOOK, folder, RoundFileName.of(assessment, step, made.get().date()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        Assessment before;
        try {
            before = session.recordStep(made.get());
        } catch (RuntimeException refused) {
            dialogs.showError(refused);
            return;
        }
        long parts = partLimit;
        Tasks.create(() -> {
            // The step's file is written from the store: every edit (and the step) must be there first.
            session.requireWritten();
            if (withEvidence) {
                services.files().saveWithEvidence(id, file, parts);
            } else {
                services.files().save(id, file);
            }
        }).busy(model, Messages.get("ui.busy.saving", file.getFileName())).onSuccess(done -> {
            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
            model.update();
            changed.run();
            refreshPane();
            Notices.done(owner, Messages.get("roundsui.send.done.title"), Messages.get("roundsui.send.done",
                    Messages.get(step.actionKey()), file.getFileName(), file.toAbsolutePath().getParent()));
        }).onError(error -> {
            try {
                session.takeBackStep(before);
            } catch (RuntimeException alsoFailed) {
                error.addSuppressed(alsoFailed);
            }
            refreshPane();
            dialogs.showError(Messages.get("roundsui.send.failed", Messages.get(step.actionKey()), error.getMessage()));
        }).start();
    }

    /** "Còn thiếu…": the list; Enter on a line goes to that criterion. */
    public void showMissing() {
        EditSession session = model.session();
        if (session == null) {
            return;
        }
        new MissingDialog(owner, session.assessment()).showAndWait().ifPresent(code -> {
            ScoringPane scoring = pane.get();
            if (scoring != null) {
                scoring.reveal(code);
                scoring.focusSelected();
            }
        });
    }

    /** "Vòng thẩm định và hạn nộp…": read only once the result is fixed. */
    public void showRounds() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        boolean editable = session.assessment().stage() != Stage.CLOSED;
        new RoundsDialog(owner, new RoundsViewModel(session), LocalDate.now(), editable).showAndWait();
        model.update();
        refreshPane();
        changed.run();
    }

    private void refreshPane() {
        ScoringPane scoring = pane.get();
        if (scoring != null) {
            scoring.refresh();
        }
    }
}
