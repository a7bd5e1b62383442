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
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.DocumentRequest;
import vn.cchc.workbook.domain.documents.DraftDocument;
import vn.cchc.workbook.domain.documents.Drafts;
import vn.cchc.workbook.domain.documents.Paragraph;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.documents.DocumentFiles;
import vn.cchc.workbook.reports.documents.WordDocumentWriter;

/**
 * {@code letter|report|plan FILE.cchc [options] -o OUT.docx}: a document drafted from the workbook, with the edits
 * saved in it, written as a Word file. The options are those of {@code export} (date, place, the {@code --ref-…}
 * basis, signer, recipients) plus {@code --number}, {@code --subject} and {@code --appendix}. A paragraph edited by
 * hand whose figures have changed since is printed as edited and named in a warning.
 */
abstract class DocumentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.documents.file")
    private Path input;

    @Option(names = "--number", paramLabel = "SỐ", descriptionKey = "cli.documents.number")
    private String number;

    @Option(names = "--subject", paramLabel = "TRÍCH_YẾU", descriptionKey = "cli.documents.subject")
    private String subject;

    @Option(names = "--appendix", descriptionKey = "cli.documents.appendix")
    private boolean appendix;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", converter = VietnameseDate.class,
            descriptionKey = "cli.documents.date")
    private LocalDate date;

    @Option(names = "--place", paramLabel = "ĐỊA_DANH", descriptionKey = "cli.documents.place")
    private String place;

    @Option(names = "--ref-kind", paramLabel = "LOẠI", descriptionKey = "cli.documents.refKind")
    private String referenceKind;

    @Option(names = "--ref-number", paramLabel = "SỐ", descriptionKey = "cli.documents.refNumber")
    private String referenceNumber;

    @Option(names = "--ref-date", paramLabel = "dd/MM/yyyy", converter = VietnameseDate.class,
            descriptionKey = "cli.documents.refDate")
    private LocalDate referenceDate;

    @Option(names = "--ref-issuer", paramLabel = "CƠ_QUAN", descriptionKey = "cli.documents.refIssuer")
    private String referenceIssuer;

    @Option(names = "--signer-line", paramLabel = "DÒNG", descriptionKey = "cli.documents.signerLine")
    private String signerLine;

    @Option(names = "--signer-title", paramLabel = "CHỨC_VỤ", descriptionKey = "cli.documents.signerTitle")
    private String signerTitle;

    @Option(names = "--signer-name", paramLabel = "HỌ_TÊN", descriptionKey = "cli.documents.signerName")
    private String signerName;

    @Option(names = "--recipient", paramLabel = "NƠI_NHẬN", descriptionKey = "cli.documents.recipient")
    private List<String> recipients = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "TỆP.docx", descriptionKey = "cli.documents.output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "cli.documents.overwrite")
    private boolean overwrite;

    /** Which document this command writes. */
    abstract DocumentKind kind();

    @Override
    public Integer call() {
        // Typed values are checked before the file is read: a mistake is named at once.
        DocumentRequest request = request();
        Assessment assessment = AssessmentFiles.load(input);
        Path target = output != null ? output : Path.of(DocumentFiles.suggestedName(kind(), assessment));
        OutputFile.checked(target, overwrite);
        DraftDocument document = Drafts.draft(kind(), assessment, request);
        new WordDocumentWriter().write(document, target);
        for (Paragraph outdated : document.outdatedParagraphs()) {
            spec.commandLine().getErr().println(Messages.get("cli.documents.outdated", shortened(outdated.text())));
        }
        spec.commandLine().getOut().println(Messages.get("cli.documents.done", target.toString(), kind().label(),
                assessment.unit().name(), assessment.period().labelWithYear(assessment.year())));
        return Cli.EXIT_OK;
    }

    DocumentRequest request() {
        return new DocumentRequest(number, subject, date, place,
                new DocumentReference(referenceKind, referenceNumber, referenceDate, referenceIssuer),
                new Signer(signerLine, signerTitle, signerName), recipients, appendix);
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= 80 ? line : line.substring(0, 77) + "…";
    }

    /** {@code letter}: công văn khắc phục. */
    @Command(name = "letter", sortOptions = false)
    static final class Letter extends DocumentCommand {
        @Override
        DocumentKind kind() {
            return DocumentKind.LETTER;
        }
    }

    /** {@code report}: báo cáo kết quả tự đánh giá. */
    @Command(name = "report", sortOptions = false)
    static final class Report extends DocumentCommand {
        @Override
        DocumentKind kind() {
            return DocumentKind.REPORT;
        }
    }

    /** {@code plan}: kế hoạch cải thiện chỉ số. */
    @Command(name = "plan", sortOptions = false)
    static final class Plan extends DocumentCommand {
        @Override
        DocumentKind kind() {
            return DocumentKind.PLAN;
        }
    }
}
