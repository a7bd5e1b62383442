package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * Full and read-only disks. Where this machine lets the test mount a small tmpfs (root), the disk is really filled
 * and really remounted read-only; elsewhere the free space is reported as none through the store's measure and the
 * folder is made read-only with its permissions. Either way: one Vietnamese message saying the change was NOT saved,
 * and the store writes again by itself once there is room.
 */
class StoreDiskTest {

    private static final String FULL = "đã đầy: thay đổi vừa rồi CHƯA được lưu";

    @TempDir
    Path root;

    private Path mounted;

    @AfterEach
    void release() throws Exception {
        StoreFailures.measureFreeSpaceWith(null);
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskRefusesTheChangeWithAMessageAndTheStoreWritesAgainWhenThereIsRoom() throws Exception {
        Path dir = smallDisk().resolve("data");
        Path filler = dir.resolveSibling("filler.bin");
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
            Entry before = store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE);

            fill(filler, mounted != null ? 0 : -1);
            assertThatThrownBy(() -> store.saveEntry("a-1", before, before.withSelfExplanation("mất")))
                    .isInstanceOf(StoreException.class).hasMessageContaining(FULL)
                    .hasMessageNotContaining("Exception").hasMessageNotContaining("CHECKPOINT");
            // Reading still works.
            assertThat(store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE)).isEqualTo(before);

            free(filler);
            Entry after = before.withSelfExplanation("lưu được sau khi có chỗ");
            store.saveEntry("a-1", before, after);
            assertThat(store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE)).isEqualTo(after);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE).selfExplanation())
                    .isEqualTo("lưu được sau khi có chỗ");
        }
    }

    @Test
    void aWriteThatH2ItselfCannotFinishOnAFullDiskIsReportedAndTheStoreReopens() throws Exception {
        Path dir = smallDisk().resolve("data");
        Path filler = dir.resolveSibling("filler.bin");
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
            Entry before = store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE);
            // Room enough for the store's own measure, not for this change.
            fill(filler, mounted != null ? 3L << 19 : -1);
            String large = "x".repeat(mounted != null ? 4 << 20 : 10);
            assertThatThrownBy(() -> store.saveEntry("a-1", before, before.withSelfExplanation(large)))
                    .isInstanceOf(StoreException.class).hasMessageContaining(FULL);

            free(filler);
            Entry after = before.withSelfExplanation("sau khi giải phóng");
            store.saveEntry("a-1", before, after);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE).selfExplanation())
                    .isEqualTo("sau khi giải phóng");
        }
    }

    @Test
    void startingOnAFullDiskOpensReadOnlyWithAMessageAndWritesOnceThereIsRoom() throws Exception {
        Path dir = smallDisk().resolve("data");
        Path filler = dir.resolveSibling("filler.bin");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
        }
        fill(filler, mounted != null ? 0 : -1);
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).get().asString().contains("đã đầy").contains("chỉ xem");
            assertThat(store.listAssessments()).hasSize(1);
            assertThatThrownBy(() -> store.saveRankText("a-1", "xếp thứ 4/18"))
                    .isInstanceOf(StoreException.class).hasMessageContaining(FULL);

            free(filler);
            store.saveRankText("a-1", "xếp thứ 4/18");
            assertThat(store.isReadOnly()).isFalse();
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1").orElseThrow().rankText()).isEqualTo("xếp thứ 4/18");
        }
    }

    @Test
    void aReadOnlyFolderOpensReadOnlyWithAMessage() throws Exception {
        Path dir = smallDisk().resolve("data");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
        }
        makeReadOnly(dir);
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).get().asString().contains("chỉ cho phép đọc")
                    .contains("KHÔNG được lưu");
            assertThat(store.loadAssessment("a-1")).isPresent();
            assertThatThrownBy(() -> store.saveRankText("a-1", "xếp thứ 1"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("CHƯA được lưu");
        }
    }

    // ---- the disk ----

    /** A small real disk where it can be mounted (root), else a folder of the temporary directory. */
    private Path smallDisk() throws Exception {
        Path disk = Files.createDirectories(root.resolve("disk"));
        if (run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()) == 0) {
            mounted = disk;
        } else {
            System.out.println("tmpfs not mountable here: free space and read-only folder are simulated");
        }
        return disk;
    }

    /** Fills the disk up to {@code leave} free bytes (real disk), or reports no free space ({@code leave} = -1). */
    private void fill(Path filler, long leave) throws IOException {
        if (mounted == null) {
            StoreFailures.measureFreeSpaceWith(folder -> 0);
            return;
        }
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(mounted).getUsableSpace() > leave + chunk.length) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            // The disk is full.
        }
    }

    private void free(Path filler) throws IOException {
        StoreFailures.measureFreeSpaceWith(null);
        Files.deleteIfExists(filler);
    }

    private void makeReadOnly(Path dir) throws Exception {
        if (mounted != null) {
            assertThat(run("mount", "-o", "remount,ro", mounted.toString())).isZero();
        } else {
            assertThat(dir.toFile().setWritable(false, false)).isTrue();
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }
}
