package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.ExcelExporter;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.reports.ReportKind;

/**
 * {@code export FILE.cchc [--reports phu-luc,don-vi,…] [options] [-o OUT.xlsx]}: the Vietnamese tables and
 * appendices of an assessment in one .xlsx file, one sheet per report. Reads the file only: the local store,
 * the window and the JSON writer are never touched, so a cold export loads no more than it needs.
 */
@Command(name = ExportCommand.NAME, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    static final String NAME = "export";

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "file")
    private Path input;

    @Option(names = "--reports", paramLabel = "BẢNG,…", descriptionKey = "reports")
    private String reports;

    @Option(names = "--only-deductions", descriptionKey = "onlyDeductions")
    private boolean onlyDeductions;

    @Option(names = "--self", descriptionKey = "self")
    private boolean self;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", converter = VietnameseDate.class, descriptionKey = "date")
    private LocalDate date;

    @Option(names = "--place", paramLabel = "ĐỊA_DANH", descriptionKey = "place")
    private String place;

    @Option(names = "--ref-kind", paramLabel = "LOẠI", descriptionKey = "refKind")
    private String referenceKind;

    @Option(names = "--ref-number", paramLabel = "SỐ", descriptionKey = "refNumber")
    private String referenceNumber;

    @Option(names = "--ref-date", paramLabel = "dd/MM/yyyy", converter = VietnameseDate.class,
            descriptionKey = "refDate")
    private LocalDate referenceDate;

    @Option(names = "--ref-issuer", paramLabel = "CƠ_QUAN", descriptionKey = "refIssuer")
    private String referenceIssuer;

    @Option(names = "--signer-line", paramLabel = "DÒNG", descriptionKey = "signerLine")
    private String signerLine;

    @Option(names = "--signer-title", paramLabel = "CHỨC_VỤ", descriptionKey = "signerTitle")
    private String signerTitle;

    @Option(names = "--signer-name", paramLabel = "HỌ_TÊN", descriptionKey = "signerName")
    private String signerName;

    @Option(names = "--recipient", paramLabel = "NƠI_NHẬN", descriptionKey = "recipient")
    private List<String> recipients = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "TỆP.xlsx", descriptionKey = "output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        // The report list is checked before the file is read: a typing mistake is named at once.
        ExportOptions options = options();
        Assessment assessment = AssessmentFiles.load(input);
        Path target = output != null ? output : Path.of(ExcelExporter.suggestedFileName(assessment, options));
        OutputFile.checked(target, overwrite);
        new ExcelExporter().export(assessment, options, target);
        spec.commandLine().getOut().println(Messages.get("exportcli.done", target.toString(),
                options.reports().size(), assessment.unit().name(), assessment.period().labelWithYear(assessment.year())));
        return Cli.EXIT_OK;
    }

    /**
     * Whether a command line, before picocli has parsed it, asks for this command: its first word that is not a
     * global option ({@code --data-dir THƯ_MỤC}) is {@code export}. Only a hint for starting work early; picocli
     * decides what runs.
     */
    static boolean isNamedIn(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i].equals(NAME);
            }
        }
        return false;
    }

    ExportOptions options() {
        ExportOptions.Builder builder = ExportOptions.builder();
        if (reports != null) {
            builder.reports(ReportKind.parseIds(reports));
        }
        return builder.onlyDeductions(onlyDeductions)
                .track(self ? Track.SELF : Track.APPRAISED)
                .documentDate(date)
                .place(place)
                .reference(DocumentReferences.checked(referenceKind, referenceNumber, referenceDate, referenceIssuer))
                .signer(new Signer(signerLine, signerTitle, signerName))
                .recipients(recipients)
                .build();
    }
}
