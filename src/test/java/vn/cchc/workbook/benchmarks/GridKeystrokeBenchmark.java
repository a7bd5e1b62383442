package vn.cchc.workbook.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.ui.scoring.ScoringRow;
import vn.cchc.workbook.ui.scoring.ScoringView;
import vn.cchc.workbook.ui.scoring.ScoringViewModel;

/**
 * Keystroke to totals on screen in the real scoring view: for each sample, a digit is typed into a Tự đánh giá cell
 * and Enter pressed (the cell opens, the value is checked, stored in H2 with its disk sync, the assessment re-scored
 * and the view refreshed), and the clock stops at the first pulse whose layout shows the new total. Run on the bundled
 * commune set (120 nodes) and on a generated 1,010-node set. Not a test: scripts/bench-grid.sh runs it and prints
 * the median, 90th percentile and maximum.
 */
public final class GridKeystrokeBenchmark {

    private static final int WARM_UP = 20;
    private static final int SAMPLES = 60;

    private GridKeystrokeBenchmark() {
    }

    public static void main(String[] args) {
        try {
            measure();
        } catch (Exception | Error failed) {
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Each set closes its window; the runtime must outlive the first one.
        Platform.setImplicitExit(false);
        Path folder = Files.createTempDirectory("cchc-grid-bench");
        System.out.println("set,nodes,leaves,samples,median-ms,p90-ms,max-ms");
        run("commune-sample", BundledData.sampleAssessment().withId(UUID.randomUUID().toString()),
                folder.resolve("a"));
        run("generated-1010", generated(), folder.resolve("b"));
        Platform.exit();
        System.exit(0);
    }

    private static void run(String name, Assessment assessment, Path folder) throws Exception {
        WorkbookStore store = H2WorkbookStore.open(folder);
        try {
            Assessment unlocked = assessment.withLocked(false);
            store.createAssessment(unlocked);
            EditSession session = new EditSession(store, unlocked);
            Bench bench = onFx(() -> new Bench(session));
            List<String> leaves = unlocked.criteria().leaves().stream()
                    .filter(n -> n.rule() instanceof ScoringRule.Manual)
                    .filter(n -> !unlocked.entry(n.code()).notApplicable())
                    .map(CriterionNode::code).toList();
            double[] times = new double[SAMPLES];
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                String code = leaves.get(i % leaves.size());
                // Always a different value from the one stored, so every keystroke is an edit.
                var stored = session.assessment().entry(code).self();
                boolean zero = stored instanceof vn.cchc.workbook.domain.criteria.RuleInput.PointsInput p
                        && p.points().signum() == 0;
                String value = zero ? vn.cchc.workbook.domain.text.Points.formatShort(
                        unlocked.criteria().node(code).maxPoints()) : "0";
                double ms = bench.keystroke(code, value);
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = ms;
                }
                if (session.assessment().entry(code).self() == null) {
                    throw new IllegalStateException("the keystrokes did not store a score on " + code);
                }
                // The clerk moves to the next cell meanwhile: the writer finishes, outside the measured time.
                session.requireWritten();
            }
            Arrays.sort(times);
            System.out.printf(java.util.Locale.ROOT, "%s,%d,%d,%d,%.1f,%.1f,%.1f%n", name,
                    unlocked.criteria().nodes().size(), unlocked.criteria().leaves().size(), SAMPLES,
                    times[SAMPLES / 2], times[(int) (SAMPLES * 0.9)], times[SAMPLES - 1]);
            onFx(() -> {
                bench.stage.close();
                return null;
            });
        } finally {
            store.close();
        }
    }

    /** The view in a 1366×768 window, and one measured keystroke. */
    private static final class Bench {
        final Stage stage = new Stage();
        final ScoringViewModel model;
        final ScoringView view;
        final TreeTableView<ScoringRow> table;
        final Label total;

        @SuppressWarnings("unchecked")
        Bench(EditSession session) {
            model = new ScoringViewModel(session);
            view = new ScoringView(model, path -> { });
            stage.setScene(new Scene(new StackPane(view.getRoot()), 1366, 768));
            stage.show();
            table = (TreeTableView<ScoringRow>) view.getRoot().lookup(".score-table");
            total = (Label) view.getRoot().lookup("#totals-self");
        }

        double keystroke(String code, String value) throws Exception {
            CountDownLatch shown = new CountDownLatch(1);
            long[] start = new long[1];
            long[] end = new long[1];
            Platform.runLater(() -> {
                int row = rowOf(code);
                TreeTableColumn<ScoringRow, ?> self = table.getColumns().stream()
                        .filter(c -> "column-self".equals(c.getId())).findFirst().orElseThrow();
                table.scrollTo(Math.max(0, row - 3));
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(row, self);
                table.getFocusModel().focus(row, self);
                table.layout();
                int before = model.revisionProperty().get();
                Scene scene = stage.getScene();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (model.revisionProperty().get() > before && end[0] == 0) {
                        end[0] = System.nanoTime();
                        scene.removePostLayoutPulseListener(listener[0]);
                        shown.countDown();
                    }
                };
                start[0] = System.nanoTime();
                for (char c : value.toCharArray()) {
                    Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                            KeyCode.UNDEFINED, false, false, false, false));
                }
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                        false, false, false, false));
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            if (!shown.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the total never showed for " + code);
            }
            return (end[0] - start[0]) / 1_000_000.0;
        }

        private int rowOf(String code) {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                TreeItem<ScoringRow> item = table.getTreeItem(i);
                if (item.getValue().code().equals(code)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    /** 10 fields × 10 criteria × 9 sub-criteria (1,010 nodes), 0,1 points each leaf, typed as points. */
    static Assessment generated() {
        List<CriterionNode> fields = new ArrayList<>();
        ScoringRule rule = new ScoringRule.Manual(new BigDecimal("0.05"));
        for (int f = 1; f <= 10; f++) {
            List<CriterionNode> criteria = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                List<CriterionNode> leaves = new ArrayList<>();
                for (int l = 1; l <= 9; l++) {
                    leaves.add(CriterionNode.leaf(f + "." + c + "." + l, "Tiêu chí thành phần " + f + "." + c + "." + l,
                            new BigDecimal("0.1"), rule));
                }
                criteria.add(CriterionNode.parent(f + "." + c, "Tiêu chí " + f + "." + c, new BigDecimal("0.9"),
                        leaves));
            }
            fields.add(CriterionNode.parent(Integer.toString(f), "Lĩnh vực " + f, new BigDecimal("9.0"), criteria));
        }
        CriteriaSet set = new CriteriaSet("bench-1010", "Bộ tiêu chí đo tốc độ (1.010 mục)",
                new IssuingDecision("1/QĐ-UBND", LocalDate.of(2024, 1, 2), "UBND tỉnh"), UnitLevel.COMMUNE, 2024, "1",
                fields);
        return Assessment.start(new AssessedUnit("Xã đo tốc độ", UnitLevel.COMMUNE, "UBND huyện", "Xã đo tốc độ"),
                Period.FIRST_HALF, 2024, set, List.of(Department.named("Công chức Văn phòng - Thống kê")));
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
