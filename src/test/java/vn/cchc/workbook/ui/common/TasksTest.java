package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Background work: the work runs off the JavaFX thread, every callback on it, in the promised order. */
class TasksTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void successRunsTheWorkOffTheFxThreadThenTheCallbacksOnIt() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();

        Platform.runLater(() -> Tasks.create(() -> {
            events.add("work on fx thread: " + Platform.isFxApplicationThread());
            return 42;
        }).busy(recorder(events), "Đang xuất…")
                .onSuccess(value -> events.add("success " + value + " on fx thread: " + Platform.isFxApplicationThread()))
                .onError(error -> events.add("error"))
                .andFinally(() -> {
                    events.add("finally");
                    done.complete(null);
                })
                .start());

        done.get(30, TimeUnit.SECONDS);
        assertThat(events).containsExactly("begin Đang xuất…", "work on fx thread: false", "end",
                "success 42 on fx thread: true", "finally");
    }

    @Test
    void aFailureReachesOnErrorWithItsCauseAndFinallyStillRuns() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();

        Platform.runLater(() -> Tasks.create(() -> {
            throw new IOException("ổ đĩa đầy");
        }).busy(recorder(events), "Đang lưu…")
                .onSuccess(value -> events.add("success"))
                .onError(error -> events.add("error " + error.getMessage() + " on fx thread: "
                        + Platform.isFxApplicationThread()))
                .andFinally(() -> {
                    events.add("finally");
                    done.complete(null);
                })
                .start());

        done.get(30, TimeUnit.SECONDS);
        assertThat(events).containsExactly("begin Đang lưu…", "end", "error ổ đĩa đầy on fx thread: true", "finally");
    }

    private static Tasks.BusyIndicator recorder(List<String> events) {
        return new Tasks.BusyIndicator() {
            @Override
            public void begin(String message) {
                events.add("begin " + message);
            }

            @Override
            public void end() {
                events.add("end");
            }
        };
    }
}
