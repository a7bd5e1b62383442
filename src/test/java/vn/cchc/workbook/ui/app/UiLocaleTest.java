package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Controls JavaFX localises by itself speak Vietnamese even when the system is set to English. */
@ExtendWith(ApplicationExtension.class)
class UiLocaleTest {

    private static Locale before;
    private DatePicker picker;

    @BeforeAll
    static void englishSystem() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        UiLocale.install();
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        picker = new DatePicker(LocalDate.of(2023, 12, 6));
        stage.setScene(new Scene(new StackPane(picker), 400, 300));
        stage.show();
    }

    @Test
    void theDatePickerNamesMonthsAndDaysInVietnamese(FxRobot robot) {
        robot.interact(picker::show);
        WaitForAsyncUtils.waitForFxEvents();
        String month = robot.lookup(".date-picker-popup .month-year-pane .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + " " + b);
        assertThat(month).contains("12").doesNotContain("December");
        String days = robot.lookup(".date-picker-popup .day-name-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).reduce("", (a, b) -> a + " " + b);
        assertThat(days).contains("CN").doesNotContain("Sun");
        robot.interact(picker::hide);
    }

    @Test
    void chartAxesUseADecimalComma(FxRobot robot) {
        NumberAxis axis = new NumberAxis(0, 20, 2.5);
        axis.setAnimated(false);
        javafx.scene.chart.LineChart<Number, Number> chart = new javafx.scene.chart.LineChart<>(
                new NumberAxis(0, 10, 1), axis);
        chart.setAnimated(false);
        robot.interact(() -> ((StackPane) picker.getParent()).getChildren().setAll(chart));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> labels = new AtomicReference<>();
        robot.interact(() -> labels.set(axis.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible()).map(n -> ((javafx.scene.text.Text) n).getText())
                .reduce("", (a, b) -> a + " " + b)));
        assertThat(labels.get()).contains("17,5").doesNotContain("17.5");
    }
}
