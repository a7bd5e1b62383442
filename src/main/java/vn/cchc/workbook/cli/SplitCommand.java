package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcManifest;

/**
 * {@code split FILE.cchc --department NAME -o PART.cchc}: the criteria a department (or officer) is responsible for,
 * as a .cchc of its own that the same program opens, with the part as sent kept inside for merging it back.
 */
@Command(name = "split", sortOptions = false)
final class SplitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
    private Path input;

    @Option(names = "--department", required = true, paramLabel = "TÊN", descriptionKey = "cli.split.department")
    private String departmentName;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PHẦN.cchc", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        OutputFile.checked(output, overwrite);
        Assessment workbook = CchcFile.read(input);
        Department department = DepartmentParts.department(workbook, departmentName);
        Assessment part = DepartmentParts.split(workbook, department);
        List<String> codes = DepartmentParts.codesOf(workbook, department.id());
        CchcFile.writePart(part, part, new CchcManifest.PartOf(workbook.id(), department.id(), department.name(),
                codes), output);
        spec.commandLine().getOut().println(Messages.get("evidence.cli.split.done", output.toString(),
                department.name(), codes.size(), String.join(", ", codes.subList(0, Math.min(8, codes.size())))
                        + (codes.size() > 8 ? ", …" : "")));
        return Cli.EXIT_OK;
    }
}
