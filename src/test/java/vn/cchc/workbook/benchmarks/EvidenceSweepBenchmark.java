package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.cchc.workbook.app.EvidenceFolder;
import vn.cchc.workbook.app.EvidenceSweep;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.JsonCheck;
import vn.cchc.workbook.store.BenchmarkStores;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;

/**
 * The evidence sweep at start-up on a large store: WORKBOOKS copies of the bundled commune sample (120 nodes), each
 * citing two evidence files, with two earlier rounds citing one more, and a history of EDITS edits (one of which
 * attached a file and a later one removed it), plus 20 files nothing cites. Times how long the sweep takes to decide
 * what to remove: "full read" is the sweep as it was before decision "The cited evidence files are kept beside the
 * rows that cite them" (every workbook loaded, its whole history decoded, every round parsed); "one query" is
 * {@link EvidenceSweep} now ({@link WorkbookStore#citedEvidenceFiles()}). Both are checked to decide the same, and
 * the first sweep's removal is reported. Also prints the time to open the store (its check reads every row), the
 * alternative to the citation tables (reading only the history's and rounds' columns and scanning them), and the
 * time to open the same store as schema 11 left it (backup and the V12 upgrade that fills the tables). Run by
 * scripts/bench-sweep.sh [WORKBOOKS] [EDITS] [ROUNDS]; not part of {@code mvn verify}.
 */
public final class EvidenceSweepBenchmark {

    private static final String CODE = "1.1.1";

    private EvidenceSweepBenchmark() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int workbooks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path folder = Files.createTempDirectory("sweep-bench");
        Path documents = Files.createTempDirectory("sweep-bench-docs");
        try {
            long built = System.nanoTime();
            long historyRows = build(folder, documents, workbooks, edits);
            System.out.printf("%d workbooks (the bundled commune sample, 120 nodes), %d history rows, %d files; "
                            + "built in %.0f s; %d rounds, %d cores%n", workbooks, historyRows,
                    EvidenceFolder.in(folder).storedHashes().size(), (System.nanoTime() - built) / 1e9, rounds,
                    Runtime.getRuntime().availableProcessors());
            try (H2WorkbookStore store = H2WorkbookStore.open(folder)) {
                Set<String> before = toRemove(store, fullRead(store));
                Set<String> after = toRemove(store, store.citedEvidenceFiles());
                if (!before.equals(after)) {
                    throw new IllegalStateException("The two sweeps disagree: " + before + " / " + after);
                }
                EvidenceSweep.Result first = EvidenceSweep.sweep(store);
                System.out.printf("first sweep: removed %d, kept %d (both ways agree)%n", first.removed(),
                        first.kept());
            }
            List<Long> open = new ArrayList<>();
            List<Long> full = new ArrayList<>();
            List<Long> query = new ArrayList<>();
            List<Long> scan = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                Set<String> scanned = BenchmarkStores.citedByScanning(folder);
                scan.add(System.nanoTime() - start);
                start = System.nanoTime();
                try (H2WorkbookStore store = H2WorkbookStore.open(folder)) {
                    open.add(System.nanoTime() - start);
                    start = System.nanoTime();
                    toRemove(store, fullRead(store));
                    full.add(System.nanoTime() - start);
                    start = System.nanoTime();
                    EvidenceSweep.sweep(store);
                    query.add(System.nanoTime() - start);
                    if (!toRemove(store, scanned).isEmpty()) {
                        throw new IllegalStateException("The scan misses cited files");
                    }
                }
            }
            BenchmarkStores.backToVersion11(folder);
            long upgrade = System.nanoTime();
            try (H2WorkbookStore store = H2WorkbookStore.open(folder)) {
                upgrade = System.nanoTime() - upgrade;
                if (!toRemove(store, store.citedEvidenceFiles()).isEmpty()) {
                    throw new IllegalStateException("The upgrade misses cited files");
                }
            }
            System.out.printf("opening the store (its check): median %.2f s%n", median(open));
            System.out.printf("sweep, full read:  median %.3f s%n", median(full));
            System.out.printf("sweep, one query:  median %.3f s%n", median(query));
            System.out.printf("cited files by scanning the history and round columns (no side table): median %.3f s%n",
                    median(scan));
            System.out.printf("opening a store of schema 11 (check, backup, upgrade filling the tables, check): %.2f s%n",
                    upgrade / 1e9);
        } finally {
            delete(folder);
            delete(documents);
        }
    }

    private static long build(Path folder, Path documents, int workbooks, int edits) throws SQLException {
        Assessment sample = BundledData.sampleAssessment();
        try (WorkbookStore store = H2WorkbookStore.open(folder)) {
            EvidenceFolder files = store.evidenceFolder();
            for (int n = 1; n <= workbooks; n++) {
                String id = "bench-" + n;
                Assessment workbook = citing(sample.withId(id), add(files, documents, id + "-a"),
                        add(files, documents, id + "-b"));
                store.createAssessment(workbook);
                EvidenceFile inRound = add(files, documents, id + "-round");
                store.replaceAssessment(workbook, "vòng 1", AssessmentJson.toBytes(citing(workbook, inRound)));
                store.replaceAssessment(workbook, "vòng 2", AssessmentJson.toBytes(workbook));
            }
            for (int n = 1; n <= 20; n++) {
                add(files, documents, "orphan-" + n);
            }
            // One long history, typed as the clerk would, then copied to every workbook.
            Assessment first = store.loadAssessment("bench-1").orElseThrow();
            List<String> codes = new ArrayList<>(first.entries().keySet());
            Map<String, Entry> current = new LinkedHashMap<>(first.entries());
            EvidenceFile given = add(files, documents, "history-only");
            for (int i = 0; i < edits; i++) {
                String code = i == edits / 3 || i == 2 * edits / 3 ? CODE : codes.get(i % codes.size());
                Entry before = current.getOrDefault(code, Entry.empty(code));
                Entry after;
                if (i == edits / 3) {
                    after = withFile(before, given);
                } else if (i == 2 * edits / 3) {
                    after = before.withEvidence(before.evidence().stream()
                            .filter(document -> document.file() == null || !document.file().equals(given)).toList());
                } else {
                    after = before.withSelfExplanation("Giải trình, lần sửa thứ " + (i + 1) + ".");
                }
                store.saveEntry("bench-1", before, after);
                current.put(code, after);
            }
        }
        return BenchmarkStores.copyHistoryToEveryWorkbook(folder, "bench-1") + edits;
    }

    /** The sweep's decision as it was: every workbook, its whole history and every round read in full. */
    private static Set<String> fullRead(WorkbookStore store) {
        Set<String> needed = new HashSet<>();
        for (WorkbookStore.AssessmentSummary summary : store.listAssessments()) {
            Assessment assessment = store.loadAssessment(summary.id())
                    .orElseThrow(() -> new StoreException("store.assessment.notFound", summary.id()));
            needed.addAll(EvidenceInventory.of(assessment).files().keySet());
            for (WorkbookStore.EntryEdit edit : store.history(summary.id(), Integer.MAX_VALUE)) {
                cite(edit.before(), needed);
                cite(edit.after(), needed);
            }
            for (WorkbookStore.EarlierRound round : store.earlierRounds(summary.id())) {
                byte[] data = store.earlierRoundData(round.id()).orElseThrow();
                JsonCheck<Assessment> check = AssessmentJson.check(data);
                if (!check.isValid()) {
                    throw new StoreException("exchange.round.unreadable", round.label());
                }
                needed.addAll(EvidenceInventory.of(check.value()).files().keySet());
            }
        }
        return needed;
    }

    private static void cite(Entry entry, Set<String> needed) {
        if (entry != null) {
            for (EvidenceDocument document : entry.evidence()) {
                if (document.file() != null) {
                    needed.add(document.file().sha256());
                }
            }
        }
    }

    private static Set<String> toRemove(WorkbookStore store, Set<String> needed) {
        Set<String> remove = new HashSet<>(store.evidenceFolder().storedHashes());
        remove.removeAll(needed);
        return remove;
    }

    private static EvidenceFile add(EvidenceFolder files, Path documents, String name) {
        return files.add(EvidenceSamples.write(documents, name + ".pdf", EvidenceSamples.pdf(name)));
    }

    private static Entry withFile(Entry entry, EvidenceFile file) {
        List<EvidenceDocument> evidence = new ArrayList<>(entry.evidence());
        evidence.add(new EvidenceDocument("", null, file.name(), "", file));
        return entry.withEvidence(evidence);
    }

    private static Assessment citing(Assessment assessment, EvidenceFile... files) {
        Entry entry = assessment.entry(CODE);
        for (EvidenceFile file : files) {
            entry = withFile(entry, file);
        }
        return assessment.withEntry(entry);
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
