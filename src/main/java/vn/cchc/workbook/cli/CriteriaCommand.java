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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CriteriaSetJson;
import vn.cchc.workbook.store.DataDirectory;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * {@code criteria import SET.json | list | export ID -o SET.json}: criteria sets in the local store, passed between
 * officers as JSON files. Uses the store of the global {@code --data-dir}.
 */
@Command(name = "criteria", sortOptions = false,
        subcommands = {CriteriaCommand.Import.class, CriteriaCommand.ListSets.class, CriteriaCommand.Export.class})
final class CriteriaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private CchcCommand top;

    WorkbookStore openStore() {
        return H2WorkbookStore.open(DataDirectory.resolve(top.dataDir().orElse(null)));
    }

    /** A subcommand is required. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.get("cli.error.noCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_USAGE;
    }

    @Command(name = "import", sortOptions = false)
    static final class Import implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CriteriaCommand parent;
        @Parameters(index = "0", paramLabel = "TỆP.json", descriptionKey = "cli.criteria.import.file")
        private Path file;

        @Override
        public Integer call() {
            CriteriaSet set = CriteriaSetJson.read(file);
            try (WorkbookStore store = parent.openStore()) {
                store.saveCriteriaSet(set);
            }
            spec.commandLine().getOut().println(Messages.get("criteriaimport.cli.stored", set.name(), set.id(),
                    set.nodes().size()));
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListSets implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CriteriaCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<CriteriaSet> sets;
            try (WorkbookStore store = parent.openStore()) {
                sets = store.listCriteriaSets();
            }
            if (sets.isEmpty()) {
                out.println(Messages.get("criteriaimport.cli.listEmpty"));
            }
            for (CriteriaSet set : sets) {
                out.println(Messages.get("criteriaimport.cli.listLine", set.id(), set.name(),
                        Messages.get(set.level().messageKey()), set.year(), set.nodes().size()));
            }
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "export", sortOptions = false)
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CriteriaCommand parent;
        @Parameters(index = "0", paramLabel = "MÃ", descriptionKey = "cli.criteria.export.id")
        private String id;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.json",
                descriptionKey = "cli.criteria.export.output")
        private Path output;

        @Override
        public Integer call() {
            CriteriaSet set;
            try (WorkbookStore store = parent.openStore()) {
                set = store.loadCriteriaSet(id)
                        .orElseThrow(() -> new UserFacingException("criteriaimport.cli.noSuchSet", id));
            }
            CriteriaFiles.writeJson(set, output);
            spec.commandLine().getOut().println(Messages.get("criteriaimport.cli.exported", set.name(),
                    set.nodes().size(), output.toString()));
            return Cli.EXIT_OK;
        }
    }
}
