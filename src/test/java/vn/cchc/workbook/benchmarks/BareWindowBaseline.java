package vn.cchc.workbook.benchmarks;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The yardstick for scripts/bench-startup.sh: a bare JavaFX window with a 150-row table, timed the same way as the
 * program (process start to the frame after show), so figures from a busy machine can be compared.
 */
public final class BareWindowBaseline {

    private BareWindowBaseline() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TableView<Integer> table = new TableView<>();
            for (int c = 0; c < 6; c++) {
                int column = c;
                TableColumn<Integer, String> col = new TableColumn<>("Cột " + c);
                col.setCellValueFactory(cell -> new ReadOnlyStringWrapper("Dòng " + cell.getValue() + "." + column));
                table.getColumns().add(col);
            }
            for (int i = 0; i < 150; i++) {
                table.getItems().add(i);
            }
            Scene scene = new Scene(table, 1366, 768);
            stage.setScene(scene);
            stage.show();
            int[] pulses = {0};
            scene.addPostLayoutPulseListener(() -> {
                if (++pulses[0] == 2) {
                    Instant now = Instant.now();
                    Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
                    System.out.println("first-frame-ms=" + Duration.between(start, now).toMillis());
                    System.out.println("first-frame-epoch-ms=" + now.toEpochMilli());
                    System.out.flush();
                    Platform.runLater(() -> Runtime.getRuntime().halt(0));
                }
            });
        }
    }
}
