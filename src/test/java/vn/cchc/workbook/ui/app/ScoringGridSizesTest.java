package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.ui.look.Truncation;

/**
 * The scoring view with the sample workbook at the sizes a commune's PC shows it: 1366×768 and 1280×720 maximised
 * (a 1600×900 screen at 125 %), and the main window's minimum, 960×600. At each size every column of the grid, its
 * header and its cells lie inside the grid's visible area (JavaFX's constrained policy lays columns that do not fit
 * past the edge, where nobody can see or reach them), no figure or header is cut to "…", the detail pane stays in
 * sight with room to type, and the totals line under the grid shows every figure: on one line at 1366, on at most two
 * at 960, without taking height from the grid at the larger sizes.
 */
class ScoringGridSizesTest extends AppWindowTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    /** The detail pane's least usable width: a label and a field side by side. */
    private static final double DETAIL_MIN = 280;

    private static final List<String> FIGURES = List.of("totals-self", "totals-appraised", "totals-deduction",
            "totals-index", "totals-unscored");

    @Test
    void everyColumnTheDetailPaneAndTheTotalsAreInSightAtEachSize(FxRobot robot) throws IOException {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        double width = stage.getWidth();
        double height = stage.getHeight();
        List<String> faults = new ArrayList<>();
        try {
            faults.addAll(lookAt(robot, 1366, 768, 1));
            faults.addAll(lookAt(robot, 1280, 720, 2));
            faults.addAll(lookAt(robot, 960, 600, 2));
            // And back: the grid takes its room again once the window grows.
            faults.addAll(lookAt(robot, 1366, 768, 1));
        } finally {
            // The primary stage is shared with the next test classes, which set a scene but not a size.
            fx(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
        assertThat(faults).isEmpty();
    }

    private List<String> lookAt(FxRobot robot, double width, double height, int totalsLines) throws IOException {
        String size = (int) width + "x" + (int) height;
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> Math.abs(stage.getScene().getWidth() - width) < 1);
        // A row with a long opinion and department names, selected as a clerk would select it; then the row with
        // the longest code, deepest in the tree column.
        String longest = session().assessment().criteria().leaves().stream()
                .map(vn.cchc.workbook.domain.criteria.CriterionNode::code)
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        List<String> faults = new ArrayList<>();
        for (String code : List.of("1.4.1", longest)) {
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.G)
                    .release(javafx.scene.input.KeyCode.CONTROL).write(code).type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            AtomicReference<WritableImage> image = new AtomicReference<>();
            fx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                check(size + " at " + code, totalsLines, faults);
                image.set(stage.getScene().snapshot(null));
            });
            Path folder = Path.of("target", "ui-look");
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png",
                    folder.resolve("scoring-grid-" + size + "-" + code + ".png").toFile());
        }
        return faults;
    }

    private void check(String size, int totalsLines, List<String> faults) {
        Node root = stage.getScene().getRoot();
        double sceneWidth = stage.getScene().getWidth();
        @SuppressWarnings("unchecked")
        TreeTableView<?> table = (TreeTableView<?>) root.lookup(".score-table");
        Bounds grid = table.localToScene(table.getLayoutBounds());
        // The grid's visible area: inside the window, less the vertical scroll bar when it shows.
        double right = Math.min(grid.getMaxX() - table.snappedRightInset(), sceneWidth);
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scroll && scroll.isVisible() && scroll.getOrientation() == Orientation.VERTICAL) {
                right = Math.min(right, scroll.localToScene(scroll.getLayoutBounds()).getMinX());
            }
            if (bar instanceof ScrollBar scroll && scroll.isVisible()
                    && scroll.getOrientation() == Orientation.HORIZONTAL) {
                faults.add(size + ": the grid scrolls sideways");
            }
        }
        double left = grid.getMinX() + table.snappedLeftInset();
        StringBuilder widths = new StringBuilder();
        for (TreeTableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            widths.append(column.getId()).append('=').append(Math.round(column.getWidth())).append(' ');
            Node header = table.lookup("#" + column.getId());
            if (header == null) {
                faults.add(size + ": no header for " + column.getId());
                continue;
            }
            Bounds shown = header.localToScene(header.getLayoutBounds());
            if (shown.getMinX() < left - 1 || shown.getMaxX() > right + 1) {
                faults.add(size + ": header " + column.getId() + " spans " + Math.round(shown.getMinX()) + "–"
                        + Math.round(shown.getMaxX()) + " outside the grid's " + Math.round(left) + "–"
                        + Math.round(right));
            }
        }
        int cells = 0;
        for (Node node : table.lookupAll(".tree-table-cell")) {
            if (node instanceof TreeTableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && cell.getTableRow() != null && cell.getTableRow().getItem() != null) {
                cells++;
                // A figure column holds the widest figure a criteria set has, "100,00", in its cells' own font.
                if (cell.getStyleClass().contains("col-number") && !cell.isEditing()) {
                    Text widest = new Text("100,00");
                    widest.setFont(cell.getFont());
                    double need = widest.getLayoutBounds().getWidth() + cell.snappedLeftInset()
                            + cell.snappedRightInset();
                    if (cell.getWidth() + 0.5 < need) {
                        faults.add(size + ": " + cell.getTableColumn().getId() + " is " + Math.round(cell.getWidth())
                                + " px wide, \"100,00\" needs " + Math.round(need));
                    }
                }
                Bounds shown = cell.localToScene(cell.getLayoutBounds());
                if (shown.getMinX() < left - 1 || shown.getMaxX() > right + 1) {
                    faults.add(size + ": a cell of " + cell.getTableColumn().getId() + " spans "
                            + Math.round(shown.getMinX()) + "–" + Math.round(shown.getMaxX())
                            + " outside the grid's " + Math.round(left) + "–" + Math.round(right));
                    break;
                }
            }
        }
        if (cells == 0) {
            faults.add(size + ": no cells shown");
        }
        // The row gone to with Ctrl+G is in sight, however tall the rows above it are: its top and its figures (drawn
        // at its middle) inside the grid's body. A row taller than a small window's grid may still run past the bottom.
        Node selected = table.lookupAll(".tree-table-row-cell").stream()
                .filter(row -> row instanceof javafx.scene.control.TreeTableRow<?> r && shown(r)
                        && r.getIndex() == table.getSelectionModel().getSelectedIndex())
                .findFirst().orElse(null);
        Bounds body = table.localToScene(table.getLayoutBounds());
        Bounds header = table.lookup(".column-header-background").localToScene(
                table.lookup(".column-header-background").getLayoutBounds());
        Bounds row = selected == null ? null : selected.localToScene(selected.getLayoutBounds());
        if (row == null || row.getMinY() < header.getMaxY() - 1 || row.getCenterY() > body.getMaxY() - 10) {
            faults.add(size + ": the selected row is out of sight");
        }
        System.out.println(size + " grid " + Math.round(left) + "–" + Math.round(right) + " columns " + widths);
        // Nothing in the window is cut short either: the grid's headers and figures, the detail pane's fields.
        Truncation.find(root).forEach(cut -> faults.add(size + ": " + cut));

        Node detail = root.lookup("#detail-pane");
        Bounds pane = detail.localToScene(detail.getLayoutBounds());
        if (!detail.isVisible() || pane.getWidth() < DETAIL_MIN || pane.getMaxX() > sceneWidth + 1) {
            faults.add(size + ": the detail pane spans " + Math.round(pane.getMinX()) + "–"
                    + Math.round(pane.getMaxX()) + " in a " + Math.round(sceneWidth) + " px window");
        }

        Node totals = root.lookup("#totals-bar");
        Bounds bar = totals.localToScene(totals.getLayoutBounds());
        TreeSet<Long> lines = new TreeSet<>();
        double lineHeight = 0;
        for (String id : FIGURES) {
            for (String part : List.of(id + "-caption", id)) {
                Labeled label = (Labeled) totals.lookup("#" + part);
                Bounds shown = label.localToScene(label.getLayoutBounds());
                Text text = (Text) label.lookup(".text");
                if (!label.isVisible() || shown.getMinX() < bar.getMinX() - 1 || shown.getMaxX() > bar.getMaxX() + 1
                        || shown.getMaxX() > pane.getMinX() || shown.getMaxY() > bar.getMaxY() + 1
                        || text == null || !text.getText().equals(label.getText())) {
                    faults.add(size + ": totals " + part + " '" + (text == null ? null : text.getText())
                            + "' at " + shown + " outside the totals line " + bar);
                }
                lineHeight = Math.max(lineHeight, shown.getHeight());
            }
            Labeled figure = (Labeled) totals.lookup("#" + id);
            lines.add(Math.round(figure.localToScene(figure.getLayoutBounds()).getMinY() / 4));
        }
        System.out.println(size + " totals " + Math.round(bar.getWidth()) + "×" + Math.round(bar.getHeight())
                + " on " + lines.size() + " line(s); detail " + Math.round(pane.getWidth()));
        if (lines.size() > totalsLines) {
            faults.add(size + ": the totals take " + lines.size() + " lines, at most " + totalsLines + " expected");
        }
        // Its height follows its lines: a line of labels and its padding, never more.
        if (bar.getHeight() > lines.size() * (lineHeight + 8) + 16) {
            faults.add(size + ": the totals line is " + Math.round(bar.getHeight()) + " px high for "
                    + lines.size() + " line(s)");
        }
    }

    /** Whether {@code node} and every parent are visible (the flow keeps a hidden row for measuring). */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
