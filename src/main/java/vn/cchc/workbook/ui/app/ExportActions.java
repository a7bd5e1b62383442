package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.reports.ExcelExporter;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.documents.DocumentsWindow;
import vn.cchc.workbook.ui.reports.ExportDialog;
import vn.cchc.workbook.ui.reports.ExportViewModel;

/** "Xuất Excel…": the appendices of the open workbook as an .xlsx file. */
public final class ExportActions {

    private final AppServices services;
    private final MainWindowModel model;
    private final DialogService dialogs;
    private final Window owner;
    private final SystemViewer viewer;
    private DocumentsWindow documentsWindow;

    ExportActions(AppServices services, MainWindowModel model, DialogService dialogs, Window owner,
                  SystemViewer viewer) {
        this.services = services;
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.viewer = viewer;
        // The document window belongs to the workbook it was opened for: closing or changing it closes the window.
        model.sessionProperty().addListener((observable, old, now) -> {
            if (documentsWindow != null && (now == null || documentsWindow.model().session() != now)) {
                documentsWindow.close();
                documentsWindow = null;
            }
        });
    }

    /** "Xuất Excel…": the options dialog, the file chooser, then the export off the JavaFX thread. */
    public void exportExcel() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        Assessment assessment = session.assessment();
        ExportDialog dialog = new ExportDialog(owner, new ExportViewModel(assessment, session.scorecard()));
        Optional<ExportOptions> options = dialog.showAndWait();
        if (dialog.documentsRequested()) {
            composeDocuments();
            return;
        }
        if (options.isEmpty()) {
            return;
        }
        Path folder = services.settings().lastDirectory().orElse(null);
        dialogs.chooseFileToSave(Messages.get("ui.export.saveTitle"), DialogService.FileKind.EXCEL, folder,
                ExcelExporter.suggestedFileName(assessment, options.get())).ifPresent(file ->
                Tasks.create(() -> {
                    // What is exported must also be stored: wait for the writer (it says so when it cannot store).
                    session.requireWritten();
                    new ExcelExporter().export(assessment, options.get(), file);
                })
                        .busy(model, Messages.get("ui.busy.exporting", file.getFileName()))
                        .onSuccess(done -> {
                            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
                            dialogs.offerToOpen(file, viewer::open);
                        }).onError(dialogs::showError).start());
    }

    /**
     * Tệp → Soạn văn bản…: the letter, the report and the plan of the open workbook in a window of their own (one,
     * brought to the front again), edited and then written as Word files.
     */
    public void composeDocuments() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        if (documentsWindow != null && documentsWindow.model().session() != session) {
            documentsWindow.close();
            documentsWindow = null;
        }
        if (documentsWindow == null || !documentsWindow.stage().isShowing()) {
            documentsWindow = new DocumentsWindow(owner, session,
                    () -> services.settings().lastDirectory().orElse(null), viewer::open, null);
        }
        documentsWindow.show();
    }

    /** The document window when one is open (for tests). */
    public Optional<DocumentsWindow> documentsWindow() {
        return Optional.ofNullable(documentsWindow);
    }
}
