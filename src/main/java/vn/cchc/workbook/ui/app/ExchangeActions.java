package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.stage.Window;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.DepartmentPartFiles;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.app.ReturnedFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.reports.ChangeListExport;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.exchange.ChangesWindow;
import vn.cchc.workbook.ui.exchange.EarlierRoundsDialog;
import vn.cchc.workbook.ui.exchange.PartMergeDialog;
import vn.cchc.workbook.ui.exchange.PartMergeViewModel;
import vn.cchc.workbook.ui.exchange.SendPartDialog;
import vn.cchc.workbook.ui.exchange.ReturnedFileDialog;

/**
 * The exchange of a workbook by email in the window: a returned file shown as what changed before it is taken,
 * the earlier rounds kept each time one was accepted ("Các vòng trước"), and the printable list of changes.
 */
public final class ExchangeActions {

    private final AppServices services;
    private final MainWindowModel model;
    private final DialogService dialogs;
    private final Window owner;
    private final SystemViewer viewer;
    /** Whether the last part was sent with its evidence: the next one offers the same. */
    private boolean lastPartWithEvidence = true;

    ExchangeActions(AppServices services, MainWindowModel model, DialogService dialogs, Window owner,
                    SystemViewer viewer) {
        this.services = services;
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.viewer = viewer;
    }

    /**
     * A returned file whose workbook is here: compares it with the local copy (off the JavaFX thread), shows what
     * changed, and hands the choice to {@code chosen} (nothing changed when the file is refused).
     */
    void askAboutReturnedFile(Path file, Consumer<ReturnedFileDialog.Choice> chosen) {
        EditSession open = model.session();
        Tasks.create(() -> {
            // The local copy is read from the store: the open workbook's edits must be there first.
            if (open != null && !model.isPreview()) {
                open.requireWritten();
            }
            return services.returnedFiles().compare(file);
        })
                .busy(model, Messages.get("ui.busy.reading", file.getFileName()))
                .onSuccess(comparison -> {
                    if (comparison.isEmpty()) {
                        // Deleted meanwhile: a plain import.
                        chosen.accept(ReturnedFileDialog.Choice.KEEP_BOTH);
                        return;
                    }
                    ReturnedFiles.Comparison c = comparison.get();
                    String name = file.getFileName().toString();
                    ReturnedFileDialog dialog = new ReturnedFileDialog(owner, name, c.changes(), c.hereUnsaved(),
                            shown -> print(c.received(), Messages.get("exchange.export.sourceFile", name), shown));
                    chosen.accept(dialog.showAndWait());
                }).onError(dialogs::showError).start();
    }

    /** Tệp → "Các vòng trước…": the earlier copies of the open workbook, one opened read-only or compared. */
    public void earlierRounds() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        Assessment now = session.assessment();
        Tasks.create(() -> services.returnedFiles().rounds(now.id())).onSuccess(rounds ->
                new EarlierRoundsDialog(owner, model.documentName(), rounds).showAndWait().ifPresent(choice ->
                        Tasks.create(() -> services.returnedFiles().round(choice.round()))
                                .busy(model, Messages.get("ui.busy.opening"))
                                .onSuccess(earlier -> {
                                    String when = VietnameseDates.format(choice.round().keptAt());
                                    if (choice.action() == EarlierRoundsDialog.Action.VIEW) {
                                        model.openReadOnly(earlier, Messages.get("exchange.rounds.viewing", when));
                                    } else {
                                        List<Change> changes = AssessmentChanges.between(earlier, now);
                                        new ChangesWindow(owner, Messages.get("exchange.rounds.compareTitle"),
                                                Messages.get("exchange.rounds.compareHeading", when, changes.size()),
                                                changes, shown -> print(now,
                                                Messages.get("exchange.export.sourceRound", when), shown)).showAndWait();
                                    }
                                }).onError(dialogs::showError).start()))
                .onError(dialogs::showError).start();
    }

    /**
     * Tệp → "Gửi phần của phòng ban…": the department (or officer) and whether its evidence goes along, where to
     * save, then the part written off the JavaFX thread.
     */
    public void sendPart() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        Assessment workbook = session.assessment();
        List<DepartmentPartFiles.Choice> choices = DepartmentPartFiles.departments(workbook);
        if (choices.isEmpty()) {
            dialogs.showError(Messages.get("exchange.send.none"));
            return;
        }
        new SendPartDialog(owner, choices, department -> EvidenceInventory.of(
                DepartmentParts.split(workbook, department)).files().size(), lastPartWithEvidence)
                .showAndWait().ifPresent(choice -> {
                    lastPartWithEvidence = choice.withEvidence();
                    Path current = model.fileProperty().get();
                    Path folder = current != null ? current.toAbsolutePath().getParent()
                            : services.settings().lastDirectory().orElse(null);
                    String name = WorkbookFiles.clean(Messages.get("exchange.send.fileName",
                            choice.department().name(), workbook.unit().name()));
                    dialogs.chooseFileToSave(Messages.get("exchange.send.saveTitle"), DialogService.FileKind.WORKBOOK,
                            folder, name).ifPresent(file -> Tasks.create(() -> {
                                // The part is cut from the store: every edit must be there first.
                                session.requireWritten();
                                return services.parts().send(workbook.id(), choice.department().id(), file,
                                        choice.withEvidence());
                            })
                            .busy(model, Messages.get("ui.busy.saving", file.getFileName()))
                            .onSuccess(sent -> {
                                services.settings().setLastDirectory(file.toAbsolutePath().getParent());
                                Notices.done(owner, Messages.get("exchange.send.doneTitle"), Messages.get("exchange.send.done",
                                        sent.departmentName(), sent.criteria(), sent.evidenceFiles(),
                                        file.toAbsolutePath()));
                            }).onError(dialogs::showError).start());
                });
    }

    /**
     * Tệp → "Nhận phần…": a department's returned part, shown as changes with its conflicts side by side; merged
     * into the open workbook as one undoable step only when every conflict has a side.
     */
    public void receivePart() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        dialogs.chooseFileToOpen(Messages.get("exchange.receive.openTitle"), DialogService.FileKind.WORKBOOK,
                        services.settings().lastDirectory().orElse(null))
                .ifPresent(file -> {
                    Assessment workbook = session.assessment();
                    Tasks.create(() -> services.parts().read(file, workbook))
                            .busy(model, Messages.get("ui.busy.reading", file.getFileName()))
                            .onSuccess(received -> {
                                services.settings().setLastDirectory(file.toAbsolutePath().getParent());
                                showPart(session, file, received);
                            })
                            .onError(dialogs::showError).start();
                });
    }

    private void showPart(EditSession session, Path file, DepartmentPartFiles.Received received) {
        String department = received.partOf().departmentName();
        PartMergeViewModel merge = new PartMergeViewModel(department, received.preview());
        if (merge.outside().isEmpty() && merge.conflicts().isEmpty() && merge.applied().isEmpty()) {
            dialogs.showInfo(Messages.get("exchange.merge.title"), Messages.get("exchange.merge.nothing", department));
            return;
        }
        String name = file.getFileName().toString();
        boolean accepted = new PartMergeDialog(owner, name, merge, shown -> print(session.assessment(),
                Messages.get("exchange.merge.sourcePart", department, name), shown)).showAndWait();
        if (!accepted || model.session() != session) {
            return;
        }
        Assessment workbook = session.assessment();
        var resolutions = merge.resolutions();
        Tasks.create(() -> {
            session.requireWritten();
            return services.parts().merge(file, workbook, resolutions);
        })
                .busy(model, Messages.get("ui.busy.reading", file.getFileName()))
                .onSuccess(entries -> {
                    if (model.session() != session) {
                        return;
                    }
                    session.applyAll(entries);
                    Notices.done(owner, Messages.get("exchange.merge.doneTitle"),
                            Messages.get("exchange.merge.done", department, entries.size()));
                }).onError(dialogs::showError).start();
    }

    /** "In danh sách…": the changes shown, as an .xlsx laid out for printing, then open it or its folder. */
    void print(Assessment assessment, String source, List<Change> changes) {
        Path folder = services.settings().lastDirectory().orElse(null);
        dialogs.chooseFileToSave(Messages.get("exchange.export.saveTitle"), DialogService.FileKind.EXCEL, folder,
                Messages.get("exchange.export.fileName")).ifPresent(file ->
                Tasks.create(() -> ChangeListExport.write(assessment, source, changes, LocalDate.now(), file))
                        .busy(model, Messages.get("ui.busy.exporting", file.getFileName()))
                        .onSuccess(done -> {
                            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
                            dialogs.offerToOpen(file, viewer::open);
                        }).onError(dialogs::showError).start());
    }
}
