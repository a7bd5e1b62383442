package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.stage.Window;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.ReturnedFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.reports.ChangeListExport;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.common.Texts;
import vn.cchc.workbook.ui.exchange.ChangesWindow;
import vn.cchc.workbook.ui.exchange.EarlierRoundsDialog;
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
        Tasks.create(() -> services.returnedFiles().compare(file))
                .busy(model, Texts.t("ui.busy.reading", file.getFileName()))
                .onSuccess(comparison -> {
                    if (comparison.isEmpty()) {
                        // Deleted meanwhile: a plain import.
                        chosen.accept(ReturnedFileDialog.Choice.KEEP_BOTH);
                        return;
                    }
                    ReturnedFiles.Comparison c = comparison.get();
                    String name = file.getFileName().toString();
                    ReturnedFileDialog dialog = new ReturnedFileDialog(owner, name, c.changes(), c.hereUnsaved(),
                            shown -> print(c.received(), Texts.t("exchange.export.sourceFile", name), shown));
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
                                .busy(model, Texts.t("ui.busy.opening"))
                                .onSuccess(earlier -> {
                                    String when = Texts.dateTime(choice.round().keptAt());
                                    if (choice.action() == EarlierRoundsDialog.Action.VIEW) {
                                        model.openReadOnly(earlier, Texts.t("exchange.rounds.viewing", when));
                                    } else {
                                        List<Change> changes = AssessmentChanges.between(earlier, now);
                                        new ChangesWindow(owner, Texts.t("exchange.rounds.compareTitle"),
                                                Texts.t("exchange.rounds.compareHeading", when, changes.size()),
                                                changes, shown -> print(now,
                                                Texts.t("exchange.export.sourceRound", when), shown)).showAndWait();
                                    }
                                }).onError(dialogs::showError).start()))
                .onError(dialogs::showError).start();
    }

    /** "In danh sách…": the changes shown, as an .xlsx laid out for printing, then open it or its folder. */
    void print(Assessment assessment, String source, List<Change> changes) {
        Path folder = services.settings().lastDirectory().orElse(null);
        dialogs.chooseFileToSave(Texts.t("exchange.export.saveTitle"), DialogService.FileKind.EXCEL, folder,
                Texts.t("exchange.export.fileName")).ifPresent(file ->
                Tasks.create(() -> ChangeListExport.write(assessment, source, changes, LocalDate.now(), file))
                        .busy(model, Texts.t("ui.busy.exporting", file.getFileName()))
                        .onSuccess(done -> {
                            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
                            switch (dialogs.askAfterExport(file)) {
                                case OPEN_FILE -> viewer.open(file);
                                case OPEN_FOLDER -> viewer.open(file.toAbsolutePath().getParent());
                                case CLOSE -> { }
                            }
                        }).onError(dialogs::showError).start());
    }
}
