package vn.cchc.workbook.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for subcommands (the top-level command also has {@code --version}). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    private boolean help;
}
