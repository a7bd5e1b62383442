package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The totals line's layout under the scoring grid: one line while its items fit, more lines only when the width
 * given needs them, and never a height asked for a width nobody gave (a flow pane answered for 400 px there and
 * took five lines from the grid).
 */
@ExtendWith(ApplicationExtension.class)
class WrappingRowTest {

    /** Five items of 100×20 with 10 px between them, a 5-px padding all round, 4 px between lines. */
    private final List<Region> items = new ArrayList<>();
    private WrappingRow row;
    private Region grid;
    private VBox box;

    private void build() {
        for (int i = 0; i < 5; i++) {
            Region item = new Region();
            item.setPrefSize(100, 20);
            items.add(item);
        }
        row = new WrappingRow(10, 4, items.toArray(Region[]::new));
        row.setPadding(new Insets(5));
        grid = new Region();
        grid.setPrefHeight(400);
        box = new VBox(grid, row);
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    private void layOut(double width, double height) {
        box.resize(width, height);
        box.layout();
    }

    @Test
    void itemsFittingTheWidthTakeOneLineAndTheRestGoesToTheGrid(FxRobot robot) {
        robot.interact(() -> {
            build();
            layOut(700, 300);
        });
        assertThat(row.prefWidth(-1)).isEqualTo(5 * 100 + 4 * 10 + 10);
        assertThat(row.lineCount()).isEqualTo(1);
        assertThat(row.getHeight()).isEqualTo(20 + 10);
        assertThat(grid.getHeight()).isEqualTo(300 - 30);
        assertThat(items).extracting(Region::getLayoutY).containsOnly(5.0);
        assertThat(items).extracting(Region::getLayoutX).containsExactly(5.0, 115.0, 225.0, 335.0, 445.0);
    }

    @Test
    void askedWithoutAWidthItAnswersForOneLine(FxRobot robot) {
        robot.interact(this::build);
        assertThat(row.prefHeight(-1)).isEqualTo(30);
        assertThat(row.minHeight(-1)).isEqualTo(30);
        // Given a width, the lines that width needs: three items, then two.
        assertThat(row.prefHeight(350)).isEqualTo(20 + 4 + 20 + 10);
        assertThat(row.prefHeight(120)).isEqualTo(5 * 20 + 4 * 4 + 10);
    }

    @Test
    void aNarrowWidthWrapsBetweenItemsAndTheGridGivesUpOnlyThatHeight(FxRobot robot) {
        robot.interact(() -> {
            build();
            layOut(350, 300);
        });
        assertThat(row.lineCount()).isEqualTo(2);
        assertThat(row.getHeight()).isEqualTo(44 + 10);
        assertThat(grid.getHeight()).isEqualTo(300 - 54);
        assertThat(items).extracting(Region::getLayoutX).containsExactly(5.0, 115.0, 225.0, 5.0, 115.0);
        assertThat(items).extracting(Region::getLayoutY).containsExactly(5.0, 5.0, 5.0, 29.0, 29.0);
        assertThat(items).extracting(Region::getWidth).containsOnly(100.0);
    }

    @Test
    void itsLeastWidthIsItsWidestItemSoItNeverPushesItsParentWider(FxRobot robot) {
        robot.interact(() -> {
            build();
            items.get(2).setPrefWidth(180);
        });
        assertThat(row.minWidth(-1)).isEqualTo(180 + 10);
    }

    @Test
    void anItemNotManagedTakesNoRoom(FxRobot robot) {
        robot.interact(() -> {
            build();
            items.get(4).setManaged(false);
            layOut(700, 300);
        });
        assertThat(row.prefWidth(-1)).isEqualTo(4 * 100 + 3 * 10 + 10);
        assertThat(row.lineCount()).isEqualTo(1);
    }
}
