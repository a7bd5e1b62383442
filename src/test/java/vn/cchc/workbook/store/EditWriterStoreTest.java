package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.EditWriter;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * The session's background writer against the real H2 store: edits are shown at once and written strictly in order;
 * a refused write (a really full disk, a read-only store) stops the writer with the edits still shown and marked,
 * takes no new edit, and writes them on "Thử lại"; nothing is dropped unless the user gives it up; everything
 * accepted is on disk before the store is closed.
 */
class EditWriterStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @AfterEach
    void normalDisk() {
        H2WorkbookStore.simulateSlowDisk(null);
        StoreFailures.measureFreeSpaceWith(null);
    }

    @Test
    void editsOnASlowDiskAreShownAtOnceAndStoredInTheOrderTheyWereMade() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
            EditSession session = new EditSession(store, store.loadAssessment("a-1").orElseThrow());
            H2WorkbookStore.simulateSlowDisk(Duration.ofMillis(15));

            for (int n = 1; n <= 20; n++) {
                session.apply(entry(session, "5").withSelfExplanation("Lần " + n));
                session.apply(entry(session, "8.1").withSelfExplanation("Lần " + n));
                assertThat(entry(session, "5").selfExplanation()).isEqualTo("Lần " + n);
            }
            session.undo();
            session.redo();
            session.undo();

            assertThat(session.awaitWritten(WAIT)).isEqualTo(EditWriter.Outcome.WRITTEN);
            assertThat(session.writeState().isWritten()).isTrue();
            List<String> written = new ArrayList<>();
            for (WorkbookStore.EntryEdit edit : store.history("a-1", 100).reversed()) {
                written.add(edit.code() + " " + edit.after().selfExplanation());
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 20; n++) {
                expected.add("5 Lần " + n);
                expected.add("8.1 Lần " + n);
            }
            expected.addAll(List.of("8.1 Lần 19", "8.1 Lần 20", "8.1 Lần 19"));
            assertThat(written).containsExactlyElementsOf(expected);
            assertThat(store.loadAssessment("a-1").orElseThrow()).isEqualTo(session.assessment());
        }
    }

    @Test
    void aFullDiskStopsTheWriterWithTheEditShownAndMarkedAndRetryWritesItOnceThereIsRoom() throws Exception {
        try (SmallDisk disk = SmallDisk.in(dir)) {
            Path data = disk.folder().resolve("data");
            Entry original;
            try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
                store.createAssessment(StoreFixtures.richAssessment("a-1"));
                EditSession session = new EditSession(store, store.loadAssessment("a-1").orElseThrow());
                original = entry(session, "5");

                disk.fill();
                session.apply(original.withSelfExplanation("nhập khi ổ đầy"));

                assertThat(session.awaitWritten(WAIT)).isEqualTo(EditWriter.Outcome.STOPPED);
                EditWriter.State stopped = session.writeState();
                assertThat(stopped.pending()).isEqualTo(1);
                assertThat(stopped.unsavedCodes()).containsExactly("5");
                assertThat(stopped.failure()).get().asString().contains("đã đầy").contains("CHƯA được lưu");
                assertThat(session.writeFailure()).isEqualTo(stopped.failure());
                // Still shown, not in the store, and no new edit is taken while it waits.
                assertThat(entry(session, "5").selfExplanation()).isEqualTo("nhập khi ổ đầy");
                assertThat(store.loadAssessment("a-1").orElseThrow().entry("5")).isEqualTo(original);
                assertThatThrownBy(() -> session.apply(entry(session, "8.1").withSelfExplanation("sau")))
                        .isInstanceOf(StoreException.class).hasMessageContaining("1 thay đổi trước CHƯA được lưu");
                assertThat(entry(session, "8.1").selfExplanation()).isEmpty();

                // Still full: trying again stops again, and the edit is still held.
                session.retryWrites();
                assertThat(session.awaitWritten(WAIT)).isEqualTo(EditWriter.Outcome.STOPPED);
                assertThat(session.writeState().pending()).isEqualTo(1);

                disk.free();
                session.retryWrites();
                assertThat(session.awaitWritten(WAIT)).isEqualTo(EditWriter.Outcome.WRITTEN);
                assertThat(session.writeState().unsavedCodes()).isEmpty();
                session.apply(entry(session, "8.1").withSelfExplanation("sau khi có chỗ"));
                session.requireWritten();
            }
            try (WorkbookStore store = H2WorkbookStore.open(data)) {
                assertThat(store.loadAssessment("a-1").orElseThrow().entry("5").selfExplanation())
                        .isEqualTo("nhập khi ổ đầy");
                assertThat(store.history("a-1", 10)).extracting(WorkbookStore.EntryEdit::code)
                        .containsExactly("8.1", "5");
            }
        }
    }

    @Test
    void aReadOnlyStoreStopsTheWriterAndTheEditIsKeptUntilTheUserGivesItUp() throws Exception {
        try (SmallDisk disk = SmallDisk.in(dir)) {
            Path data = disk.folder().resolve("data");
            try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
                store.createAssessment(StoreFixtures.richAssessment("a-1"));
            }
            disk.makeReadOnly(data);
            try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
                assertThat(store.isReadOnly()).isTrue();
                EditSession session = new EditSession(store, store.loadAssessment("a-1").orElseThrow());
                session.apply(entry(session, "5").withSelfExplanation("không ghi được"));
                session.apply(entry(session, "5").withSelfExplanation("không ghi được"));

                assertThat(session.awaitWritten(WAIT)).isEqualTo(EditWriter.Outcome.STOPPED);
                assertThat(session.writeFailure()).get().asString().contains("chỉ cho phép đọc");
                session.retryWrites();
                assertThat(session.awaitWritten(WAIT)).isEqualTo(EditWriter.Outcome.STOPPED);
                assertThat(session.writeState().pending()).isEqualTo(1);
                assertThat(entry(session, "5").selfExplanation()).isEqualTo("không ghi được");
                assertThatThrownBy(session::requireWritten).isInstanceOf(StoreException.class)
                        .hasMessageContaining("1 thay đổi CHƯA được ghi vào máy");

                assertThat(session.discardUnwritten()).isEqualTo(1);
                assertThat(session.writeState().isWritten()).isTrue();
            }
        }
    }

    @Test
    void everythingAcceptedIsOnDiskBeforeTheStoreIsClosed() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
            EditSession session = new EditSession(store, store.loadAssessment("a-1").orElseThrow());
            H2WorkbookStore.simulateSlowDisk(Duration.ofMillis(20));
            for (int n = 1; n <= 10; n++) {
                session.apply(entry(session, "5").withSelfExplanation("Lần " + n));
            }
            session.requireWritten();
        }
        H2WorkbookStore.simulateSlowDisk(null);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1").orElseThrow().entry("5").selfExplanation()).isEqualTo("Lần 10");
            assertThat(store.history("a-1", 100)).hasSize(10);
        }
    }

    private static Entry entry(EditSession session, String code) {
        return session.assessment().entry(code);
    }
}
