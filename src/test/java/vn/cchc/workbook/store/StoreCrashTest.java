package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore.EntryEdit;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;

/** Edits acknowledged by the store survive a process that is killed without any shutdown. */
class StoreCrashTest {

    private static final int ROUNDS = 3;
    private static final int EDITS_BEFORE_KILL = 25;

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedEditSurvivesAKilledProcess() throws Exception {
        Assessment assessment = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(assessment);
        }
        int first = 1;
        for (int round = 0; round < ROUNDS; round++) {
            int acknowledged = editUntilKilled(first);
            assertThat(acknowledged).isEqualTo(first + EDITS_BEFORE_KILL - 1);

            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                Entry stored = store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE);
                int lastStored = number(stored.selfExplanation());
                // Edits after the last one we read may or may not be there; no acknowledged one is missing.
                assertThat(lastStored).isGreaterThanOrEqualTo(acknowledged);

                List<EntryEdit> history = store.history("a-1", Integer.MAX_VALUE);
                List<Integer> numbers = new ArrayList<>();
                for (EntryEdit edit : history.reversed()) {
                    numbers.add(number(edit.after().selfExplanation()));
                }
                List<Integer> expected = new ArrayList<>();
                for (int n = 1; n <= lastStored; n++) {
                    expected.add(n);
                }
                assertThat(numbers).containsExactlyElementsOf(expected);
                assertThat(history.get(0).after()).isEqualTo(stored);
                first = lastStored + 1;
            }
        }
    }

    /**
     * The window's path: edits made through the session's background writer. Every edit the writer reported written
     * ("Đã lưu") survives the kill, and the store holds the edits in the order they were made, without a gap.
     */
    @Test
    void everyEditTheWriterReportedWrittenSurvivesAKilledProcess() throws Exception {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
        }
        int first = 1;
        for (int round = 0; round < ROUNDS; round++) {
            int reported = editUntilKilled("session", "WRITTEN ", first);
            assertThat(reported).isGreaterThanOrEqualTo(first + EDITS_BEFORE_KILL - 1);
            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                int lastStored = number(store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE)
                        .selfExplanation());
                assertThat(lastStored).isGreaterThanOrEqualTo(reported);
                List<Integer> numbers = new ArrayList<>();
                for (EntryEdit edit : store.history("a-1", Integer.MAX_VALUE).reversed()) {
                    numbers.add(number(edit.after().selfExplanation()));
                }
                List<Integer> expected = new ArrayList<>();
                for (int n = 1; n <= lastStored; n++) {
                    expected.add(n);
                }
                assertThat(numbers).containsExactlyElementsOf(expected);
                first = lastStored + 1;
            }
        }
    }

    /** Starts an editing child, kills it right after it acknowledged some edits; returns the last acknowledged. */
    private int editUntilKilled(int first) throws Exception {
        return editUntilKilled("edit", "EDITED ", first);
    }

    private int editUntilKilled(String mode, String acknowledgement, int first) throws Exception {
        int last = first - 1;
        try (ChildJvm child = ChildJvm.start(logs.resolve("child.log"), mode, dir.toString(), "a-1",
                Integer.toString(first))) {
            while (last < first + EDITS_BEFORE_KILL - 1) {
                String line = child.readLine();
                assertThat(line).as("child output; see %s", logs.resolve("child.log")).isNotNull();
                last = Integer.parseInt(line.substring(acknowledgement.length()));
            }
            // Killed while it is in the middle of further edits; killing closes its output too.
            child.kill();
        }
        return last;
    }

    private static int number(String explanation) {
        return explanation.isEmpty() ? 0 : Integer.parseInt(explanation.substring("Lần sửa số ".length()));
    }
}
