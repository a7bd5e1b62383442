package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The top-level command {@code cchc-workbook}: holds the global options; the work is done by its subcommands,
 * which reach it through {@code @ParentCommand}. Texts come from {@code cli_vi.properties}.
 */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        sortOptions = false, usageHelpAutoWidth = true)
public final class CchcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "THƯ_MỤC", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    /** The folder given with {@code --data-dir}; empty means the store's own rule (property, variable, default). */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** A command is required: without one this is a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.get("cli.error.noCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_USAGE;
    }
}
