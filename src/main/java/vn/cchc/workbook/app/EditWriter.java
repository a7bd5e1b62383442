package vn.cchc.workbook.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The one background writer of an {@link EditSession}: the store writes of its edits, run on one thread, strictly
 * in the order they were made, so that a keystroke never waits for the disk (decision 13).
 *
 * <p>The promise kept: an edit is reported written ({@link State#isWritten()}, "Đã lưu") only once the store has
 * committed and synced it; until then it is pending ("Đang lưu…"). A write the store refuses (a full or read-only
 * disk) stops the queue where it is: that write and every later one stay queued, in order, with the entries they
 * touch ({@link State#unsavedCodes()}) so that the window can mark them, and the reason is reported
 * ({@link State#failure()}). Nothing is dropped: {@link #retry()} resumes from the refused write (a write of several
 * steps resumes at the step that failed); only {@link #discardPending()}, on the user's explicit command, forgets
 * them.
 *
 * <p>Thread-safety: every method may be called from any thread. Listeners are called on the writer's thread (or on
 * the caller's, for a change the caller made), never under the writer's lock.
 */
public final class EditWriter {

    private static final Logger LOG = Logger.getLogger(EditWriter.class.getName());

    /**
     * At most this many writes wait at once; beyond, an edit is refused until the disk catches up (a disk that slow
     * is as good as broken, and an unbounded queue would hold ever more unsaved work).
     */
    public static final int MAX_PENDING = 2_000;

    /**
     * What the writer holds now.
     *
     * @param pending      writes not yet on disk (the one being written included)
     * @param unsavedCodes the criteria codes whose entries those writes change, in the order of the writes
     * @param failure      why the queue stopped (Vietnamese), when the store refused a write
     */
    public record State(int pending, Set<String> unsavedCodes, Optional<String> failure) {

        public State {
            unsavedCodes = Collections.unmodifiableSet(new LinkedHashSet<>(unsavedCodes));
        }

        /** Everything accepted is on disk. */
        public boolean isWritten() {
            return pending == 0 && failure.isEmpty();
        }

        public boolean isStopped() {
            return failure.isPresent();
        }
    }

    /** How {@link #awaitWritten} ended. */
    public enum Outcome {
        /** Everything accepted is on disk. */
        WRITTEN,
        /** The queue stopped on a refused write; see {@link State#failure()}. */
        STOPPED,
        /** Still writing when the time was up. */
        STILL_WRITING
    }

    /** One write of the queue: its steps run in order; a retry resumes at the first step not done. */
    private static final class Write {
        private final Set<String> codes;
        private final List<Runnable> steps;
        private int done;

        Write(Set<String> codes, List<Runnable> steps) {
            this.codes = codes;
            this.steps = steps;
        }
    }

    private final Object lock = new Object();
    private final Deque<Write> queue = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final String threadName;
    private String failure;
    private boolean draining;

    /** A writer whose thread is named {@code threadName} (one thread at a time, started when there is work). */
    public EditWriter(String threadName) {
        this.threadName = Objects.requireNonNull(threadName, "threadName");
    }

    /**
     * Queues a write of one or more steps that run in order on the writer's thread.
     *
     * @param codes the criteria codes whose entries it changes (empty for a change of the workbook itself)
     * @throws StoreException when the queue is stopped on a refused write (nothing new is taken until the user has
     *                        retried), or when {@link #MAX_PENDING} writes already wait
     */
    public void submit(Set<String> codes, List<Runnable> steps) {
        if (steps.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (failure != null) {
                throw new StoreException("writer.stopped", queue.size(), failure);
            }
            if (queue.size() >= MAX_PENDING) {
                throw new StoreException("writer.tooMany", queue.size());
            }
            queue.addLast(new Write(new LinkedHashSet<>(codes), new ArrayList<>(steps)));
            startDrainingLocked();
        }
        changed();
    }

    /** Resumes writing after a refused write, from the write that was refused. */
    public void retry() {
        synchronized (lock) {
            if (failure == null) {
                return;
            }
            failure = null;
            startDrainingLocked();
        }
        changed();
    }

    /**
     * Forgets the writes that were refused and every later one; only on the user's explicit command (closing the
     * workbook and giving up what could not be stored). Allowed only while the queue is stopped.
     *
     * @return how many writes were forgotten
     */
    public int discardPending() {
        int forgotten;
        synchronized (lock) {
            if (failure == null) {
                return 0;
            }
            forgotten = queue.size();
            queue.clear();
            failure = null;
            lock.notifyAll();
        }
        LOG.warning(forgotten + " unsaved writes discarded on the user's command");
        changed();
        return forgotten;
    }

    /** Whether the queue is stopped on a refused write (the cheap part of {@link #state()}). */
    public boolean isStopped() {
        synchronized (lock) {
            return failure != null;
        }
    }

    public State state() {
        synchronized (lock) {
            Set<String> codes = new LinkedHashSet<>();
            for (Write write : queue) {
                codes.addAll(write.codes);
            }
            return new State(queue.size(), codes, Optional.ofNullable(failure));
        }
    }

    /**
     * Waits until everything accepted is on disk, the queue stops on a refused write, or {@code timeout} passes.
     * Call off the JavaFX thread.
     */
    public Outcome awaitWritten(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                if (failure != null) {
                    return Outcome.STOPPED;
                }
                if (queue.isEmpty()) {
                    return Outcome.WRITTEN;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Outcome.STILL_WRITING;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Called after every change of {@link #state()}. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void startDrainingLocked() {
        if (draining || queue.isEmpty() || failure != null) {
            return;
        }
        draining = true;
        Thread.ofPlatform().daemon().name(threadName).start(this::drain);
    }

    /** The writer's thread: runs the queue's writes in order until it is empty or a write is refused. */
    private void drain() {
        while (true) {
            Write head;
            synchronized (lock) {
                if (queue.isEmpty() || failure != null) {
                    draining = false;
                    lock.notifyAll();
                    return;
                }
                head = queue.peekFirst();
            }
            String refused = run(head);
            synchronized (lock) {
                if (refused != null) {
                    failure = refused;
                } else if (queue.peekFirst() == head) {
                    queue.pollFirst();
                }
                lock.notifyAll();
            }
            changed();
        }
    }

    /** Runs the steps of {@code write} not done yet; returns null, or why the store refused one. */
    private static String run(Write write) {
        try {
            for (; write.done < write.steps.size(); write.done++) {
                write.steps.get(write.done).run();
            }
            return null;
        } catch (UserFacingException refused) {
            LOG.log(Level.WARNING, "A write was refused; the queue stops", refused);
            return refused.getMessage();
        } catch (RuntimeException | Error failed) {
            LOG.log(Level.SEVERE, "A write failed; the queue stops", failed);
            return Messages.get("writer.failed");
        }
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Writer listener failed", e);
            }
        }
    }
}
