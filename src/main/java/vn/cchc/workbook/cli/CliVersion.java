package vn.cchc.workbook.cli;

import picocli.CommandLine.IVersionProvider;

import vn.cchc.workbook.domain.text.Messages;

/** "CCHC Workbook 0.1.0", the version taken from the jar's manifest ("dev" when run from classes). */
public final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Messages.get("cli.version", version())};
    }

    public static String version() {
        String version = CliVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
