package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one text column of the small tables: header text, no sorting, whole text in the tooltip of a long value. */
@ExtendWith(ApplicationExtension.class)
class TextColumnsTest {

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String, String> column = TextColumns.text("scoring.evidence.number", s -> s, 60);
        table.getColumns().add(column);
        table.getItems().setAll(List.of("7/UB", "Công chức Văn phòng - Thống kê"));
        stage.setScene(new Scene(table, 300, 200));
        stage.show();
    }

    @Test
    void aLongTextHasItsWholeTextInTheTooltipAndAShortOneNone(FxRobot robot) {
        TableColumn<String, ?> column = table.getColumns().get(0);
        assertThat(column.getText()).isEqualTo(vn.cchc.workbook.domain.text.Messages.get("scoring.evidence.number"));
        assertThat(column.isSortable()).isFalse();
        // Never sorted: as wide as its header, without room for a sort arrow.
        assertThat(column.getMinWidth()).isGreaterThanOrEqualTo(ColumnHeaders.unsortedWidth(column.getText()));
        List<TableCell<?, ?>> cells = new java.util.ArrayList<>();
        for (javafx.scene.Node node : robot.lookup(".table-cell").queryAll()) {
            if (node instanceof TableCell<?, ?> cell && cell.getText() != null) {
                cells.add(cell);
            }
        }
        assertThat(cells).extracting(TableCell::getText).contains("7/UB", "Công chức Văn phòng - Thống kê");
        for (TableCell<?, ?> cell : cells) {
            if (cell.getText().equals("7/UB")) {
                assertThat(cell.getTooltip()).isNull();
            } else {
                assertThat(cell.getTooltip().getText()).isEqualTo("Công chức Văn phòng - Thống kê");
            }
        }
    }
}
