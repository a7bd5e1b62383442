package vn.cchc.workbook.ui.criteria;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Runs store and file work of the criteria windows off the JavaFX thread; the callbacks run on the JavaFX thread,
 * so the windows only apply results.
 */
final class Background {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cchc-criteria-worker");
        thread.setDaemon(true);
        return thread;
    });

    private Background() {
    }

    static <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onError.accept(task.getException()));
        EXECUTOR.execute(task);
        return task;
    }
}
