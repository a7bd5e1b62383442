package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Path;

import java.util.concurrent.atomic.AtomicInteger;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * A separate program the store tests start in a child JVM.
 * <ul>
 *   <li>{@code edit DIR ID FIRST}: edits entry 5 of assessment ID over and over, numbering the edits from FIRST, and
 *   prints {@code EDITED n} once edit n has been committed; it runs until it is killed.</li>
 *   <li>{@code session DIR ID FIRST}: the same through an {@link EditSession} and its background writer, printing
 *   {@code WRITTEN n} whenever the writer reports everything up to edit n written ("Đã lưu").</li>
 *   <li>{@code hold DIR}: opens the store, prints {@code OPEN}, and keeps it open until its standard input closes.</li>
 *   <li>{@code open DIR}: opens (creating or migrating) the store, prints {@code OPEN n} with its number of workbooks,
 *   and closes it.</li>
 *   <li>{@code add DIR PREFIX}: adds workbooks PREFIX-1, PREFIX-2, … and prints {@code ADDED n} once workbook n has
 *   been committed; it runs until it is killed.</li>
 *   <li>{@code backup DIR}: makes backups over and over, printing {@code BACKUP n} after each; runs until killed.</li>
 *   <li>{@code stress DIR ROUNDS cli|window NAME}: see {@link StoreStress}.</li>
 * </ul>
 */
public final class StoreChild {

    static final String CODE = "5";

    private StoreChild() {
    }

    static String explanation(int n) {
        return "Lần sửa số " + n;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "edit" -> edit(dir, args[2], Integer.parseInt(args[3]));
            case "session" -> editThroughSession(dir, args[2], Integer.parseInt(args[3]));
            case "hold" -> hold(dir);
            case "open" -> {
                try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                    System.out.println("OPEN " + store.listAssessments().size());
                }
            }
            case "add" -> add(dir, args[2]);
            case "backup" -> backup(dir);
            case "stress" -> System.exit(StoreStress.run(dir, Integer.parseInt(args[2]), args[3], args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void edit(Path dir, String id, int first) {
        WorkbookStore store = H2WorkbookStore.open(dir);
        Assessment assessment = store.loadAssessment(id).orElseThrow();
        Entry current = assessment.entry(CODE);
        for (int n = first; ; n++) {
            Entry next = current.withSelfExplanation(explanation(n));
            store.saveEntry(id, current, next);
            System.out.println("EDITED " + n);
            System.out.flush();
            current = next;
        }
    }

    private static void editThroughSession(Path dir, String id, int first) throws InterruptedException {
        WorkbookStore store = H2WorkbookStore.open(dir);
        EditSession session = new EditSession(store, store.loadAssessment(id).orElseThrow());
        AtomicInteger lastApplied = new AtomicInteger(first - 1);
        AtomicInteger lastReported = new AtomicInteger(first - 1);
        session.addWriteListener(() -> {
            // Read before the state: everything applied up to it was submitted before it was set.
            int applied = lastApplied.get();
            if (session.writeState().isWritten() && lastReported.getAndAccumulate(applied, Math::max) < applied) {
                synchronized (System.out) {
                    System.out.println("WRITTEN " + applied);
                    System.out.flush();
                }
            }
        });
        for (int n = first; ; n++) {
            session.apply(session.assessment().entry(CODE).withSelfExplanation(explanation(n)));
            lastApplied.set(n);
            if (n % 5 == 0) {
                // A burst of five queued edits, then a pause as a clerk's between cells: the writer catches up.
                session.awaitWritten(java.time.Duration.ofSeconds(30));
            }
        }
    }

    private static void add(Path dir, String prefix) {
        WorkbookStore store = H2WorkbookStore.open(dir);
        for (int n = 1; ; n++) {
            store.createAssessment(StoreFixtures.richAssessment(prefix + "-" + n));
            System.out.println("ADDED " + n);
            System.out.flush();
        }
    }

    private static void backup(Path dir) {
        H2WorkbookStore store = H2WorkbookStore.open(dir);
        for (int n = 1; ; n++) {
            store.backupNow();
            System.out.println("BACKUP " + n);
            System.out.flush();
        }
    }

    private static void hold(Path dir) throws IOException {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            System.out.println("OPEN " + store.listAssessments().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the parent to close our input.
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
