package vn.cchc.workbook.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cchc.workbook.app.EvidenceDossierExport;
import vn.cchc.workbook.app.EvidenceWorkFolder;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.assessment.RoundChecks;
import vn.cchc.workbook.domain.criteria.CodeLookup;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceNames;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcManifest;
import vn.cchc.workbook.store.DataDirectory;

/**
 * {@code evidence list|add|extract|export}: the evidence of a workbook file, worked on without the window. Every
 * command reads the .cchc with the same checks as opening it in the program; files are streamed, never held whole.
 */
@Command(name = "evidence", sortOptions = false, subcommands = {EvidenceCommand.ListEvidence.class,
        EvidenceCommand.Add.class, EvidenceCommand.Extract.class, EvidenceCommand.Export.class})
final class EvidenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private CchcCommand top;

    /** A subcommand is required. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.get("cli.error.noCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_USAGE;
    }

    /** The local store's data folder, whose evidence fills in files a .cchc does not carry. */
    Path localData() {
        return DataDirectory.resolve(top.dataDir().orElse(null));
    }

    /** "Kế hoạch 30.pdf (PDF, 12 KB)". */
    static String describe(EvidenceFile file) {
        return Messages.get("evidence.cli.fileDescription", file.name(), file.type().label(),
                (file.size() + 1023) / 1024);
    }

    /** {@code evidence list FILE.cchc}: one line per cited document, and whether its file travels with the .cchc. */
    @Command(name = "list", sortOptions = false)
    static final class ListEvidence implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
        private Path file;

        @Override
        public Integer call() {
            CchcFile.Contents contents = CchcFile.open(file);
            Assessment assessment = contents.assessment();
            Set<String> carried = new HashSet<>();
            for (CchcManifest.EvidenceEntry entry : contents.manifest().evidence()) {
                carried.add(entry.sha256());
            }
            EvidenceInventory inventory = EvidenceInventory.of(assessment);
            var out = spec.commandLine().getOut();
            out.println(Messages.get("evidence.cli.list.heading", assessment.unit().name(),
                    assessment.period().labelWithYear(assessment.year()), inventory.files().size(),
                    EvidenceLimits.megabytes(inventory.totalBytes()),
                    Messages.get(contents.manifest().hasEvidence() ? "evidence.cli.list.withEvidence"
                            : "evidence.cli.list.dataOnly")));
            int documents = 0;
            for (var node : assessment.criteria().nodes()) {
                Entry entry = assessment.entries().get(node.code());
                if (entry == null) {
                    continue;
                }
                for (EvidenceDocument document : entry.evidence()) {
                    documents++;
                    String fileText;
                    if (document.file() != null) {
                        fileText = describe(document.file()) + " " + Messages.get(carried.contains(
                                document.file().sha256()) ? "evidence.cli.list.carried" : "evidence.cli.list.notCarried");
                    } else if (!document.filePath().isEmpty()) {
                        fileText = Messages.get("evidence.cli.list.pathOnly", document.filePath());
                    } else {
                        fileText = Messages.get("evidence.cli.list.noFile");
                    }
                    out.println(Messages.get("evidence.cli.list.line", node.code(), blank(document.number()),
                            document.date() == null ? "-" : Messages.get("evidence.diff.date", document.date()),
                            blank(document.summary()), fileText));
                }
            }
            if (documents == 0) {
                out.println(Messages.get("evidence.cli.list.none"));
            }
            List<RoundChecks.Missing> missing = RoundChecks.missing(assessment);
            if (missing.isEmpty()) {
                out.println(Messages.get("evidence.cli.missing.none"));
            } else {
                out.println(Messages.get("evidence.cli.missing.heading", missing.size()));
                for (RoundChecks.Missing item : missing) {
                    out.println(Messages.get("evidence.cli.missing.line", item.code(), item.title(),
                            Messages.get(item.kind().messageKey())));
                }
            }
            return Cli.EXIT_OK;
        }

        private static String blank(String text) {
            return text.isEmpty() ? "-" : text;
        }
    }

    /**
     * {@code evidence add FILE.cchc CODE DOC… [--number … --date … --summary …]}: attaches files to a criterion and
     * saves the .cchc again, with its evidence (replacing it atomically).
     */
    @Command(name = "add", sortOptions = false)
    static final class Add implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private EvidenceCommand parent;
        @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
        private Path file;
        @Parameters(index = "1", paramLabel = "MÃ", descriptionKey = "cli.evidence.add.code")
        private String typedCode;
        @Parameters(index = "2..*", arity = "1..*", paramLabel = "TÀI_LIỆU", descriptionKey = "cli.evidence.add.docs")
        private List<Path> documents;
        @Option(names = "--number", paramLabel = "SỐ", descriptionKey = "cli.evidence.add.number")
        private String number;
        @Option(names = "--date", paramLabel = "NGÀY", converter = VietnameseDate.class,
                descriptionKey = "cli.evidence.add.date")
        private LocalDate date;
        @Option(names = "--summary", paramLabel = "TRÍCH_YẾU", descriptionKey = "cli.evidence.add.summary")
        private String summary;

        @Override
        public Integer call() {
            try (EvidenceWorkFolder work = EvidenceWorkFolder.open(file, parent.localData())) {
                Assessment assessment = work.assessment();
                // A department's part stays a part: what it belongs to and the part as sent are written again.
                var part = vn.cchc.workbook.interchange.CchcFile.partIn(file);
                // The key ("I.1.1"), or the province's printed code ("1.1") when only one criterion has it.
                String code = switch (CodeLookup.find(assessment.criteria(), typedCode)) {
                    case CodeLookup.Found found -> found.node().code();
                    case CodeLookup.Ambiguous shared -> throw shared.refusal();
                    case CodeLookup.NotFound none -> throw new UserFacingException("evidence.cli.add.unknownCode",
                            typedCode);
                };
                Entry entry = assessment.entry(code);
                List<EvidenceDocument> list = new ArrayList<>(entry.evidence());
                var out = spec.commandLine().getOut();
                for (Path document : documents) {
                    EvidenceFile stored = work.folder().add(document);
                    EvidenceInventory.of(assessment).checkRoomFor(stored);
                    list.add(new EvidenceDocument(number, date, summary, "", stored));
                    assessment = assessment.withEntry(entry.withEvidence(list));
                    out.println(Messages.get("evidence.cli.add.done", describe(stored), code));
                }
                List<EvidenceFile> missing = work.missing(assessment);
                if (!missing.isEmpty()) {
                    throw new UserFacingException("evidence.cli.missingFiles", file.toString(), missing.size(),
                            missing.get(0).name());
                }
                if (part.isPresent() && !part.get().partOf().codes().contains(code)) {
                    throw new UserFacingException("exchange.part.outside", code, part.get().partOf().departmentName());
                }
                CchcEvidence.Saved saved = part.isPresent()
                        ? CchcEvidence.writePart(assessment, part.get().origin(), part.get().partOf(), file,
                        work.source())
                        : CchcEvidence.write(assessment, file, work.source(), 0);
                report(spec, saved);
            }
            return Cli.EXIT_OK;
        }
    }

    /** Prints where a .cchc with evidence went, its size, and the mail-limit warning. */
    static void report(CommandSpec spec, CchcEvidence.Saved saved) {
        var out = spec.commandLine().getOut();
        for (Path written : saved.files()) {
            long size;
            try {
                size = Files.size(written);
            } catch (java.io.IOException e) {
                size = 0;
            }
            out.println(Messages.get("evidence.cli.saved", written.toString(), megabytesText(size)));
            if (size > CchcEvidence.MAIL_LIMIT_BYTES) {
                out.println(Messages.get("evidence.cli.aboveMailLimit", written.getFileName().toString(),
                        megabytesText(CchcEvidence.MAIL_LIMIT_BYTES)));
            }
        }
    }

    /** "12,3 MB". */
    static String megabytesText(long bytes) {
        return vn.cchc.workbook.domain.text.Points.format(java.math.BigDecimal.valueOf(bytes)
                .divide(java.math.BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP)) + " MB";
    }

    /** {@code evidence extract FILE.cchc -o FOLDER}: every file the .cchc carries, checked, under its own name. */
    @Command(name = "extract", sortOptions = false)
    static final class Extract implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
        private Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "THƯ_MỤC",
                descriptionKey = "cli.evidence.extract.output")
        private Path folder;

        @Override
        public Integer call() {
            try (EvidenceWorkFolder work = EvidenceWorkFolder.open(file, null)) {
                Map<String, EvidenceFile> files = EvidenceInventory.of(work.assessment()).files();
                List<EvidenceFile> carried = files.values().stream().filter(work::has).toList();
                if (carried.isEmpty()) {
                    throw new UserFacingException("evidence.cli.extract.none", file.toString());
                }
                requireEmpty(folder);
                Set<String> used = new HashSet<>();
                for (EvidenceFile evidence : carried) {
                    String name = uniqueName(used, evidence);
                    SafeFileWriter.write(folder.resolve(name), (OutputStream out) -> work.copyTo(evidence, out));
                    spec.commandLine().getOut().println(Messages.get("evidence.cli.extract.file", name,
                            describe(evidence)));
                }
                spec.commandLine().getOut().println(Messages.get("evidence.cli.extract.done", carried.size(),
                        folder.toString()));
            }
            return Cli.EXIT_OK;
        }

        /** The file's name, or "name (2).pdf" when another file already took it (names compared ignoring case). */
        private static String uniqueName(Set<String> used, EvidenceFile file) {
            String name = file.name();
            int dot = name.lastIndexOf('.');
            String candidate = name;
            for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
                candidate = EvidenceNames.withExtension(name.substring(0, dot) + " (" + n + ")", name.substring(dot));
            }
            return candidate;
        }

        private static void requireEmpty(Path folder) {
            try {
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    throw new UserFacingException("evidence.export.notAFolder", folder.toString());
                }
                if (Files.isDirectory(folder)) {
                    try (var inside = Files.list(folder)) {
                        if (inside.findAny().isPresent()) {
                            throw new UserFacingException("evidence.export.folderNotEmpty", folder.toString());
                        }
                    }
                }
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new UserFacingException(e, "evidence.export.failed", folder.toString(),
                        String.valueOf(e.getMessage()));
            }
        }
    }

    /** {@code evidence export FILE.cchc -o FOLDER_OR.zip}: the hồ sơ minh chứng with its index sheet. */
    @Command(name = "export", sortOptions = false)
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private EvidenceCommand parent;
        @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
        private Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "THƯ_MỤC_HOẶC.zip",
                descriptionKey = "cli.evidence.export.output")
        private Path target;
        @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
        private boolean overwrite;

        @Override
        public Integer call() {
            if (String.valueOf(target.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                OutputFile.checked(target, overwrite);
            }
            try (EvidenceWorkFolder work = EvidenceWorkFolder.open(file, parent.localData())) {
                EvidenceDossierExport.Result result = EvidenceDossierExport.write(work.assessment(), work.source(),
                        target);
                var out = spec.commandLine().getOut();
                out.println(Messages.get("evidence.cli.export.done", target.toString(), result.files(),
                        result.documents(), result.withoutEvidence()));
                List<EvidenceFile> missing = work.missing(work.assessment());
                if (!missing.isEmpty()) {
                    out.println(Messages.get("evidence.cli.export.missing", missing.size()));
                }
            }
            return Cli.EXIT_OK;
        }
    }
}
