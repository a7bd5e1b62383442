package vn.cchc.workbook.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Runs slow work (the store, files, export) off the JavaFX thread. The callbacks run on the JavaFX thread, so the
 * UI only ever applies results. A {@link BusyIndicator} shows progress while any task runs.
 */
public final class Tasks {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cchc-worker-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Tasks() {
    }

    /** Something that shows the user that work is going on (a progress bar and a line of text). */
    public interface BusyIndicator {
        void begin(String message);

        void end();

        BusyIndicator NONE = new BusyIndicator() {
            @Override
            public void begin(String message) {
            }

            @Override
            public void end() {
            }
        };
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    public static Builder<Void> create(CheckedRunnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface CheckedRunnable {
        void run() throws Exception;
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = value -> { };
        private Consumer<Throwable> onError = error -> { };
        private Runnable andFinally = () -> { };
        private BusyIndicator busy = BusyIndicator.NONE;
        private String busyMessage = "";

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<T> callback) {
            this.onSuccess = callback;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> callback) {
            this.onError = callback;
            return this;
        }

        public Builder<T> andFinally(Runnable callback) {
            this.andFinally = callback;
            return this;
        }

        public Builder<T> busy(BusyIndicator indicator, String message) {
            this.busy = indicator;
            this.busyMessage = message;
            return this;
        }

        /** Starts the work; must be called on the JavaFX thread. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            busy.begin(busyMessage);
            task.setOnSucceeded(event -> {
                busy.end();
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(event -> {
                busy.end();
                try {
                    onError.accept(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            EXECUTOR.execute(task);
            return task;
        }
    }
}
