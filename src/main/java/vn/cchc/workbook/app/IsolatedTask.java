package vn.cchc.workbook.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work on data from elsewhere that might never finish, on its own daemon thread, so that the caller can give up on it
 * after a time and go on: a list of workbooks or a ranking is never stopped by one of them. Input is bounded
 * ({@link vn.cchc.workbook.domain.Limits}), so this is the second line of defence: a thread given up on is interrupted
 * and abandoned (a daemon never keeps the program alive).
 */
final class IsolatedTask<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Thread worker;
    private final long startedNanos;

    private IsolatedTask(String name, Callable<T> work) {
        worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failed) {
                // Whatever goes wrong (a StackOverflowError included) is the caller's to report, never thrown here.
                result.completeExceptionally(failed);
            }
        }, name);
        worker.setDaemon(true);
        startedNanos = System.nanoTime();
        worker.start();
    }

    /** Starts {@code work} now on a thread named {@code name}. */
    static <T> IsolatedTask<T> start(String name, Callable<T> work) {
        return new IsolatedTask<>(name, work);
    }

    /**
     * The result, waiting at most until {@code timeout} after the start.
     *
     * @throws TimeoutException   when the work is still running then (it is interrupted and abandoned)
     * @throws ExecutionException carrying whatever the work threw
     */
    T await(Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        long left = timeout.toNanos() - (System.nanoTime() - startedNanos);
        try {
            return result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException gaveUp) {
            worker.interrupt();
            throw gaveUp;
        }
    }
}
