package vn.cchc.workbook.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.files.SafeFileWriter;

/**
 * What the store held after its last acknowledged change: how many changes it has taken in its life, and how many
 * workbooks and criteria sets it holds. The store keeps this row in its table {@code store_state}, updated in the
 * same transaction as every change, and a copy in the side file {@code workbook.state}, written after the change
 * reached the disk.
 *
 * <p>H2 silently falls back to an older state of the file when the newest part is unreadable (a lost block, a cut
 * tail): the store then opens, fewer workbooks and all. Such a fall-back takes the table with it, but not the side
 * file, so a store whose change count is below the side file's has lost acknowledged changes. A store may be ahead
 * of the side file (killed between its commit and the side file's update), never behind.
 *
 * @param changes      changes made to the store since it was created (or since schema V3 was applied)
 * @param assessments  workbooks in the store
 * @param criteriaSets criteria sets in the library
 */
record StoreState(long changes, long assessments, long criteriaSets) {

    private static final Logger LOG = Logger.getLogger(StoreState.class.getName());
    private static final int MAX_FILE_SIZE = 4096;

    /** The state recorded in the store's own table; empty for a store older than schema V3. */
    static Optional<StoreState> inStore(Connection connection) throws SQLException {
        boolean hasTable = Sql.one(connection, """
                SELECT 1 FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'STORE_STATE'""", row -> true).isPresent();
        if (!hasTable) {
            return Optional.empty();
        }
        return Sql.one(connection, """
                SELECT write_count, assessment_count, criteria_set_count FROM store_state WHERE id = 1""",
                row -> new StoreState(row.getLong(1), row.getLong(2), row.getLong(3)));
    }

    /** What the store actually holds, counted row by row. */
    static StoreState counted(Connection connection, long changes) throws SQLException {
        long assessments = Sql.one(connection, "SELECT COUNT(*) FROM assessment", row -> row.getLong(1)).orElse(0L);
        long sets = Sql.one(connection, "SELECT COUNT(*) FROM criteria_set", row -> row.getLong(1)).orElse(0L);
        return new StoreState(changes, assessments, sets);
    }

    /** Counts one more change in the store's table, inside the change's transaction, and returns the new state. */
    static StoreState countChange(Connection connection) throws SQLException {
        Sql.update(connection, """
                UPDATE store_state SET write_count = write_count + 1,
                    assessment_count = (SELECT COUNT(*) FROM assessment),
                    criteria_set_count = (SELECT COUNT(*) FROM criteria_set)
                WHERE id = 1""");
        return inStore(connection).orElseThrow(() -> new SQLException("The table store_state has no row"));
    }

    /**
     * The side file's record; empty when there is none (a store made before schema V3) or it cannot be read as one
     * (then the log says why, and the store's own checks still run).
     */
    static Optional<StoreState> read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                LOG.warning("Side file too large, ignored: " + file);
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new StoreState(number(properties, "changes"), number(properties, "assessments"),
                    number(properties, "criteriaSets")));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(Level.WARNING, "Side file unreadable, ignored: " + file, unreadable);
            return Optional.empty();
        }
    }

    private static long number(Properties properties, String key) {
        String text = properties.getProperty(key);
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new IllegalArgumentException("No count " + key);
        }
        return Long.parseLong(text.strip());
    }

    /** Writes the side file (temporary file, sync, rename). */
    void write(Path file) {
        String text = "# CCHC Workbook: the store after its last change; compared with the store at every start.\n"
                + "changes=" + changes + "\nassessments=" + assessments + "\ncriteriaSets=" + criteriaSets + "\n";
        SafeFileWriter.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
