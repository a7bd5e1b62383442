package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.app.RankingService;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.ExcludedUnit;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.reports.RankingSheetOptions;

/**
 * {@code rank FILES_OR_FOLDERS… -o OUT.xlsx [--bands 90,80,65]}: ranks the units' workbook files and writes the
 * ranking sheet. Files that cannot be read are listed on standard error with their problem; the others are ranked.
 * Exit 0 when at least one unit was ranked, 1 when none could be.
 */
@Command(name = "rank", sortOptions = false)
final class RankCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "TỆP_HOẶC_THƯ_MỤC", descriptionKey = "cli.rank.files")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.xlsx", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--bands", paramLabel = "TỐT,KHÁ,TB", descriptionKey = "cli.rank.bands")
    private String bands;

    @Option(names = "--result", paramLabel = "cong-bo|tinh", converter = ResultBasisOption.class,
            descriptionKey = "cli.option.result")
    private ResultBasis basis = ResultBasis.PUBLISHED;

    @Option(names = "--authority", paramLabel = "CƠ_QUAN", descriptionKey = "cli.rank.authority")
    private String authority;

    @Option(names = "--issuer", paramLabel = "ĐƠN_VỊ", descriptionKey = "cli.rank.issuer")
    private String issuer;

    @Option(names = "--place", paramLabel = "ĐỊA_DANH", descriptionKey = "cli.rank.place")
    private String place;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", converter = VietnameseDate.class,
            descriptionKey = "cli.rank.date")
    private java.time.LocalDate date;

    @Option(names = "--ref-kind", paramLabel = "LOẠI", descriptionKey = "cli.rank.refKind")
    private String referenceKind;

    @Option(names = "--ref-number", paramLabel = "SỐ", descriptionKey = "cli.rank.refNumber")
    private String referenceNumber;

    @Option(names = "--ref-date", paramLabel = "dd/MM/yyyy", converter = VietnameseDate.class,
            descriptionKey = "cli.rank.refDate")
    private java.time.LocalDate referenceDate;

    @Option(names = "--ref-issuer", paramLabel = "CƠ_QUAN", descriptionKey = "cli.rank.refIssuer")
    private String referenceIssuer;

    @Option(names = "--signer-line", paramLabel = "DÒNG", descriptionKey = "cli.rank.signerLine")
    private String signerLine;

    @Option(names = "--signer-title", paramLabel = "CHỨC_VỤ", descriptionKey = "cli.rank.signerTitle")
    private String signerTitle;

    @Option(names = "--signer-name", paramLabel = "HỌ_TÊN", descriptionKey = "cli.rank.signerName")
    private String signerName;

    @Option(names = "--recipient", paramLabel = "NƠI_NHẬN", descriptionKey = "cli.rank.recipient")
    private List<String> recipients = new java.util.ArrayList<>();

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        Bands chosen = bands == null ? Bands.defaults() : Bands.parse(bands);
        DocumentReference reference = DocumentReferences.checked(referenceKind, referenceNumber, referenceDate,
                referenceIssuer);
        OutputFile.checked(output, overwrite);
        RankingService service = new RankingService();
        RankingService.Result result = service.rank(inputs, chosen, basis);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (RankingService.RejectedFile rejected : result.rejected()) {
            err.println(Messages.get("ranking.cli.rejected", rejected.file().toString(), rejected.problem()));
        }
        for (ExcludedUnit excluded : result.ranking().excluded()) {
            err.println(Messages.get("ranking.cli.excluded", excluded.source(), excluded.unitName(),
                    excluded.reason()));
        }
        if (!result.anythingRanked()) {
            err.println(Messages.get("ranking.cli.nothing"));
            return Cli.EXIT_FAILURE;
        }
        if (!result.periodWarning().isEmpty()) {
            err.println(result.periodWarning());
        }
        service.export(result, new RankingSheetOptions(authority, issuer, place, date, "",
                new Signer(signerLine, signerTitle, signerName), recipients, reference, ""), output);
        for (RankedUnit unit : result.ranking().unitsWithDifferences()) {
            out.println(Messages.get("ranking.cli.differences", unit.source(), unit.unit().name(),
                    unit.differences().size(), unit.differences().get(0).describe()));
        }
        out.println(result.ranking().basisText());
        out.println(Messages.get("ranking.cli.done", result.ranking().units().size(), output.toString(),
                result.rejected().size() + result.ranking().excluded().size()));
        // The first three, and every unit tied with the third: four units tied at "Hạng 1" printed as three hid one.
        java.util.List<RankedUnit> units = result.ranking().units();
        int shown = Math.min(3, units.size());
        while (shown < units.size() && units.get(shown).isRanked() && units.get(shown).rank() == units.get(2).rank()) {
            shown++;
        }
        for (RankedUnit unit : units.subList(0, shown)) {
            out.println(Messages.get("ranking.cli.top", unit.isRanked() ? Integer.toString(unit.rank()) : "-",
                    unit.unit().name(), Points.format(unit.index()), unit.band() == null ? "" : unit.band().name()));
        }
        return Cli.EXIT_OK;
    }
}
