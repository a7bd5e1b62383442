package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFixtures;
import vn.cchc.workbook.interchange.JsonCheck;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.ui.start.RecentWorkbook;
import vn.cchc.workbook.ui.start.StartViewModel;

/**
 * A store written before the bounds existed holds a workbook whose points are {@code 0E-100000000}: scoring it once
 * made every start hang. Now the list is read in bounded time with the workbook shown as damaged (the other one
 * scored), opening it is refused with a message, and its data can still be exported as JSON, which then names the
 * bad number.
 */
class DamagedWorkbookTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    @TempDir
    Path documents;
    private H2WorkbookStore store;
    private Assessment sound;
    private Assessment damaged;

    @BeforeEach
    void storeOneSoundAndOneDamagedWorkbook() {
        store = H2WorkbookStore.open(dataDir);
        sound = CchcFixtures.rich().withId("lanh");
        Assessment rich = CchcFixtures.rich();
        // Stored as it was before: the store itself never checked values, the importer did (and let this through).
        damaged = new Assessment("hong", rich.unit(), rich.period(), rich.year(), rich.criteria(), rich.departments(),
                withFirstAppraisal(rich, "1.2", new RuleInput.PointsInput(new BigDecimal("0E-100000000"))),
                false, "", null);
        store.createAssessment(sound);
        store.createAssessment(damaged);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theStartListShowsTheDamagedWorkbookWithItsReasonAndScoresTheOther() {
        List<RecentWorkbook> list = assertTimeoutPreemptively(HANG_GUARD, () -> new StartViewModel().read(store));

        assertThat(list).hasSize(2);
        RecentWorkbook bad = list.stream().filter(r -> r.id().equals("hong")).findFirst().orElseThrow();
        RecentWorkbook good = list.stream().filter(r -> r.id().equals("lanh")).findFirst().orElseThrow();
        assertThat(bad.isDamaged()).isTrue();
        assertThat(bad.index()).isEqualTo("Hỏng");
        assertThat(bad.damage()).contains("1.2").contains("0E-100000000").contains("quá nhiều chữ số");
        assertThat(good.isDamaged()).isFalse();
        assertThat(good.index()).matches("\\d+,\\d\\d");
    }

    @Test
    void openingTheDamagedWorkbookIsRefusedWithAMessage() {
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> new EditSession(store, damaged)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Sổ chấm điểm “Hiền Thành” bị hỏng nên không mở được: Lỗi (1.2): Điểm:");
        assertThat(new EditSession(store, sound).scorecard()).isNotNull();
    }

    @Test
    void theDamagedWorkbookExportsAsJsonThatNamesTheBadNumberWhenRead() {
        Path json = documents.resolve("hong.json");

        assertTimeoutPreemptively(HANG_GUARD, () -> new WorkbookFiles(store).exportJson("hong", json));

        JsonCheck<Assessment> check = AssessmentJson.check(json);
        assertThat(check.isValid()).isFalse();
        assertThat(check.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("$.entries[3].firstAppraisal.points");
            assertThat(problem.message()).contains("0E-100000000");
        });
    }

    @Test
    void linkingTheDamagedWorkbookAsTheEarlierPeriodIsRefusedWithAMessage() {
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD,
                () -> PeriodLinks.linkInStore(store, "lanh", "hong", "")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("bị hỏng nên không mở được");
        assertThatThrownBy(() -> PeriodLinks.loadEarlier(store, "hong")).isInstanceOf(UserFacingException.class);
        assertThat(store.loadAssessment("lanh").orElseThrow().earlierPeriod()).isNull();
    }

    @Test
    void deletingTheDamagedWorkbookLeavesTheOther() {
        store.deleteAssessment("hong");

        assertThat(new StartViewModel().read(store)).extracting(RecentWorkbook::id).containsExactly("lanh");
    }

    private static java.util.Map<String, vn.cchc.workbook.domain.assessment.Entry> withFirstAppraisal(
            Assessment assessment, String code, RuleInput input) {
        java.util.Map<String, vn.cchc.workbook.domain.assessment.Entry> entries =
                new java.util.LinkedHashMap<>(assessment.entries());
        entries.put(code, assessment.entry(code).withFirstAppraisal(input));
        return entries;
    }
}
