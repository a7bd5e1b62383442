package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;

/**
 * Two and three copies of the program on one data folder, as command-line runs and a window: in every round a copy
 * gets the store it finds exactly the workbooks the others acknowledged, and at the end the store holds one workbook
 * per round. Rounds per copy: 50 and 30, or {@code -Dstore.stress.rounds=N} ({@code scripts/store-stress.sh N}).
 */
class StoreConcurrencyStressTest {

    @TempDir
    Path root;

    @Test
    void twoCommandLineCopiesNeverLoseAWorkbook() throws Exception {
        runTogether(List.of("cli", "cli"), Integer.getInteger("store.stress.rounds", 50));
    }

    @Test
    void threeCommandLineCopiesAndAWindowNeverLoseAWorkbook() throws Exception {
        runTogether(List.of("cli", "cli", "cli", "window"), Integer.getInteger("store.stress.rounds", 30));
    }

    private static String tail(Path log) throws java.io.IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private void runTogether(List<String> modes, int roundsEach) throws Exception {
        Path dir = root.resolve("data");
        Path log = root.resolve("children.log");
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < modes.size(); i++) {
                children.add(ChildJvm.start(log, "stress", dir.toString(), Integer.toString(roundsEach),
                        modes.get(i), modes.get(i) + i));
            }
            List<String> results = new ArrayList<>();
            for (ChildJvm child : children) {
                String line = child.readLine();
                assertThat(child.process().waitFor(2, TimeUnit.HOURS)).isTrue();
                results.add(line);
                assertThat(child.process().exitValue()).as("%s; the children's errors:%n%s", line, tail(log)).isZero();
            }
            assertThat(results).allMatch(line -> line != null && line.startsWith("DONE " + roundsEach + " "));
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
        List<String> ledger = Files.readAllLines(root.resolve("data-ledger.txt"), StandardCharsets.UTF_8);
        assertThat(ledger).hasSize(modes.size() * roundsEach).doesNotHaveDuplicates();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                    .containsExactlyInAnyOrderElementsOf(ledger);
        }
        assertThat(StoreRecovery.check(dir).sound()).isTrue();
    }
}
