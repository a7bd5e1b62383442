package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The way back from a damaged store, for the "Khôi phục" dialog and the command line ({@code store check},
 * {@code store backups}, {@code store restore}). Each works with the store closed and takes the {@link StoreLock},
 * so it is refused while another copy of the program has the store open.
 */
public final class StoreRecovery {

    private static final Logger LOG = Logger.getLogger(StoreRecovery.class.getName());
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /**
     * The outcome of a check.
     *
     * @param sound       whether the store can be used as it is
     * @param message     what was found, in Vietnamese
     * @param assessments the workbooks in it, when it could be read
     */
    public record Report(boolean sound, String message, Optional<Long> assessments) {
    }

    /**
     * A restore done.
     *
     * @param backup   the backup now in use
     * @param setAside where the replaced store was kept, if there was one
     */
    public record Restored(StoreBackups.Backup backup, Optional<Path> setAside) {
    }

    private StoreRecovery() {
    }

    /** The backups of the store in {@code dataDirectory}, newest first. */
    public static List<StoreBackups.Backup> backups(Path dataDirectory) {
        return StoreBackups.list(dataDirectory);
    }

    /**
     * Checks the store without writing to it: what a start checks (history, every row, the counts, the side file).
     *
     * @throws StoreException when another copy has the store open
     */
    public static Report check(Path dataDirectory) {
        StoreFiles files = StoreFiles.in(dataDirectory);
        if (!Files.exists(files.database())) {
            Optional<StoreState> recorded = StoreState.read(files.stateFile());
            if (recorded.isPresent() && recorded.get().changes() > 0) {
                return damaged(new StoreDamagedException(files.folder(), "storesafety.damaged.missing",
                        recorded.get().assessments()));
            }
            return new Report(false, Messages.get("storesafety.check.none", files.folder()), Optional.empty());
        }
        try (StoreLock ignored = lockForChecking(files)) {
            StoreCheck.Result result;
            try (Connection connection = H2Connections.open(files.folder(), StoreFiles.DATABASE_NAME,
                    H2Connections.Mode.READ)) {
                result = StoreCheck.run(connection, StoreState.read(files.stateFile()));
            } catch (SQLException unopenable) {
                LOG.log(Level.WARNING, "The store does not open", unopenable);
                result = StoreCheck.Result.unopenable(files.database());
            }
            return switch (result.verdict()) {
                case SOUND, OLDER -> {
                    long count = result.state().orElseThrow().assessments();
                    yield new Report(true, Messages.get("storesafety.check.sound", files.database(), count,
                            result.storedVersion()), Optional.of(count));
                }
                case NEWER -> new Report(false, Messages.get("store.open.newerVersion", result.storedVersion(),
                        StoreSchema.LATEST_VERSION), Optional.empty());
                case DAMAGED -> damaged(result.toException(files));
            };
        }
    }

    private static Report damaged(StoreDamagedException damaged) {
        return new Report(false, damaged.getMessage(), Optional.empty());
    }

    private static StoreLock lockForChecking(StoreFiles files) {
        try {
            return Files.isWritable(files.folder()) ? StoreLock.forWriting(files) : StoreLock.forReading(files);
        } catch (IOException failed) {
            throw StoreFailures.classify(failed, files.folder(), "storesafety.open.failed");
        }
    }

    /**
     * Puts backup {@code backupName} (a name from {@link #backups}) in place of the store; the store it replaces, if
     * any, is moved to {@code damaged/} and kept. The backup is unpacked and checked before anything is moved.
     *
     * @throws StoreException when there is no such backup, it is not sound, or another copy has the store open
     */
    public static Restored restore(Path dataDirectory, String backupName) {
        return restore(dataDirectory, backupName, Clock.systemUTC());
    }

    static Restored restore(Path dataDirectory, String backupName, Clock clock) {
        StoreFiles files = StoreFiles.in(dataDirectory);
        StoreBackups.Backup backup = StoreBackups.list(files).stream()
                .filter(b -> b.name().equals(backupName)).findFirst()
                .orElseThrow(() -> new StoreException("storesafety.restore.noSuchBackup", backupName));
        try (StoreLock ignored = StoreLock.forWriting(files)) {
            Path unpacked = files.database(StoreFiles.RESTORED_DATABASE_NAME);
            Files.deleteIfExists(unpacked);
            StoreBackups.unpack(backup.file(), unpacked, true);
            StoreState state;
            try (Connection connection = H2Connections.open(files.folder(), StoreFiles.RESTORED_DATABASE_NAME,
                    H2Connections.Mode.READ)) {
                StoreCheck.Result result = StoreCheck.run(connection, Optional.empty());
                if (result.verdict() != StoreCheck.Verdict.SOUND && result.verdict() != StoreCheck.Verdict.OLDER) {
                    Files.deleteIfExists(unpacked);
                    throw new StoreException("storesafety.restore.backupDamaged", backup.name());
                }
                state = result.state().orElseThrow();
            } catch (SQLException unopenable) {
                Files.deleteIfExists(unpacked);
                throw new StoreException(unopenable, "storesafety.restore.backupDamaged", backup.name());
            }
            Optional<Path> aside = setAside(files, clock.instant());
            Files.move(unpacked, files.database(), StandardCopyOption.ATOMIC_MOVE);
            StoreBackups.forceFolder(files.folder());
            state.write(files.stateFile());
            LOG.info("Restored " + backup.file() + (aside.map(p -> "; the replaced store is " + p).orElse("")));
            return new Restored(backup, aside);
        } catch (IOException failed) {
            throw StoreFailures.classify(failed, files.folder(), "storesafety.restore.failed");
        }
    }

    /**
     * Begins with an empty store when no backup will do: the damaged store is moved to {@code damaged/} and kept,
     * and the next start makes a new one.
     *
     * @return where the old store was kept
     */
    public static Optional<Path> startEmpty(Path dataDirectory) {
        StoreFiles files = StoreFiles.in(dataDirectory);
        try (StoreLock ignored = StoreLock.forWriting(files)) {
            Optional<Path> aside = setAside(files, Instant.now());
            Files.deleteIfExists(files.stateFile());
            StoreBackups.forceFolder(files.folder());
            return aside;
        } catch (IOException failed) {
            throw StoreFailures.classify(failed, files.folder(), "storesafety.restore.failed");
        }
    }

    private static Optional<Path> setAside(StoreFiles files, Instant now) throws IOException {
        if (!Files.exists(files.database())) {
            return Optional.empty();
        }
        Files.createDirectories(files.damaged());
        Path aside = files.damaged().resolve("workbook-" + ASIDE.format(now) + StoreFiles.H2_SUFFIX);
        for (int n = 2; Files.exists(aside); n++) {
            aside = files.damaged().resolve("workbook-" + ASIDE.format(now) + "-" + n + StoreFiles.H2_SUFFIX);
        }
        Files.move(files.database(), aside, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(aside);
    }
}
