package vn.cchc.workbook.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wrapping column of the analysis tables shows its whole text: seen in the comparison at 1366×768, a criterion's
 * title and a note stopped at two lines and ended in "…" ("1. Công tác chỉ đạo, điều hành cải cách ...").
 */
@ExtendWith(ApplicationExtension.class)
class FigureTablesTest {

    private static final String OPINION = "Kế hoạch thiếu mốc thời gian hoàn thành của 3 nhiệm vụ; chưa phân công"
            + " đơn vị chủ trì thực hiện; báo cáo gửi chậm 5 ngày so với quy định của UBND tỉnh.";

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = FigureTables.table("figures");
        table.getColumns().add(FigureTables.wrapped("analysis.col.opinion", 150, s -> s));
        table.getColumns().add(FigureTables.number("analysis.col.now", 80, s -> "1,00"));
        table.getItems().setAll(List.of(OPINION, "Đạt"));
        stage.setScene(new Scene(table, 260, 400));
        stage.show();
    }

    @Test
    void aLongTextTakesAsManyLinesAsItNeedsAndIsNeverCut(FxRobot robot) throws Exception {
        TableCell<?, ?> cell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> OPINION.equals(c.getItem())).findFirst().orElseThrow();
        assertThat(cell.getGraphic()).isInstanceOf(Text.class);
        Text shown = (Text) cell.getGraphic();
        assertThat(shown.getText()).isEqualTo(OPINION);
        double lineHeight = new Text("Đ").getLayoutBounds().getHeight();
        // About 160 characters in a 150-px column: five lines or more, all inside the cell (the row grows to them
        // once laid out at the column's width).
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> shown.getLayoutBounds().getHeight() > 4.5 * lineHeight
                        && shown.getBoundsInParent().getMaxY() <= cell.getHeight() + 0.5);
        assertThat(shown.getLayoutBounds().getWidth()).isLessThanOrEqualTo(cell.getWidth());
        assertThat(cell.getTooltip().getText()).isEqualTo(OPINION);
    }
}
