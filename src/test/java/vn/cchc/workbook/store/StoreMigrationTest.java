package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * Upgrading an older store happens on a copy moved into place whole ({@link StoreMigration}). Migrated in place, an
 * upgrade that stopped half-way (killed, or failing on a store that is not what its history says) left H2's
 * committed schema changes without their history rows: the next start could not finish and called the store
 * damaged, and the backup it took first was of the half-upgraded store, so the newest backup did not restore either
 * ({@code StoreKillTest.killedMigrationLeavesTheOldStoreOrARestorableBackup} failed so, now and then).
 */
class StoreMigrationTest {

    @TempDir
    Path folder;

    @Test
    void anUpgradeThatFailsHalfWayLeavesTheOldStoreUntouchedAndItsBackupRestores() throws Exception {
        Path dir = frozenStore(folder.resolve("data"));
        // A table the tenth migration creates, already there: migrations 3 to 9 run, then the upgrade fails.
        try (Connection connection = H2Connections.open(dir, StoreFiles.DATABASE_NAME, H2Connections.Mode.WRITE);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE round_step (id INT)");
        }
        byte[] before = Files.readAllBytes(dir.resolve("workbook.mv.db"));

        Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());

        assertThat(refused).isInstanceOf(StoreDamagedException.class);
        // The store is the one that was there, byte for byte (in place, migrations 3 to 9 had been applied to it).
        assertThat(Files.readAllBytes(dir.resolve("workbook.mv.db"))).isEqualTo(before);
        assertThat(schemaVersion(dir)).isEqualTo("2");
        assertThat(dir.resolve("workbook-migrating.mv.db")).doesNotExist();
        // The backup made before the upgrade is of that store: removing the stray table from it would let it
        // upgrade; here it is enough that it holds both workbooks.
        assertThat(StoreRecovery.backups(dir)).hasSize(1);
        assertThat(StoreRecovery.backups(dir).get(0).assessments()).isEqualTo(2);
    }

    @Test
    void anUpgradeKilledBeforeTheMoveLeavesACopyTheNextStartRemovesAndRedoes() throws Exception {
        Path dir = frozenStore(folder.resolve("data"));
        // What a start killed during the upgrade leaves: a half-migrated copy beside the untouched store.
        Files.write(dir.resolve("workbook-migrating.mv.db"), new byte[] {1, 2, 3});

        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                    .containsExactlyInAnyOrder(FrozenStoreTest.SAMPLE_ID, FrozenStoreTest.RICH_ID);
        }
        assertThat(dir.resolve("workbook-migrating.mv.db")).doesNotExist();
        assertThat(schemaVersion(dir)).isEqualTo(StoreSchema.LATEST_VERSION);
    }

    private static String schemaVersion(Path dir) throws Exception {
        try (Connection connection = H2Connections.open(dir, StoreFiles.DATABASE_NAME, H2Connections.Mode.READ);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM "
                     + "\"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Path frozenStore(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (InputStream in = Objects.requireNonNull(StoreMigrationTest.class.getResourceAsStream(
                "/vn/cchc/workbook/store/frozen/v2/workbook.mv.db"))) {
            Files.copy(in, dir.resolve("workbook.mv.db"));
        }
        return dir;
    }
}
