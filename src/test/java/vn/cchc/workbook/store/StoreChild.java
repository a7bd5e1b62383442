package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Path;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * A separate program the store tests start in a child JVM.
 * <ul>
 *   <li>{@code edit DIR ID FIRST}: edits entry 5 of assessment ID over and over, numbering the edits from FIRST, and
 *   prints {@code EDITED n} once edit n has been committed; it runs until it is killed.</li>
 *   <li>{@code hold DIR}: opens the store, prints {@code OPEN}, and keeps it open until its standard input closes.</li>
 * </ul>
 */
public final class StoreChild {

    static final String CODE = "5";

    private StoreChild() {
    }

    static String explanation(int n) {
        return "Lần sửa số " + n;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "edit" -> edit(dir, args[2], Integer.parseInt(args[3]));
            case "hold" -> hold(dir);
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
