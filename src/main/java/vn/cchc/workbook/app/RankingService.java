package vn.cchc.workbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.domain.ranking.ScoredUnit;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.reports.RankingExporter;
import vn.cchc.workbook.reports.RankingSheetOptions;

/**
 * Ranks the workbooks (.cchc files) the units sent by email, for the window and the command line. Every file is
 * read through {@link CchcFile} (strict, untrusted input); a file that is refused is listed with its problem in
 * Vietnamese and the others are still ranked, whatever made it fail (a timeout per file included). Files are read in
 * parallel and streamed (see {@link #rank}); the result does not depend on the order.
 */
public final class RankingService {

    private static final Logger LOG = Logger.getLogger(RankingService.class.getName());

    /** A file that could not be ranked, with the reason as the user should read it. */
    public record RejectedFile(Path file, String problem) {
    }

    /**
     * The outcome of one ranking.
     *
     * @param ranking  the ranking of every file that was read (its own {@link Ranking#excluded()} lists units left
     *                 out for another level or a duplicate)
     * @param rejected the files that could not be read, in the order given
     * @param read       how many files were read
     * @param periodText the period every ranked unit shares ("năm 2023"), or blank when they differ
     */
    public record Result(Ranking ranking, List<RejectedFile> rejected, int read, String periodText,
                         String periodWarning) {
        public Result {
            rejected = List.copyOf(rejected);
            periodWarning = periodWarning == null ? "" : periodWarning;
        }

        /** A ranking of units that all share one period (no warning). */
        public Result(Ranking ranking, List<RejectedFile> rejected, int read, String periodText) {
            this(ranking, rejected, read, periodText, "");
        }

        /** Whether at least one unit was ranked. */
        public boolean anythingRanked() {
            return !ranking.units().isEmpty();
        }
    }

    /** How long one file may take to be read and scored before it is listed as bad and the others go on. */
    static final Duration PER_FILE_TIMEOUT = Duration.ofSeconds(30);

    private final Function<Path, Assessment> reader;
    private final Duration perFileTimeout;
    private final int parallel;

    public RankingService() {
        this(CchcFile::read, PER_FILE_TIMEOUT, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** For tests: another way to read a file (one that hangs), another timeout, another number of workers. */
    RankingService(Function<Path, Assessment> reader, Duration perFileTimeout, int parallel) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.perFileTimeout = Objects.requireNonNull(perFileTimeout, "perFileTimeout");
        this.parallel = Math.max(1, parallel);
    }

    /**
     * Reads and ranks {@code filesOrFolders}: each folder stands for the .cchc files directly in it (by name).
     *
     * <p>Streams: each file is read, checked, scored and reduced to its figures ({@link ScoredUnit}) on one of a
     * few workers, then let go, so memory stays flat whatever the number of files. A file that is refused, fails in
     * any way or takes longer than the per-file timeout is listed with its reason and the others are ranked.
     *
     * @throws NullPointerException for null arguments; nothing a user can cause throws
     */
    public Result rank(List<Path> filesOrFolders, Bands bands) {
        return rank(filesOrFolders, bands, ResultBasis.PUBLISHED);
    }

    /**
     * As {@link #rank(List, Bands)}, ranking on {@code basis}: the published result of each unit that recorded one
     * (the default), or the computed result of every unit.
     */
    public Result rank(List<Path> filesOrFolders, Bands bands, ResultBasis basis) {
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(basis, "basis");
        List<Path> files = new ArrayList<>();
        List<RejectedFile> rejected = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                List<Path> inFolder = workbooksIn(path, rejected);
                if (inFolder.isEmpty()) {
                    rejected.add(new RejectedFile(path, Messages.get("ranking.folder.empty", path.toString())));
                }
                files.addAll(inFolder);
            } else {
                files.add(path);
            }
        }
        List<ScoredUnit> scored = new ArrayList<>();
        Map<String, CriteriaSet> sets = new HashMap<>();
        Deque<Pending> running = new ArrayDeque<>();
        for (Path file : files) {
            while (running.size() >= parallel) {
                collect(running.removeFirst(), scored, rejected, sets);
            }
            running.addLast(start(file));
        }
        while (!running.isEmpty()) {
            collect(running.removeFirst(), scored, rejected, sets);
        }
        Ranking ranking = Ranking.rankScored(scored, bands, basis);
        // By id and file: the copies of one workbook left out share its id, and counted in the periods' warning.
        Set<String> rankedIds = new HashSet<>();
        ranking.units().forEach(u -> rankedIds.add(u.assessmentId() + '\n' + u.source()));
        List<ScoredUnit> ranked = scored.stream().filter(u -> rankedIds.contains(u.assessmentId() + '\n' + u.source()))
                .toList();
        return new Result(ranking, rejected, files.size(), commonPeriod(ranked), periodWarning(ranked));
    }

    /** One file being read and scored on its own daemon thread. */
    private record Pending(Path file, IsolatedTask<ScoredUnit> task) {
    }

    private Pending start(Path file) {
        return new Pending(file, IsolatedTask.start("rank-" + file.getFileName(),
                () -> ScoredUnit.of(reader.apply(file), String.valueOf(file.getFileName()))));
    }

    private void collect(Pending pending, List<ScoredUnit> scored, List<RejectedFile> rejected,
                         Map<String, CriteriaSet> sets) {
        String name = String.valueOf(pending.file().getFileName());
        try {
            ScoredUnit unit = pending.task().await(perFileTimeout);
            // Units scored against the same set keep one copy of it.
            CriteriaSet shared = sets.computeIfAbsent(ScoredUnit.signature(unit.criteria()), key -> unit.criteria());
            scored.add(unit.withCriteria(shared));
        } catch (TimeoutException slow) {
            LOG.warning("Not ranked, still running after " + perFileTimeout + ": " + pending.file());
            rejected.add(new RejectedFile(pending.file(),
                    Messages.get("limits.file.timeout", name, perFileTimeout.toSeconds())));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof UserFacingException refused) {
                LOG.log(Level.INFO, "Not ranked: " + pending.file() + ": " + refused);
                rejected.add(new RejectedFile(pending.file(), refused.getMessage()));
            } else {
                LOG.log(Level.WARNING, "Not ranked, unexpected failure: " + pending.file(), failed.getCause());
                rejected.add(new RejectedFile(pending.file(), Messages.get("limits.file.unexpected", name)));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            rejected.add(new RejectedFile(pending.file(), Messages.get("limits.file.unexpected", name)));
        }
    }

    /**
     * "Lưu ý: các đơn vị được xếp hạng thuộc các kỳ đánh giá khác nhau: 6 tháng đầu năm 2023 (2 đơn vị); …", or ""
     * when they share one period. Ranking a half-year against a full year compares unlike figures; the sheet and the
     * command line say so rather than rank them silently.
     */
    public static String periodWarning(List<ScoredUnit> units) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (ScoredUnit unit : units) {
            counts.merge(DocumentText.periodText(unit.period(), unit.year()), 1, Integer::sum);
        }
        if (counts.size() <= 1) {
            return "";
        }
        java.util.StringJoiner periods = new java.util.StringJoiner("; ");
        counts.forEach((period, count) -> periods.add(Messages.get("print.ranking.periodCount", period, count)));
        return Messages.get("print.ranking.mixedPeriods", periods.toString());
    }

    /**
     * Writes the ranking sheet. Without a period in {@code options}, the title names the one every ranked unit
     * shares ("năm 2023").
     *
     * @throws vn.cchc.workbook.reports.ReportException when nothing was ranked or the file cannot be written
     */
    public void export(Result result, RankingSheetOptions options, Path target) {
        RankingSheetOptions effective = options.periodText().isEmpty() ? options.withPeriodText(result.periodText())
                : options;
        if (!result.periodWarning().isEmpty()) {
            effective = effective.withNote(result.periodWarning());
        }
        new RankingExporter().export(result.ranking(), effective, target);
    }

    /**
     * The same ranking with other band thresholds: ranks depend on the index only, so only the xếp loại changes
     * and no file is read again.
     */
    public static Result withBands(Result result, Bands bands) {
        Ranking ranking = result.ranking();
        List<RankedUnit> units = ranking.units().stream()
                .map(u -> u.withBand(u.isRanked() ? bands.bandFor(u.index()) : null)).toList();
        Ranking rebanded = new Ranking(ranking.referenceSetId(), ranking.referenceSetName(), ranking.fields(), units,
                ranking.excluded(), bands, ranking.basis());
        return new Result(rebanded, result.rejected(), result.read(), result.periodText(), result.periodWarning());
    }

    private static String commonPeriod(List<ScoredUnit> units) {
        if (units.isEmpty()) {
            return "";
        }
        ScoredUnit first = units.get(0);
        boolean same = units.stream().allMatch(u -> u.year() == first.year() && u.period().equals(first.period()));
        return same ? DocumentText.periodText(first.period(), first.year()) : "";
    }

    /** "năm 2023", "6 tháng đầu năm 2023" when all share the period; "" otherwise. */
    public static String commonPeriodText(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return "";
        }
        Assessment first = assessments.get(0);
        boolean same = assessments.stream().allMatch(a -> a.year() == first.year() && a.period().equals(first.period()));
        return same ? DocumentText.periodText(first.period(), first.year()) : "";
    }

    private static List<Path> workbooksIn(Path folder, List<RejectedFile> rejected) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(CchcFile.EXTENSION))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, "Cannot list " + folder, unreadable);
            rejected.add(new RejectedFile(folder, Messages.get("ranking.folder.unreadable", folder.toString())));
            return List.of();
        }
    }
}
