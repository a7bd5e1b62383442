package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentValidator;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.scoring.DeductionItem;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;

/**
 * The bundled sample assessment reproduces the appendix of Công văn số 103/UBND ngày 06/9/2023 of UBND xã Hiền
 * Thành (kết quả đánh giá CCHC 6 tháng đầu năm 2023 và biện pháp khắc phục), row by row, with the engine's figures.
 */
class HienThanhAppendixTest {

    /** The rows of the appendix, in printed order. */
    private static final List<String> APPENDIX_CODES = List.of("1.1.3", "1.4.1", "1.4.2", "1.5.1", "1.5.3", "1.5.4",
            "1.7", "3.5.2", "3.11.1", "3.12", "3.12.1", "3.12.2", "3.13", "3.13.2", "3.13.3");

    /** "Chưa đánh giá" at half-year: criteria only assessed at the end of the year. */
    private static final Set<String> NOT_ASSESSED_YET = Set.of("1.3.3", "2.4.2", "2.4.3", "2.5", "5.2", "5.3", "6.2",
            "8");

    private static Assessment sample;
    private static Scorecard card;

    @BeforeAll
    static void load() {
        sample = BundledData.sampleAssessment();
        card = ScoreEngine.score(sample);
    }

    @Test
    void sampleValidatesWithoutAnyProblem() {
        assertThat(AssessmentValidator.validate(sample)).isEmpty();
    }

    @Test
    void resourceReadsWithoutWarningsAndSurvivesAWriteReadRoundTrip() throws java.io.IOException {
        byte[] resource;
        try (var in = BundledData.class.getResourceAsStream(BundledData.SAMPLE_ASSESSMENT)) {
            resource = in.readAllBytes();
        }
        assertThat(AssessmentJson.check(resource).problems()).isEmpty();

        Assessment again = AssessmentJson.check(AssessmentJson.toBytes(sample)).valueOrThrow();

        assertThat(again).isEqualTo(sample);
    }

    @Test
    void sampleDescribesXaHienThanhAtHalfYear2023() {
        assertThat(sample.unit().name()).isEqualTo("Hiền Thành");
        assertThat(sample.unit().level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(sample.unit().parentAuthority()).isEqualTo("UBND huyện Vĩnh Linh");
        assertThat(sample.unit().placeName()).isEqualTo("Hiền Thành");
        assertThat(sample.period()).isEqualTo(Period.FIRST_HALF);
        assertThat(sample.year()).isEqualTo(2023);
        assertThat(sample.locked()).isFalse();
    }

    @Test
    void criteriaSnapshotIsTheBundledCommuneSet() {
        assertThat(sample.criteria()).isEqualTo(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE));
    }

    /**
     * Every row: code | điểm chuẩn | điểm tự đánh giá | điểm thẩm định | điểm trừ (engine) | người thực hiện chính.
     * Where the engine's deduction differs from the printed one, see {@link #whereTheSourceIsWrongTheEngineStands}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.1.3  | 2,00 | 2,00 | 1,40 | 0,60 | Công chức Văn phòng - Thống kê
            1.4.1  | 1,00 | 1,00 | 0,50 | 0,50 | Công chức Văn hóa - Xã hội
            1.4.2  | 2,00 | 2,00 | 1,00 | 1,00 | Công chức Văn hóa - Xã hội
            1.5.1  | 2,00 | 1,00 | 1,00 | 1,00 | Cán bộ, công chức xã
            1.5.3  | 1,00 | 1,00 | 0,50 | 0,50 | Công chức Văn phòng - Thống kê
            1.5.4  | 2,00 | 0,50 | 0,50 | 1,50 | Cán bộ, công chức xã
            1.7    | 1,00 | 0,00 | 0,00 | 1,00 | Công an xã + Công chức Tư pháp - Hộ tịch
            3.5.2  | 1,00 | 1,00 | 0,00 | 1,00 | Công chức Văn phòng - Thống kê
            3.11.1 | 1,00 | 0,00 | 0,00 | 1,00 | Bộ phận Tiếp nhận và Trả kết quả
            3.12   | 2,00 | 0,00 | 0,00 | 2,00 | Bộ phận Tiếp nhận và Trả kết quả
            3.12.1 | 1,00 | 0,00 | 0,00 | 1,00 | Bộ phận Tiếp nhận và Trả kết quả
            3.12.2 | 1,00 | 0,00 | 0,00 | 1,00 | Bộ phận Tiếp nhận và Trả kết quả
            3.13   | 3,00 | 3,00 | 2,33 | 0,67 | Bộ phận Tiếp nhận và Trả kết quả
            3.13.2 | 1,00 | 1,00 | 0,69 | 0,31 | Bộ phận Tiếp nhận và Trả kết quả
            3.13.3 | 1,00 | 1,00 | 0,64 | 0,36 | Bộ phận Tiếp nhận và Trả kết quả
            """)
    void reproducesAppendixRow(String code, String max, String self, String appraised, String deduction,
                               String responsible) {
        var result = card.node(code);
        Figures selfFigures = result.self();
        Figures appraisal = result.appraised();

        assertThat(Points.format(result.node().maxPoints())).isEqualTo(max);
        assertThat(Points.format(selfFigures.achieved())).isEqualTo(self);
        assertThat(Points.format(appraisal.achieved())).isEqualTo(appraised);
        assertThat(Points.format(appraisal.deduction())).isEqualTo(deduction);
        assertThat(appraisal.isComplete()).isTrue();
        assertThat(responsibleNames(code)).isEqualTo(responsible);
    }

    @Test
    void everyAppendixRowCarriesItsRemedyDueOn31October2023() {
        for (String code : APPENDIX_CODES) {
            Remedy remedy = sample.entry(code).remedy();
            assertThat(remedy.measure()).as("remedy of %s", code).isNotBlank();
            assertThat(remedy.deadline()).as("deadline of %s", code).isEqualTo(LocalDate.of(2023, 10, 31));
            assertThat(remedy.status()).as("status of %s", code).isEqualTo(Remedy.Status.NOT_STARTED);
        }
        assertThat(sample.entry("1.7").remedy().measure()).isEqualTo("Giao cho Công an xã và công chức Tư pháp – "
                + "Hộ tịch tham mưu tổ chức hai cuộc đối thoại giữa đồng chí chủ tịch với nhân dân.");
        assertThat(sample.entry("3.11.1").remedy().measure()).isEqualTo("Giao cho Công chức chuyên môn ở bộ phận "
                + "tiếp nhận và trả kết quả thực hiện trong 6 tháng cuối năm");
        // Only leaves outside the appendix keep no remedy.
        assertThat(sample.entries().values()).filteredOn(e -> !e.remedy().isEmpty()).extracting(Entry::code)
                .containsExactlyElementsOf(APPENDIX_CODES);
    }

    @Test
    void appraisalOpinionsAreTheCouncilsWordsWithoutMarkup() {
        for (String code : APPENDIX_CODES) {
            String opinion = sample.entry(code).appraisalOpinion();
            // No HTML tags or LaTeX delimiters; "0,22<0,7" itself is the council's text.
            assertThat(opinion).as("opinion of %s", code).doesNotContainPattern("</?[a-z]+[^>]*>")
                    .doesNotContain("$", "&nbsp;", "&lt;");
            if (!code.equals("3.12") && !code.equals("3.13")) {
                assertThat(opinion).as("opinion of %s", code).isNotBlank();
            }
        }
        assertThat(sample.entry("3.11.1").appraisalOpinion()).isEqualTo("Tỷ lệ HS giải quyết TTHC được luân chuyển "
                + "trong nội bộ, tính theo công thức b/a=164/739=0,22<0,7 nên đạt 0 điểm");
        assertThat(sample.entry("3.12.1").appraisalOpinion()).isEqualTo("Đồng ý");
        assertThat(sample.entry("1.5.1").appraisalOpinion()).startsWith(
                "Đơn vị có 02 nhiệm vụ được giao hoàn thành chậm so với quy định.");
        assertThat(sample.entry("3.5.2").appraisalOpinion()).endsWith("(đề nghị bổ sung đầy đủ trong năm)");
        assertThat(sample.entry("1.7").appraisalOpinion()).contains("\n- Chỉ đạo giải quyết những kiến nghị");
    }

    /** The figures the appraisal council wrote in its opinions, from the inputs a and b. */
    @Test
    void ratioCriteriaAreRecordedAsTheirInputs() {
        assertThat(sample.entry("3.11.1").appraisal()).isEqualTo(RuleInput.RatioInput.of(739, 164));
        assertThat(sample.entry("3.13.2").appraisal()).isEqualTo(RuleInput.RatioInput.of(16, 11));
        assertThat(sample.entry("3.13.3").appraisal()).isEqualTo(RuleInput.RatioInput.of(637, 408));
        assertThat(sample.entry("1.1.3").appraisal()).isEqualTo(RuleInput.RatioInput.of(30, 21));

        // 164/739 = 0,22 < 0,7: no points at all.
        assertThat(card.node("3.11.1").appraised().achieved()).isEqualByComparingTo("0");
        assertThat(Points.format(card.node("3.13.2").appraised().achieved())).isEqualTo("0,69");
        assertThat(Points.format(card.node("3.13.3").appraised().achieved())).isEqualTo("0,64");
        assertThat(Points.format(card.node("1.1.3").appraised().achieved())).isEqualTo("1,40");
        // Each criterion counts with its 2 decimals, as printed (decision 48): 1 + 0,69 + 0,64 = 2,33.
        assertThat(card.node("3.13").appraised().achieved()).isEqualByComparingTo("2.33");
    }

    @Test
    void selfTotalIsThe77PrintedInTheSource() {
        Totals self = card.totals(Track.SELF);

        assertThat(Points.format(self.total())).isEqualTo("77,00");
        assertThat(self.maximum()).isEqualByComparingTo("100");
        assertThat(self.applicableMaximum()).isEqualByComparingTo("83.5");
        assertThat(self.unscoredLeaves()).isZero();
        assertThat(Points.format(self.index())).isEqualTo("92,22");
    }

    @Test
    void criteriaNotAssessedAtHalfYearAreWorth16Point5() {
        List<String> marked = sample.entries().values().stream().filter(Entry::notApplicable).map(Entry::code)
                .toList();
        BigDecimal worth = marked.stream().map(code -> sample.criteria().node(code).maxPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(marked).containsExactlyInAnyOrderElementsOf(NOT_ASSESSED_YET);
        assertThat(worth).isEqualByComparingTo("16.5");
        assertThat(card.node("8").appraised().notApplicable()).isTrue();
        assertThat(card.node("8.2.2").appraised().notApplicable()).isTrue();
    }

    @Test
    void everyOtherApplicableLeafHasFullPointsOnBothTracks() {
        for (CriterionNode leaf : sample.criteria().leaves()) {
            var result = card.node(leaf.code());
            if (APPENDIX_CODES.contains(leaf.code()) || result.self().notApplicable()) {
                continue;
            }
            assertThat(result.self().achieved()).as("self %s", leaf.code()).isEqualByComparingTo(leaf.maxPoints());
            assertThat(result.appraised().achieved()).as("appraised %s", leaf.code())
                    .isEqualByComparingTo(leaf.maxPoints());
        }
    }

    @Test
    void evidenceCitesTheLettersOfTheSource() {
        assertThat(sample.entry("1.4.1").evidence()).extracting(EvidenceDocument::number)
                .containsExactly("30/KH-UBND");
        EvidenceDocument report = sample.entry("1.5.3").evidence().get(0);
        assertThat(report.number()).isEqualTo("10/BC-UBND");
        assertThat(report.date()).isEqualTo(LocalDate.of(2023, 2, 20));
        EvidenceDocument review = sample.entry("1.5.1").evidence().get(0);
        assertThat(review.number()).isEqualTo("52/BC-VP");
        assertThat(review.date()).isEqualTo(LocalDate.of(2023, 6, 28));
    }

    /** The lost points per officer, as the letter hands them out (appraised track). */
    @Test
    void lostPointsAreAttributedToTheOfficersOfTheAppendix() {
        Map<String, String> deductions = new LinkedHashMap<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (DepartmentResult result : card.departments(Track.APPRAISED)) {
            assertThat(result.isUnassigned()).as("unassigned points").isFalse();
            deductions.put(result.department().name(), Points.format(result.deduction()));
            items.put(result.department().name(), result.deductions().stream().map(DeductionItem::code).toList());
        }

        assertThat(deductions).containsExactly(
                Map.entry("Công chức Văn phòng - Thống kê", "2,10"),
                Map.entry("Công chức Tư pháp - Hộ tịch", "0,50"),
                Map.entry("Công chức Văn hóa - Xã hội", "1,50"),
                Map.entry("Công chức Tài chính - Kế toán", "0,00"),
                Map.entry("Bộ phận Tiếp nhận và Trả kết quả", "3,67"),
                Map.entry("Công an xã", "0,50"),
                Map.entry("Đài truyền thanh xã", "0,00"),
                Map.entry("Cán bộ, công chức xã", "2,50"));
        assertThat(items.get("Bộ phận Tiếp nhận và Trả kết quả"))
                .containsExactly("3.11.1", "3.12.1", "3.12.2", "3.13.2", "3.13.3");
        assertThat(items.get("Công an xã")).containsExactly("1.7");
    }

    /**
     * The source's own arithmetic is wrong in several places; the engine computes every figure from the entries,
     * so its figures stand. Each row: what | printed in the source | the engine's figure.
     */
    @ParameterizedTest(name = "{0}: printed {1}, engine {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3.12 deduction      | -1,00 | 2,00
            3.13 deduction      | -0,07 | 0,67
            3.13.2 deduction    | -0,21 | 0,31
            3.13.3 deduction    | -0,35 | 0,36
            total appraised     | 69,82 | 72,73
            total deductions    | 7,82  | 10,77
            """)
    void whereTheSourceIsWrongTheEngineStands(String what, String printed, String engine) {
        Totals appraised = card.totals(Track.APPRAISED);
        String computed = switch (what) {
            case "total appraised" -> Points.format(appraised.total());
            case "total deductions" -> Points.format(appraised.deduction());
            default -> Points.format(card.node(what.substring(0, what.indexOf(' '))).appraised().deduction());
        };

        assertThat(computed).isEqualTo(engine);
        assertThat(computed).isNotEqualTo(printed.replace("-", "").strip());
    }

    @Test
    void theSourceTotalsDoNotEvenAgreeWithEachOther() {
        // Printed: self 77,00, deductions 7,82, appraised 69,82; but 77,00 − 7,82 = 69,18.
        assertThat(new BigDecimal("77.00").subtract(new BigDecimal("7.82"))).isNotEqualByComparingTo("69.82");
        // The engine's figures agree: applicable maximum − deductions = appraised total.
        Totals appraised = card.totals(Track.APPRAISED);
        assertThat(appraised.applicableMaximum().subtract(appraised.deduction()))
                .isEqualByComparingTo(appraised.total());
        assertThat(Points.format(appraised.index())).isEqualTo("87,10");
    }

    private static String responsibleNames(String code) {
        return sample.entry(code).responsibilities().stream()
                .map(r -> sample.department(r.departmentId()).orElseThrow().name())
                .collect(Collectors.joining(" + "));
    }
}
