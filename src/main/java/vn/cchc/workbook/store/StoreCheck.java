package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Whether a store can be trusted, decided before anything is written to it: the schema history is there and
 * complete, every row of every table and every index entry can be read (H2 checks the pages it reads), every
 * workbook and criteria set can be read as the program reads it, the counts the store recorded match its rows, and
 * it has not fallen back behind the side file ({@link StoreState}).
 */
final class StoreCheck {

    private static final Logger LOG = Logger.getLogger(StoreCheck.class.getName());

    /** What the check found. */
    enum Verdict {
        /** Made by this release and sound. */
        SOUND,
        /** Sound, made by an older release: back it up, then migrate. */
        OLDER,
        /** Made by a newer release: refuse, do not touch. */
        NEWER,
        /** Do not write: offer recovery. */
        DAMAGED
    }

    /**
     * @param verdict       the outcome
     * @param storedVersion the schema version in the store ("" when unknown)
     * @param state         what the store holds (counted), when it could be read
     * @param reasonKey     for DAMAGED, the message key of what is wrong ({@code safety.damaged.*})
     * @param reasonArgs    its arguments
     * @param assessments   the workbooks read by a full check of a current store, by id (empty otherwise)
     */
    record Result(Verdict verdict, String storedVersion, Optional<StoreState> state, String reasonKey,
                  Object[] reasonArgs, Map<String, Assessment> assessments) {

        static Result damaged(String storedVersion, String reasonKey, Object... args) {
            return new Result(Verdict.DAMAGED, storedVersion, Optional.empty(), reasonKey, args, Map.of());
        }

        /** A store file H2 refuses to open: empty, or its header or newest part unreadable. */
        static Result unopenable(Path file) {
            boolean empty;
            try {
                empty = Files.size(file) == 0;
            } catch (IOException unknown) {
                empty = false;
            }
            return damaged("", empty ? "storesafety.damaged.empty" : "storesafety.damaged.unopenable");
        }

        StoreDamagedException toException(StoreFiles files) {
            return new StoreDamagedException(files.folder(), reasonKey, reasonArgs);
        }
    }

    private StoreCheck() {
    }

    /**
     * Checks the store behind {@code connection} (read-only).
     *
     * @param recorded the side file's record, when there is one
     */
    static Result run(Connection connection, Optional<StoreState> recorded) {
        return run(connection, recorded, true);
    }

    /**
     * Checks the store behind {@code connection}; {@code readEverything} false leaves out reading every row and
     * index (the quick look before the connection that will be checked in full).
     */
    static Result run(Connection connection, Optional<StoreState> recorded, boolean readEverything) {
        StoreSchema.Inspection inspection;
        try {
            inspection = StoreSchema.inspect(connection);
        } catch (SQLException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Schema history unreadable", unreadable);
            return Result.damaged("", "storesafety.damaged.unreadable");
        }
        String version = inspection.storedVersion();
        switch (inspection.state()) {
            case EMPTY -> {
                return Result.damaged(version, "storesafety.damaged.noHistory");
            }
            case UNCLEAR -> {
                return Result.damaged(version, "storesafety.damaged.failedMigration");
            }
            case NEWER -> {
                return new Result(Verdict.NEWER, version, Optional.empty(), "", new Object[0], Map.of());
            }
            default -> {
                // CURRENT or OLDER: read everything.
            }
        }
        Map<String, Assessment> assessments = Map.of();
        try {
            if (readEverything) {
                readEveryRow(connection);
                if (inspection.state() == StoreSchema.State.CURRENT) {
                    // The program's own reading needs today's schema; an older store is read so after migrating.
                    assessments = AssessmentReader.loadAll(connection);
                }
            }
        } catch (SQLException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Store has unreadable rows", unreadable);
            return Result.damaged(version, "storesafety.damaged.unreadable");
        }
        try {
            Optional<StoreState> own = StoreState.inStore(connection);
            StoreState counted = StoreState.counted(connection, own.map(StoreState::changes).orElse(0L));
            if (own.isPresent() && !own.get().equals(counted)) {
                return Result.damaged(version, "storesafety.damaged.countMismatch", own.get().assessments(),
                        counted.assessments());
            }
            if (own.isPresent() && recorded.isPresent() && own.get().changes() < recorded.get().changes()) {
                return Result.damaged(version, "storesafety.damaged.behind", recorded.get().assessments(),
                        counted.assessments(), recorded.get().changes() - own.get().changes());
            }
            Verdict verdict = inspection.state() == StoreSchema.State.CURRENT ? Verdict.SOUND : Verdict.OLDER;
            return new Result(verdict, version, Optional.of(counted), "", new Object[0], assessments);
        } catch (SQLException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Store counts unreadable", unreadable);
            return Result.damaged(version, "storesafety.damaged.unreadable");
        }
    }

    /**
     * Reads every column of every row of every table, and every entry of every index in the index's order: each
     * page of the store that holds data is read and its checksum checked. A lost page of an index is as bad as one
     * of a table: the lookups by workbook go through the indexes.
     */
    private static void readEveryRow(Connection connection) throws SQLException {
        List<String> tables = Sql.list(connection, """
                SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""",
                row -> row.getString(1));
        for (String table : tables) {
            long rows = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + quote(table))) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        result.getObject(column);
                    }
                    rows++;
                }
            }
            for (String index : Sql.list(connection, """
                    SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY INDEX_NAME""",
                    row -> row.getString(1), table)) {
                readIndex(connection, table, index, rows);
            }
        }
    }

    private static void readIndex(Connection connection, String table, String index, long rows)
            throws SQLException {
        List<String> columns = Sql.list(connection, """
                SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND INDEX_NAME = ? ORDER BY ORDINAL_POSITION""",
                row -> row.getString(1), table, index);
        if (columns.isEmpty()) {
            return;
        }
        String list = String.join(", ", columns.stream().map(StoreCheck::quote).toList());
        long found = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + list + " FROM " + quote(table) + " USE INDEX ("
                     + quote(index) + ") ORDER BY " + list)) {
            while (result.next()) {
                found++;
            }
        }
        if (found != rows) {
            throw new SQLException("Index " + index + " of " + table + " has " + found + " entries for " + rows
                    + " rows");
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
