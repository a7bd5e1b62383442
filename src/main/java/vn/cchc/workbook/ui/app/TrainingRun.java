package vn.cchc.workbook.ui.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Platform;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.reports.ExcelExporter;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.reports.ReportKind;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * The training run of the start-up cache ({@code -Dcchc.aotTraining=<folder>}, packaging/common/build-lib.sh and
 * packaging/windows/build.ps1): what a clerk's first minute loads, done once at build time so that the JVM's
 * ahead-of-time cache holds it. The window opens the bundled sample as a first start does, one score is changed and
 * undone, every table is exported to an .xlsx in {@code folder}, and the program ends normally (the JVM writes the
 * cache at its exit). Prints "aot-training-done" when all of it worked; on a failure it prints the reason and ends
 * with exit code 1, so a build does not ship a cache trained on half a run.
 */
final class TrainingRun {

    static final String PROPERTY = "cchc.aotTraining";

    private TrainingRun() {
    }

    static Optional<Path> folder() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Waits for the sample to be opened from the store, then scores, exports and ends. */
    static void start(MainWindow window, Path folder) {
        window.model().sessionProperty().addListener((observable, old, session) -> {
            if (session != null && !window.model().isPreview()) {
                Platform.runLater(() -> scoreAndExport(session, folder));
            }
        });
    }

    private static void scoreAndExport(EditSession session, Path folder) {
        try {
            Entry scored = session.assessment().entries().values().stream()
                    .filter(entry -> entry.self() instanceof RuleInput.PointsInput)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the sample has no typed score to change"));
            session.apply(scored.withSelf(new RuleInput.PointsInput(BigDecimal.ZERO)));
            session.undo();
        } catch (RuntimeException failed) {
            fail(failed);
            return;
        }
        Path target = folder.resolve("aot-training.xlsx");
        ExportOptions everything = ExportOptions.builder().reports(ReportKind.values()).build();
        Tasks.create(() -> {
            new ExcelExporter().export(session.assessment(), everything, target);
            return target;
        }).onSuccess(done -> {
            System.out.println("aot-training-done " + done);
            Platform.exit();
        }).onError(TrainingRun::fail).start();
    }

    private static void fail(Throwable failed) {
        System.out.println("aot-training-failed " + failed);
        System.out.flush();
        System.exit(1);
    }
}
