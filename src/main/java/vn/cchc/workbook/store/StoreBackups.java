package vn.cchc.workbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The rolling backups of the store in {@code backups/}: one zip per backup holding {@code workbook.mv.db}, named
 * after the moment it was made (UTC) and the number of workbooks in it, e.g.
 * {@code workbook-20261206-093512-123-23.zip}.
 *
 * <p>A backup is written under a temporary name, forced to the disk, opened and read through completely (every row
 * of every table, as at the store's start) and only then given its name, so that every listed backup was readable
 * when it was made. Kept: the {@value #KEEP_NEWEST} newest, plus the newest of each of the last {@value #KEEP_DAYS}
 * days.
 */
public final class StoreBackups {

    static final int KEEP_NEWEST = 10;
    static final int KEEP_DAYS = 7;
    /** A backup larger than this is not unpacked (the store itself stays far below it). */
    static final long MAX_BACKUP_SIZE = 8L << 30;

    private static final Logger LOG = Logger.getLogger(StoreBackups.class.getName());
    private static final Pattern NAME = Pattern.compile("workbook-(\\d{8}-\\d{6}-\\d{3})-(\\d{1,9})\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final String ENTRY = StoreFiles.DATABASE_NAME + StoreFiles.H2_SUFFIX;
    private static final String PARTIAL = ".part";
    private static final String SCRATCH = ".verify-";

    /**
     * One backup.
     *
     * @param file        the zip
     * @param createdAt   when it was made
     * @param assessments how many workbooks it holds
     */
    public record Backup(Path file, Instant createdAt, long assessments) {

        /** The file name, which the command line takes to name a backup. */
        public String name() {
            return file.getFileName().toString();
        }
    }

    private StoreBackups() {
    }

    /** The backups in {@code dataDirectory}, newest first; files that are not backups are left out. */
    public static List<Backup> list(Path dataDirectory) {
        return list(StoreFiles.in(dataDirectory));
    }

    static List<Backup> list(StoreFiles files) {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(files.backups())) {
            return backups;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.backups(), "workbook-*.zip")) {
            for (Path entry : entries) {
                parse(entry).ifPresent(backups::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the backups in " + files.backups(), e);
        }
        backups.sort(Comparator.comparing(Backup::createdAt).reversed());
        return backups;
    }

    private static Optional<Backup> parse(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.from(STAMP.parse(matcher.group(1)));
            return Optional.of(new Backup(file, at, Long.parseLong(matcher.group(2))));
        } catch (RuntimeException unparsable) {
            return Optional.empty();
        }
    }

    /**
     * Backs up the open store through H2 ({@code BACKUP TO}), which copies through H2's own handle on the file, so
     * the copy is consistent and H2's lock on the file stays in place.
     *
     * @param assessments the workbooks in the store now (the name records it; the verification must find as many)
     */
    static Backup ofOpenStore(Connection connection, StoreFiles files, long assessments, Instant now, ZoneId zone)
            throws IOException, SQLException {
        Path partial = partial(files);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            return finish(partial, files, assessments, now, zone);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Backs up a store nobody has open (before a migration): a zip of the database file. */
    static Backup ofClosedStore(StoreFiles files, long assessments, Instant now, ZoneId zone) throws IOException {
        Path partial = partial(files);
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(files.database(), zip);
                zip.closeEntry();
            }
            return finish(partial, files, assessments, now, zone);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partial(StoreFiles files) throws IOException {
        Files.createDirectories(files.backups());
        return files.backups().resolve("." + UUID.randomUUID() + PARTIAL);
    }

    private static Backup finish(Path partial, StoreFiles files, long assessments, Instant now, ZoneId zone)
            throws IOException {
        force(partial);
        long found = verify(partial, files);
        if (found != assessments) {
            throw new IOException("The backup holds " + found + " workbooks, the store " + assessments);
        }
        Path target = files.backups().resolve("workbook-" + STAMP.format(now) + "-" + assessments + ".zip");
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(files.backups());
        prune(files, now, zone);
        return new Backup(target, now.truncatedTo(ChronoUnit.MILLIS), assessments);
    }

    /**
     * Unpacks {@code zip} into a scratch folder and checks the store in it as a start would.
     *
     * @return the number of workbooks in it
     * @throws IOException when it is not a readable, sound store
     */
    static long verify(Path zip, StoreFiles files) throws IOException {
        Path scratch = files.backups().resolve(SCRATCH + UUID.randomUUID());
        Files.createDirectories(scratch);
        try {
            unpack(zip, scratch.resolve(ENTRY), false);
            try (Connection connection = H2Connections.open(scratch, StoreFiles.DATABASE_NAME,
                    H2Connections.Mode.READ)) {
                StoreCheck.Result result = StoreCheck.run(connection, Optional.empty());
                if (result.verdict() != StoreCheck.Verdict.SOUND && result.verdict() != StoreCheck.Verdict.OLDER) {
                    throw new IOException("The backup " + zip + " is not sound: " + result.verdict() + " "
                            + result.reasonKey());
                }
                return result.state().orElseThrow().assessments();
            } catch (SQLException unreadable) {
                throw new IOException("The backup " + zip + " cannot be opened", unreadable);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /** Writes the database file of backup {@code zip} to {@code target}, forced to the disk when it is to stay. */
    static void unpack(Path zip, Path target, boolean durable) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (!entry.getName().equals(ENTRY)) {
                    continue;
                }
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    byte[] buffer = new byte[1 << 16];
                    long total = 0;
                    for (int n = entries.read(buffer); n >= 0; n = entries.read(buffer)) {
                        total += n;
                        if (total > MAX_BACKUP_SIZE) {
                            throw new IOException("The backup " + zip + " unpacks to more than " + MAX_BACKUP_SIZE);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (durable) {
                    force(target);
                }
                return;
            }
        }
        throw new IOException("The backup " + zip + " holds no " + ENTRY);
    }

    /** Keeps the newest {@value #KEEP_NEWEST}, and the newest of each of the last {@value #KEEP_DAYS} days. */
    static void prune(StoreFiles files, Instant now, ZoneId zone) {
        List<Backup> backups = list(files);
        LocalDate today = now.atZone(zone).toLocalDate();
        Set<LocalDate> daysKept = new HashSet<>();
        for (int i = 0; i < backups.size(); i++) {
            Backup backup = backups.get(i);
            LocalDate day = backup.createdAt().atZone(zone).toLocalDate();
            boolean recentDay = !day.isBefore(today.minusDays(KEEP_DAYS - 1L)) && !day.isAfter(today);
            boolean keep = i < KEEP_NEWEST || (recentDay && daysKept.add(day));
            if (i < KEEP_NEWEST) {
                daysKept.add(day);
            }
            if (!keep) {
                try {
                    Files.deleteIfExists(backup.file());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Old backup not removed: " + backup.file(), e);
                }
            }
        }
    }

    /** Removes what a killed backup or verification left behind. */
    static void removeLeftovers(StoreFiles files) {
        if (!Files.isDirectory(files.backups())) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.backups(),
                p -> p.getFileName().toString().startsWith("."))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(PARTIAL) || name.startsWith(SCRATCH)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot look for backup leftovers", e);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Folder not synced: " + folder, e);
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    deleteTree(entry);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
