package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore.AssessmentSummary;

/** {@code list}: the assessments in the local store, most recently edited first, with the file each was saved to. */
@Command(name = "list", sortOptions = false)
final class ListCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = VietnameseDates.DATE_TIME;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CchcCommand top;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (H2WorkbookStore store = LocalStore.open(top)) {
            List<AssessmentSummary> all = store.listAssessments();
            if (all.isEmpty()) {
                out.println(Messages.get("cli.list.empty", store.databaseFile().getParent().toString()));
                return Cli.EXIT_OK;
            }
            out.println(Messages.get("cli.list.heading", all.size(), store.databaseFile().getParent().toString()));
            for (AssessmentSummary summary : all) {
                String file = summary.savedFile().map(Object::toString).orElse(Messages.get("cli.list.noFile"));
                out.println(Messages.get("cli.list.line", summary.id(), summary.unitName(), summary.period().label(),
                        summary.year(), WHEN.format(summary.lastEdited().atZone(ZoneId.systemDefault())), file));
            }
        }
        return Cli.EXIT_OK;
    }
}
