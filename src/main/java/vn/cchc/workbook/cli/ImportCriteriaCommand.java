package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.criteria.CriteriaImport;
import vn.cchc.workbook.reports.criteria.CriteriaWorkbookReader;
import vn.cchc.workbook.reports.criteria.ImportMetadata;

/**
 * {@code import-criteria FILE.xlsx|FILE.docx [--sheet NAME] [--name …] [--level …] [--year N] [--as-published] -o
 * SET.json}: reads a criteria appendix from Excel or Word (every sheet or table holding the criteria table, in
 * order), prints every problem with its sheet or table and row, and writes the set's JSON only when there is no
 * error (exit 0); with any error nothing is written (exit 1). {@code --as-published} keeps a set whose sums do not
 * add up as the province published it, each difference a warning kept on the set.
 */
@Command(name = "import-criteria", sortOptions = false)
final class ImportCriteriaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.xlsx", descriptionKey = "cli.importCriteria.file")
    private Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.json", descriptionKey = "cli.importCriteria.output")
    private Path output;

    @Option(names = "--sheet", paramLabel = "TÊN", descriptionKey = "cli.importCriteria.sheet")
    private String sheet;

    @Option(names = "--name", paramLabel = "TÊN", descriptionKey = "cli.importCriteria.name")
    private String name;

    @Option(names = "--level", paramLabel = "CẤP", converter = CriteriaFiles.LevelConverter.class,
            descriptionKey = "cli.importCriteria.level")
    private UnitLevel level;

    @Option(names = "--year", paramLabel = "NĂM", descriptionKey = "cli.importCriteria.year")
    private Integer year;

    @Option(names = "--id", paramLabel = "MÃ", descriptionKey = "cli.importCriteria.id")
    private String id;

    @Option(names = "--as-published", descriptionKey = "cli.importCriteria.asPublished")
    private boolean asPublished;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CriteriaImport read = CriteriaWorkbookReader.read(file, sheet, new ImportMetadata(id, name, level, year, null),
                asPublished);
        for (Problem problem : read.problems()) {
            out.println(problem.describe());
        }
        if (read.hasErrors()) {
            boolean onlySums = !asPublished && read.errors().stream()
                    .allMatch(problem -> problem.messageKey().equals("criteriaimport.childrenSum"));
            out.println(Messages.get(onlySums ? "criteriasets.cli.refusedSums" : "criteriaimport.cli.refused",
                    read.errors().size(), output.toString()));
            return Cli.EXIT_FAILURE;
        }
        CriteriaFiles.writeJson(read.set(), output);
        out.println(Messages.get("criteriaimport.cli.imported", read.set().name(), read.set().nodes().size(),
                read.sheet(), read.warnings().size(), output.toString()));
        return Cli.EXIT_OK;
    }
}
