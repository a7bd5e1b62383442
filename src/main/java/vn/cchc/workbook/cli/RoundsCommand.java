package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.app.EvidenceWorkFolder;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.RoundChecks;
import vn.cchc.workbook.domain.assessment.RoundFileName;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.DataDirectory;

/** The rounds on the command line: {@code stage FILE.cchc} shows them, {@code send FILE.cchc --step …} makes a step. */
final class RoundsCommand {

    private RoundsCommand() {
    }

    /** {@code stage FILE.cchc}: the stage, whose copy, the steps made, the deadlines and what the next step misses. */
    @Command(name = "stage", sortOptions = false)
    static final class Show implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private HelpOption help;

        @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
        private Path file;

        @Override
        public Integer call() {
            Assessment assessment = CchcFile.read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.get("rounds.cli.stage", Messages.get(assessment.stage().messageKey())));
            out.println(Messages.get("rounds.cli.side", assessment.rounds().side() == null
                    ? Messages.get("rounds.side.none") : Messages.get(assessment.rounds().side().messageKey())));
            for (RoundStep step : assessment.rounds().steps()) {
                out.println(Messages.get("rounds.cli.step", VietnameseDates.format(step.date()),
                        Messages.get(step.stage().actionKey()), step.who().isEmpty() ? "-" : step.who()));
            }
            for (Stage step : Stage.steps()) {
                assessment.rounds().deadline(step).ifPresent(date -> out.println(Messages.get("rounds.cli.deadline",
                        Messages.get(step.actionKey()), VietnameseDates.format(date))));
            }
            assessment.due(LocalDate.now()).ifPresent(due -> out.println(Messages.get("rounds.cli.due",
                    due.describe())));
            List<Stage> allowed = assessment.allowedSteps();
            if (!allowed.isEmpty()) {
                out.println(Messages.get("rounds.cli.next", String.join(", ", allowed.stream()
                        .map(s -> s.id() + " (" + Messages.get(s.actionKey()) + ")").toList())));
            }
            List<RoundChecks.Missing> missing = RoundChecks.forNextStep(assessment);
            if (!missing.isEmpty()) {
                out.println(Messages.get("evidence.cli.missing.heading", missing.size()));
                for (RoundChecks.Missing item : missing) {
                    out.println(Messages.get("evidence.cli.missing.line", item.code(), item.title(),
                            Messages.get(item.kind().messageKey())));
                }
            }
            return Cli.EXIT_OK;
        }
    }

    /**
     * {@code send FILE.cchc --step gui-tham-dinh [--name …] [--organisation …] [--date dd/MM/yyyy]
     * [--with-evidence] -o FOLDER_OR.cchc}: records the step in a copy of the file, made as the step's side, and
     * writes it under the step's file name when {@code -o} is a folder.
     */
    @Command(name = "send", sortOptions = false)
    static final class Send implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private HelpOption help;

        @ParentCommand
        private CchcCommand top;

        @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
        private Path input;

        @Option(names = "--step", required = true, paramLabel = "BƯỚC", descriptionKey = "cli.rounds.step")
        private String step;

        @Option(names = "--name", paramLabel = "TÊN", descriptionKey = "cli.rounds.name")
        private String name = "";

        @Option(names = "--organisation", paramLabel = "CƠ_QUAN", descriptionKey = "cli.rounds.organisation")
        private String organisation = "";

        @Option(names = "--date", paramLabel = "NGÀY", descriptionKey = "cli.rounds.date")
        private String date;

        @Option(names = "--with-evidence", descriptionKey = "cli.save.withEvidence")
        private boolean withEvidence;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "RA", descriptionKey = "cli.rounds.output")
        private Path output;

        @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
        private boolean overwrite;

        @Override
        public Integer call() {
            Stage stage = Stage.fromId(step).filter(s -> s.actor() != null).orElseThrow(() ->
                    new InvalidInputException("rounds.cli.unknownStep", step, String.join(", ",
                            Stage.steps().stream().map(Stage::id).toList())));
            LocalDate day = date == null ? LocalDate.now() : VietnameseDates.parse(date).orElseThrow(() ->
                    new InvalidInputException("roundsui.send.dateWrong", VietnameseDates.problem(date)));
            RoundStep made = new RoundStep(stage, day, name, organisation);
            PrintWriter out = spec.commandLine().getOut();
            try (EvidenceWorkFolder work = EvidenceWorkFolder.open(input,
                    DataDirectory.resolve(top.dataDir().orElse(null)))) {
                Assessment received = work.assessment();
                // Whoever makes the step is its side: the unit sends for appraisal, the appraiser sends results.
                Assessment sent = received.withRounds(received.rounds().withSide(stage.actor())).withStep(made);
                Path target = Files.isDirectory(output)
                        ? output.resolve(RoundFileName.of(sent, stage, day)) : output;
                OutputFile.checked(target, overwrite);
                if (withEvidence) {
                    List<EvidenceFile> missing = work.missing(sent);
                    if (!missing.isEmpty()) {
                        throw new UserFacingException("evidence.cli.missingFiles", input.toString(), missing.size(),
                                missing.get(0).name());
                    }
                    EvidenceCommand.report(spec, CchcEvidence.write(sent, target, work.source(), 0));
                } else {
                    CchcFile.write(sent, target);
                }
                out.println(Messages.get("rounds.cli.sent", Messages.get(stage.actionKey()), target.toString(),
                        Messages.get(sent.stage().messageKey())));
            }
            return Cli.EXIT_OK;
        }
    }
}
