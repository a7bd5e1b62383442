package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


import vn.cchc.workbook.cli.CliRun;
import vn.cchc.workbook.cli.Cli;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentValidator;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFixtures;
import vn.cchc.workbook.interchange.HostileCorpus;
import vn.cchc.workbook.store.H2WorkbookStore;

/**
 * The hostile corpus ({@link HostileCorpus}) against the two ways a file gets in: {@code validate} on the command
 * line, and opening a .cchc into a real store (or storing a JSON assessment that validated). Each file must be
 * refused with a Vietnamese message naming the problem, or accepted harmlessly (it then stores, loads and scores);
 * a refused file leaves the store exactly as it was. The time bound only guards against a hang; it is not a speed
 * test. The tally (tried / refused cleanly / accepted harmlessly / wrong / crashed / hung) is written to
 * {@code target/hostile-corpus.txt} for docs/hostile-input.md.
 */
class HostileCorpusTest {

    /** A hang guard, generous for a loaded 2-core machine; every case takes well under a second normally. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    /** No message about one file is longer than this (the unbounded exponent once printed 10 MB). */
    private static final int MAX_MESSAGE = 20_000;

    @TempDir
    static Path corpusFolder;
    private static List<HostileCorpus.Case> corpus;
    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();

    @TempDir
    Path dataDir;
    private H2WorkbookStore store;
    private WorkbookFiles files;

    static synchronized List<HostileCorpus.Case> corpus() {
        if (corpus == null) {
            corpus = HostileCorpus.write(corpusFolder);
        }
        return corpus;
    }

    @BeforeEach
    void openStoreWithOneWorkbook() {
        store = H2WorkbookStore.open(dataDir);
        store.createAssessment(CchcFixtures.rich().withId("da-co-trong-may"));
        files = new WorkbookFiles(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theCorpusHoldsAtLeastNinetyFilesOfBothKinds() {
        List<HostileCorpus.Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(90);
        assertThat(cases).filteredOn(c -> c.file().toString().endsWith(".cchc")).hasSizeGreaterThan(40);
        assertThat(cases).filteredOn(c -> c.file().toString().endsWith(".json")).hasSizeGreaterThan(40);
        assertThat(cases).extracting(HostileCorpus.Case::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileIsRefusedWithItsMessageOrAcceptedHarmlessly(HostileCorpus.Case hostile) {
        try {
            assertTimeoutPreemptively(HANG_GUARD, () -> tryCase(hostile));
            OUTCOMES.put(hostile.name(), hostile.refused() ? "refused cleanly" : "accepted harmlessly");
        } catch (AssertionError failed) {
            // assertTimeoutPreemptively reports a hang as "execution timed out after …".
            OUTCOMES.put(hostile.name(), failed.getMessage() != null && failed.getMessage().contains("timed out")
                    ? "hung" : "wrong");
            throw failed;
        } catch (RuntimeException crashed) {
            OUTCOMES.put(hostile.name(), "crashed");
            throw crashed;
        }
    }

    private void tryCase(HostileCorpus.Case hostile) throws IOException {
        List<Object> before = snapshot();

        CliRun validate = run("validate", hostile.file().toString());
        String output = validate.out() + validate.err();
        assertThat(output.length()).as("length of the message").isLessThan(MAX_MESSAGE);
        assertThat(output).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(validate.exitCode()).as("validate's exit code; output:%n%s", output)
                .isEqualTo(hostile.refused() ? Cli.EXIT_FAILURE : Cli.EXIT_OK);
        assertThat(output).contains(hostile.fragment());
        assertThat(output.lines().toList()).as("each problem listed once").doesNotHaveDuplicates();

        if (hostile.file().toString().endsWith(".cchc")) {
            openIntoStore(hostile, before);
        } else if (!hostile.refused()) {
            Assessment read = AssessmentJson.read(hostile.file()).withId("tu-json");
            storeScoreAndRemove(read);
        }
        assertThat(snapshot()).as("the store after the file").isEqualTo(before);
    }

    private void openIntoStore(HostileCorpus.Case hostile, List<Object> before) {
        String id;
        try {
            id = files.open(hostile.file(), OnConflict.ASK);
        } catch (UserFacingException refused) {
            assertThat(hostile.refused()).as("refused: %s", refused.getMessage()).isTrue();
            assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(MAX_MESSAGE);
            assertThat(snapshot()).as("the store after the refused file").isEqualTo(before);
            return;
        }
        assertThat(hostile.refused()).as("opened a file that must be refused").isFalse();
        Assessment stored = store.loadAssessment(id).orElseThrow();
        store.deleteAssessment(id);
        storeScoreAndRemove(stored.withId("mo-tu-tep"));
    }

    /** What was accepted also stores, reads back equal, validates and scores. */
    private void storeScoreAndRemove(Assessment accepted) {
        store.createAssessment(accepted);
        Assessment back = store.loadAssessment(accepted.id()).orElseThrow();
        assertThat(back).isEqualTo(accepted);
        assertThat(AssessmentValidator.validate(back)).noneMatch(Problem::isError);
        assertThat(ScoreEngine.score(back).nodes()).isNotEmpty();
        store.deleteAssessment(accepted.id());
    }

    private List<Object> snapshot() {
        List<Object> all = new ArrayList<>();
        store.listAssessments().forEach(summary -> {
            all.add(summary.id());
            all.add(store.loadAssessment(summary.id()).orElseThrow());
        });
        return all;
    }

    @AfterAll
    static void writeTally() throws IOException {
        if (corpus == null) {
            return;
        }
        Map<String, Long> counts = OUTCOMES.values().stream()
                .collect(Collectors.groupingBy(o -> o, java.util.TreeMap::new, Collectors.counting()));
        StringBuilder text = new StringBuilder("Hostile corpus: ").append(corpus.size()).append(" files, ")
                .append(OUTCOMES.size()).append(" tried\n");
        counts.forEach((outcome, count) -> text.append(outcome).append(": ").append(count).append('\n'));
        OUTCOMES.entrySet().stream().filter(e -> !e.getValue().startsWith("refused")
                        && !e.getValue().startsWith("accepted"))
                .forEach(e -> text.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("hostile-corpus.txt"), text, StandardCharsets.UTF_8);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
