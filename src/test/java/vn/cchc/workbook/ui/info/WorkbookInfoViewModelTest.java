package vn.cchc.workbook.ui.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

/** The header-block choice and the published result in "Thông tin sổ", stored through the session. */
class WorkbookInfoViewModelTest {

    @TempDir
    Path folder;

    private WorkbookStore store;
    private EditSession session;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private WorkbookInfoViewModel model() {
        return model(SmallCommune.standard("Hiền Thành"));
    }

    private WorkbookInfoViewModel model(Assessment assessment) {
        store = H2WorkbookStore.open(folder);
        store.createAssessment(assessment);
        session = new EditSession(store, assessment);
        return new WorkbookInfoViewModel(session);
    }

    /** "Cơ quan cấp trên" was empty without a hint here while the new-workbook form gave one. */
    @Test
    void theParentFieldsHintNamesWhoTheUnitReportsToInItsYear() {
        Assessment base = SmallCommune.standard("Ba Đình");
        Assessment ward2026 = base.withDescription(vn.cchc.workbook.domain.assessment.AssessedUnit.of("Ba Đình",
                vn.cchc.workbook.domain.assessment.UnitKind.WARD, "", ""), base.period(), 2026);

        assertThat(model(ward2026).parentPrompt()).startsWith("Ví dụ: UBND tỉnh");
    }

    /** Applying the dialog made every ward, special zone or township a xã again ("xã Ba Đình" in its titles). */
    @Test
    void theUnitKeepsItsKindAndFollowsTheWordItsNewNameBeginsWith() {
        Assessment base = SmallCommune.standard("Ba Đình");
        Assessment ward = base.withDescription(vn.cchc.workbook.domain.assessment.AssessedUnit.of("Ba Đình",
                vn.cchc.workbook.domain.assessment.UnitKind.WARD, "UBND tỉnh Quảng Trị", "Ba Đình"),
                base.period(), base.year());
        WorkbookInfoViewModel model = model(ward);
        model.publishedTotalProperty().set("69,82");
        assertThat(model.apply()).isTrue();
        assertThat(session.assessment().unit().kind()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.WARD);

        WorkbookInfoViewModel again = new WorkbookInfoViewModel(session);
        again.unitNameProperty().set("Đặc khu Cồn Cỏ");
        assertThat(again.apply()).isTrue();
        session.requireWritten();
        assertThat(store.loadAssessment(session.assessment().id()).orElseThrow().unit().kind())
                .isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.SPECIAL_ZONE);

        // Chosen in its own list: a township, which exists only before 7/2025, is refused for 2026, and kept for 2024.
        WorkbookInfoViewModel third = new WorkbookInfoViewModel(session);
        assertThat(third.kindsForLevel()).contains(vn.cchc.workbook.domain.assessment.UnitKind.COMMUNE,
                vn.cchc.workbook.domain.assessment.UnitKind.WARD, vn.cchc.workbook.domain.assessment.UnitKind.TOWNSHIP);
        third.unitKindProperty().set(vn.cchc.workbook.domain.assessment.UnitKind.TOWNSHIP);
        third.yearProperty().set("2026");
        assertThat(third.kindErrorProperty().get()).isEqualTo(
                "“Thị trấn (trước 7/2025)” chỉ dùng cho các kỳ trước 7/2025, không dùng cho năm 2026.");
        assertThat(third.apply()).isFalse();
        assertThat(session.assessment().unit().kind()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.SPECIAL_ZONE);
        third.yearProperty().set("2024");
        assertThat(third.apply()).isTrue();
        assertThat(session.assessment().unit().kind()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.TOWNSHIP);
    }

    @Test
    void thePublishedResultAndTheHeaderChoiceAreAppliedAndStored() {
        WorkbookInfoViewModel model = model();
        assertThat(model.parentLineProperty().get()).isEqualTo(ParentLine.BY_KIND);
        model.parentLineProperty().set(ParentLine.SHOWN);
        model.publishedTotalProperty().set("69,82");
        model.publishedIndexProperty().set(" 83,61 ");
        model.publishedDecisionProperty().set("Quyết định số 123/QĐ-UBND ngày 15/01/2024");
        assertThat(model.apply()).isTrue();
        session.requireWritten();
        Assessment stored = store.loadAssessment(session.assessment().id()).orElseThrow();
        assertThat(stored.unit().parentLine()).isEqualTo(ParentLine.SHOWN);
        assertThat(stored.published()).isEqualTo(new PublishedResult(new BigDecimal("69.82"),
                new BigDecimal("83.61"), "Quyết định số 123/QĐ-UBND ngày 15/01/2024"));
        assertThat(new WorkbookInfoViewModel(session).publishedTotalProperty().get()).isEqualTo("69,82");
    }

    @Test
    void aWrongFigureIsNamedAndNothingChanges() {
        WorkbookInfoViewModel model = model();
        Assessment before = session.assessment();
        model.publishedTotalProperty().set("69,8x");
        model.parentLineProperty().set(ParentLine.SHOWN);
        assertThat(model.apply()).isFalse();
        assertThat(model.messageProperty().get()).contains("Tổng điểm được công bố").contains("69,8x");
        assertThat(session.assessment()).isEqualTo(before);

        model.publishedTotalProperty().set("250");
        assertThat(model.apply()).isFalse();
        assertThat(model.messageProperty().get()).contains("250").contains("200");
        session.requireWritten();
        assertThat(store.loadAssessment(before.id()).orElseThrow()).isEqualTo(before);
    }
}
