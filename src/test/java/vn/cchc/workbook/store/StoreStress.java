package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * One process of the concurrency stress ({@link StoreConcurrencyStressTest}, {@code scripts/store-stress.sh}):
 * opens the shared store the way the command line does, over and over, and in each round it got the store checks
 * that the store holds exactly the workbooks the ledger lists, adds one, and records it in the ledger before closing.
 * A {@code window} process also edits the new workbook a few times while holding the store, as the window does.
 *
 * <p>The ledger ({@code ledger.txt} beside the data folder) is written only by the process holding the store, so
 * store and ledger must always agree; a store that lost or gained a workbook ends the process with code 3.
 */
final class StoreStress {

    static final int MISMATCH = 3;

    private StoreStress() {
    }

    /** Runs {@code rounds} rounds in which the store was opened; prints {@code DONE rounds busy}. */
    static int run(Path dir, int rounds, String mode, String name) throws IOException {
        Path ledger = dir.resolveSibling(dir.getFileName() + "-ledger.txt");
        int busy = 0;
        int round = 0;
        while (round < rounds) {
            H2WorkbookStore store;
            try {
                store = H2WorkbookStore.open(dir);
            } catch (StoreException refused) {
                if (!refused.messageKey().equals("store.open.inUse")) {
                    throw refused;
                }
                busy++;
                // Back off a little so that the holder can finish; the other copies are waiting the same way.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000, 20_000_000));
                continue;
            }
            try (store) {
                long listed = lines(ledger);
                int stored = store.listAssessments().size();
                if (stored != listed) {
                    System.out.println("MISMATCH " + name + " round " + round + ": store " + stored + ", ledger "
                            + listed);
                    return MISMATCH;
                }
                String id = name + "-" + round;
                Assessment added = StoreFixtures.richAssessment(id);
                store.createAssessment(added);
                append(ledger, id);
                if (mode.equals("window")) {
                    Entry current = added.entry(StoreChild.CODE);
                    for (int edit = 1; edit <= 3; edit++) {
                        Entry next = current.withSelfExplanation(StoreChild.explanation(edit));
                        store.saveEntry(id, current, next);
                        current = next;
                    }
                }
            }
            round++;
        }
        System.out.println("DONE " + round + " " + busy);
        return 0;
    }

    private static long lines(Path ledger) throws IOException {
        return Files.exists(ledger) ? Files.readAllLines(ledger, StandardCharsets.UTF_8).size() : 0;
    }

    private static void append(Path ledger, String id) throws IOException {
        try (FileChannel channel = FileChannel.open(ledger, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(StandardCharsets.UTF_8.encode(id + "\n"));
            channel.force(true);
        }
    }
}
