package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.app.StoreExport;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.store.DataDirectory;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.store.StoreBackups;
import vn.cchc.workbook.store.StoreRecovery;

/**
 * {@code store check | backups | restore BACKUP | export FOLDER}: the health of the local store and the way back
 * from a damaged one. Uses the store of the global {@code --data-dir}.
 */
@Command(name = "store", sortOptions = false, subcommands = {StoreCommand.Check.class, StoreCommand.Backups.class,
        StoreCommand.Restore.class, StoreCommand.Export.class})
final class StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private CchcCommand top;

    Path dataDirectory() {
        return DataDirectory.resolve(top.dataDir().orElse(null));
    }

    /** A subcommand is required. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.get("cli.error.noCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_USAGE;
    }

    static String when(StoreBackups.Backup backup) {
        return VietnameseDates.formatToTheSecond(backup.createdAt());
    }

    /** {@code store check}: exit 0 only when the store is sound. */
    @Command(name = "check", sortOptions = false)
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private StoreCommand parent;

        @Override
        public Integer call() {
            StoreRecovery.Report report = StoreRecovery.check(parent.dataDirectory());
            if (report.sound()) {
                spec.commandLine().getOut().println(report.message());
                return Cli.EXIT_OK;
            }
            spec.commandLine().getErr().println(report.message());
            return Cli.EXIT_FAILURE;
        }
    }

    /** {@code store backups}: one line per backup, newest first. */
    @Command(name = "backups", sortOptions = false)
    static final class Backups implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private StoreCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<StoreBackups.Backup> backups = StoreRecovery.backups(parent.dataDirectory());
            if (backups.isEmpty()) {
                out.println(Messages.get("storesafety.cli.noBackups", parent.dataDirectory().toString()));
            }
            for (StoreBackups.Backup backup : backups) {
                out.println(Messages.get("storesafety.cli.backupLine", backup.name(), when(backup),
                        backup.assessments()));
            }
            return Cli.EXIT_OK;
        }
    }

    /** {@code store restore BACKUP}: the backup replaces the store, which is kept aside. */
    @Command(name = "restore", sortOptions = false)
    static final class Restore implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private StoreCommand parent;
        @Parameters(index = "0", paramLabel = "BẢN_SAO_LƯU", descriptionKey = "cli.store.restore.backup")
        private String backup;

        @Override
        public Integer call() {
            StoreRecovery.Restored restored = StoreRecovery.restore(parent.dataDirectory(), backup.strip());
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.get("storesafety.restored", when(restored.backup()), restored.backup().assessments()));
            restored.setAside().ifPresent(file -> out.println(Messages.get("storesafety.setAside", file.toString())));
            return Cli.EXIT_OK;
        }
    }

    /** {@code store export FOLDER}: every workbook as a .cchc file. */
    @Command(name = "export", sortOptions = false)
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private HelpOption help;
        @ParentCommand
        private StoreCommand parent;
        @Parameters(index = "0", paramLabel = "THƯ_MỤC", descriptionKey = "cli.store.export.folder")
        private Path folder;

        @Override
        public Integer call() {
            List<StoreExport.Outcome> outcomes;
            try (H2WorkbookStore store = H2WorkbookStore.open(parent.dataDirectory())) {
                outcomes = StoreExport.exportAll(store, folder);
            }
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            for (StoreExport.Outcome outcome : outcomes) {
                if (outcome.file().isPresent()) {
                    out.println(Messages.get("storesafety.cli.exported", outcome.unitName(),
                            outcome.file().get().toString()));
                } else {
                    failed++;
                    spec.commandLine().getErr().println(Messages.get("storesafety.cli.notExported", outcome.unitName(),
                            outcome.problem().orElse("")));
                }
            }
            out.println(Messages.get("storesafety.cli.exportSummary", outcomes.size() - failed, outcomes.size(),
                    folder.toString()));
            return failed == 0 ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
        }
    }
}
