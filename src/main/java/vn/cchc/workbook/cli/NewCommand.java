package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.text.TextFolding;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;
import vn.cchc.workbook.store.H2WorkbookStore;

/**
 * {@code new}: starts an assessment of a unit against a criteria set (a JSON file or a bundled sample set), keeps
 * it in the local store and saves it as a .cchc file.
 */
@Command(name = "new", sortOptions = false)
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CchcCommand top;

    @Mixin
    private HelpOption help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private CriteriaSource criteria;

    @Option(names = "--unit", required = true, paramLabel = "TÊN", descriptionKey = "cli.new.unit")
    private String unit;

    @Option(names = "--parent", paramLabel = "CƠ_QUAN", descriptionKey = "cli.new.parent")
    private String parentAuthority;

    @Option(names = "--kind", paramLabel = "LOẠI", descriptionKey = "cli.new.kind")
    private String kind;

    @Option(names = "--period", required = true, paramLabel = "KỲ", descriptionKey = "cli.new.period")
    private String period;

    @Option(names = "--year", required = true, paramLabel = "NĂM", descriptionKey = "cli.new.year")
    private int year;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.cchc", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    static final class CriteriaSource {
        @Option(names = "--criteria", paramLabel = "BỘ_TIÊU_CHÍ.json", descriptionKey = "cli.new.criteria")
        Path file;

        @Option(names = "--sample-set", paramLabel = "xa|so-nganh|huyen", descriptionKey = "cli.new.sampleSet")
        String sampleLevel;
    }

    @Override
    public Integer call() {
        if (year < 2000 || year > 2100) {
            throw new ParameterException(spec.commandLine(), "year", spec.findOption("--year"), String.valueOf(year));
        }
        CriteriaSet set = criteriaSet();
        OutputFile.checked(output, overwrite);
        String name = parentAuthority == null ? "" : parentAuthority;
        UnitKind unitKind = unitKind(set);
        Assessment assessment = Assessment.start(new AssessedUnit(unit, set.level(), name, "", unitKind),
                period(period), year, set, List.of());
        try (H2WorkbookStore store = LocalStore.open(top)) {
            store.createAssessment(assessment);
            try {
                new WorkbookFiles(store).save(assessment.id(), output);
            } catch (RuntimeException failed) {
                // Without its file the new assessment would be a stray in the store; the user will run new again.
                store.deleteAssessment(assessment.id());
                throw failed;
            }
        }
        spec.commandLine().getOut().println(Messages.get("cli.new.created", assessment.unit().name(),
                assessment.period().labelWithYear(assessment.year()), output.toString(), assessment.id()));
        return Cli.EXIT_OK;
    }

    /**
     * The kind given (xã, phường, đặc khu …), which must be of the set's level and exist in the year; without
     * {@code --kind}, the kind the unit's name begins with ("Phường Đông Hà"), else the usual one of the level.
     */
    private UnitKind unitKind(CriteriaSet set) {
        if (kind == null) {
            return vn.cchc.workbook.domain.document.UnitNames.kindNamedIn(unit, set.level())
                    .orElse(UnitKind.usualFor(set.level()));
        }
        UnitKind given = UnitKind.fromId(kind.strip()).orElseThrow(() -> new InvalidInputException(
                "criteriasets.cli.kindUnknown", kind.strip()));
        if (given.level() != set.level()) {
            throw new InvalidInputException("criteriasets.cli.kindNotOfSet", Messages.get(given.messageKey()),
                    Messages.get(set.level().messageKey()));
        }
        if (!given.existsIn(year)) {
            throw new InvalidInputException("criteriasets.cli.kindNotInYear", Messages.get(given.messageKey()), year);
        }
        return given;
    }

    private CriteriaSet criteriaSet() {
        if (criteria.file != null) {
            return CriteriaSetJson.read(criteria.file);
        }
        UnitLevel level = UnitLevel.fromId(criteria.sampleLevel)
                .filter(l -> l != UnitLevel.PROVINCE)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "sample-set",
                        spec.findOption("--sample-set"), criteria.sampleLevel));
        if (level == UnitLevel.DISTRICT && year >= UnitKind.FIRST_TWO_TIER_YEAR) {
            throw new InvalidInputException("criteriasets.cli.kindNotInYear",
                    Messages.get(UnitKind.DISTRICT.messageKey()), year);
        }
        // Today's sample for the year: the 2025 sets from 2025 on, the 2023 ones before.
        return BundledData.sampleCriteriaSet(level, year);
    }

    /** "6-thang-dau-nam", "6 tháng đầu năm", "ca-nam", "cả năm" (with or without accents); anything else is its own name. */
    static Period period(String text) {
        String plain = TextFolding.fold(text).replaceAll("[\\s_-]+", "-");
        return switch (plain) {
            case "6-thang-dau-nam", "6-thang" -> Period.FIRST_HALF;
            case "ca-nam", "nam" -> Period.FULL_YEAR;
            default -> Period.other(text);
        };
    }
}
