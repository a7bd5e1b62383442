package vn.cchc.workbook.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.DocumentRequest;
import vn.cchc.workbook.domain.documents.Drafts;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.interchange.BundledData;

/** The letter of seed 003 written to .docx and read back with POI: paragraphs in order, styles, tables, pages. */
class WordDocumentWriterTest {

    static final DocumentRequest REQUEST = new DocumentRequest("103/UBND", "", LocalDate.of(2023, 9, 6), "",
            new DocumentReference("Thông báo", "285/TB-HĐTĐ", LocalDate.of(2023, 8, 8),
                    "Hội đồng thẩm định chỉ số cải cách hành chính huyện Vĩnh Linh"),
            new Signer("", "", "Lê Đức Kiên"), List.of(), true);

    @TempDir
    Path folder;

    static Assessment sample() {
        return BundledData.sampleAssessment().withRankText("xếp thứ 4/18 xã, thị trấn");
    }

    private XWPFDocument written(DocumentKind kind, DocumentRequest request) throws Exception {
        Path file = folder.resolve(kind.id() + ".docx");
        new WordDocumentWriter().write(Drafts.draft(kind, sample(), request), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void theHeaderBlockIsABorderlessTableWithUnitNumberSubjectNationMottoAndDate() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            XWPFTable header = (XWPFTable) word.getBodyElements().get(0);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);

            assertThat(texts(left.getParagraphs())).containsExactly("ỦY BAN NHÂN DÂN", "XÃ HIỀN THÀNH", "",
                    "Số: 103/UBND", "V/v khắc phục những tồn tại, hạn chế trong công tác CCHC, nâng cao chỉ số CCHC "
                            + "sau kết quả đánh giá 6\u00A0tháng\u00A0đầu\u00A0năm\u00A02023");
            assertThat(left.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(texts(right.getParagraphs())).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "", "Hiền Thành, ngày 06 tháng 9 năm 2023");
            assertThat(right.getParagraphs().get(3).getRuns().get(0).isItalic()).isTrue();
            assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
        }
    }

    @Test
    void theTextFollowsTheDraftInOrderWithTheStylesOfItsRoles() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            List<XWPFParagraph> body = word.getParagraphs().stream().filter(p -> p.getStyle() != null).toList();
            List<String> headings = body.stream().filter(p -> p.getStyle().equals(WordStyles.HEADING))
                    .map(XWPFParagraph::getText).toList();

            assertThat(headings).containsExactly("1. Đối với Cán bộ, công chức xã:",
                    "2. Đối với Công chức Văn phòng - Thống kê:", "3. Đối với Công chức Tư pháp - Hộ tịch:",
                    "4. Đối với Công chức Văn hóa - Xã hội:", "5. Đối với Bộ phận Tiếp nhận và Trả kết quả:",
                    "6. Đối với Công an xã:");
            assertThat(texts(body)).containsSubsequence(
                    "Kính gửi:", "- Cán bộ, công chức xã;", "- Công an xã.",
                    "Căn cứ Thông báo số 285/TB-HĐTĐ ngày 08/8/2023 của Hội đồng thẩm định chỉ số cải cách hành chính "
                            + "huyện Vĩnh Linh về kết quả thẩm định chỉ số cải cách hành chính 6 tháng đầu năm 2023,",
                    "1. Đối với Cán bộ, công chức xã:",
                    "Tiêu chí 1.5.1 - Thực hiện các nhiệm vụ được UBND huyện, Chủ tịch UBND huyện giao: bị trừ 1 điểm.",
                    "- Không để phát sinh chậm nộp báo cáo làm ảnh hưởng đến công việc chỉ đạo, điều hành của UBND "
                            + "huyện và chỉ số CCHC của xã (hoàn thành trước ngày 31/10/2023).",
                    "2. Đối với Công chức Văn phòng - Thống kê:");
            XWPFParagraph quote = body.stream().filter(p -> p.getText().startsWith("“Đơn vị có 02 nhiệm vụ"))
                    .findFirst().orElseThrow();
            assertThat(quote.getStyle()).isEqualTo(WordStyles.QUOTE);
            XWPFParagraph result = body.stream().filter(p -> p.getText().startsWith("Trong 6 tháng đầu năm 2023"))
                    .findFirst().orElseThrow();
            assertThat(result.getStyle()).isEqualTo(WordStyles.BODY);
            assertThat(result.getText()).contains(Points.format(
                    ScoreEngine.score(sample()).totals(Track.APPRAISED).index()), "xếp thứ 4/18 xã, thị trấn", "10,77");
        }
    }

    @Test
    void stylesAreTimesNewRomanBodyJustifiedWithAFirstLineIndentQuotesItalicRecipientsSmaller() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            XWPFStyle body = word.getStyles().getStyle(WordStyles.BODY);
            assertThat(body.getCTStyle().getPPr().getJc().getVal().toString()).isEqualTo("both");
            assertThat(body.getCTStyle().getPPr().getInd().getFirstLine()).isEqualTo(BigInteger.valueOf(567));
            assertThat(body.getCTStyle().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
            assertThat(body.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(word.getStyles().getStyle(WordStyles.QUOTE).getCTStyle().getRPr().sizeOfIArray()).isOne();
            XWPFStyle recipients = word.getStyles().getStyle(WordStyles.RECIPIENTS_HEADING);
            assertThat(recipients.getCTStyle().getRPr().sizeOfBArray()).isOne();
            assertThat(recipients.getCTStyle().getRPr().sizeOfIArray()).isOne();
            assertThat(recipients.getCTStyle().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(24));
            assertThat(word.getStyles().getStyle(WordStyles.RECIPIENT).getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(22));
        }
    }

    @Test
    void recipientsAndSignatureShareOneRowThatNeverSplits() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            XWPFTable signature = word.getTables().get(1);

            assertThat(signature.getRow(0).isCantSplitRow()).isTrue();
            assertThat(texts(signature.getRow(0).getCell(0).getParagraphs())).containsExactly("Nơi nhận:",
                    "- UBND huyện Vĩnh Linh (b/c);", "- Như Kính gửi;", "- Lưu: VT.");
            assertThat(texts(signature.getRow(0).getCell(1).getParagraphs())).containsExactly("TM. ỦY BAN NHÂN DÂN",
                    "CHỦ TỊCH", "", "", "", "", "Lê Đức Kiên");
        }
    }

    @Test
    void portraitA4WithTheDecreesMarginsThenTheAppendixOnLandscapePagesWithARepeatedHeader() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            CTSectPr portrait = word.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr()
                    && p.getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(portrait.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(portrait.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(portrait.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(portrait.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(portrait.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
            assertThat(portrait.isSetTitlePg()).as("no number on the first page").isTrue();
            CTSectPr annex = word.getDocument().getBody().getSectPr();
            assertThat(annex.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(annex.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));

            XWPFTable appendix = word.getTables().get(2);
            assertThat(appendix.getRow(0).isRepeatHeader()).isTrue();
            assertThat(appendix.getRow(0).getCell(6).getText()).isEqualTo("Ý kiến thẩm định");
            List<String> codes = appendix.getRows().stream().map(r -> r.getCell(0).getText()).toList();
            assertThat(codes).containsSubsequence("1", "1.1", "1.1.3", "1.4.1", "3.13.3");
            var row = appendix.getRows().get(codes.indexOf("1.1.3"));
            assertThat(row.getCell(4).getText()).isEqualTo("1,40");
            assertThat(row.getCell(5).getText()).isEqualTo("-0,60");
            assertThat(row.getCell(7).getText()).contains("Công chức Văn phòng - Thống kê", "31/10/2023");
            boolean pageField = word.getHeaderList().stream().map(XWPFHeader::getParagraphs).flatMap(List::stream)
                    .anyMatch(p -> p.getCTP().getFldSimpleList().stream()
                            .anyMatch(f -> f.getInstr().strip().equals("PAGE")));
            assertThat(pageField).isTrue();
        }
    }

    @Test
    void aRowOfAFewLinesStaysWholeAndATallOneMayBreakAtThePagesEnd() throws Exception {
        // Every row was kept whole: before a 20-line opinion the page above was left half blank (7 pages of
        // appendix for the commune sample, two of them half empty).
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            XWPFTable appendix = word.getTables().get(2);
            List<String> codes = appendix.getRows().stream().map(r -> r.getCell(0).getText()).toList();
            assertThat(appendix.getRow(0).isCantSplitRow()).as("header").isTrue();
            assertThat(appendix.getRows().get(codes.indexOf("1.1")).isCantSplitRow()).as("a heading").isTrue();
            var tall = appendix.getRows().get(codes.indexOf("1.4.1"));
            assertThat(tall.getCell(6).getText().length()).isGreaterThan(600);
            assertThat(tall.isCantSplitRow()).as("1.4.1, a long opinion").isFalse();
        }
    }

    /**
     * A ward's phụ lục printed "Tổng điểm" and "Chỉ số" alone on its last page under the repeated header: a table's
     * last four rows are kept on one page (each but the last keeps with the next), the rows above are not.
     */
    @Test
    void aTablesTotalsStayWithTheRowsAboveThem() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST)) {
            XWPFTable appendix = word.getTables().get(2);
            List<XWPFTableRow> rows = appendix.getRows();
            int last = rows.size() - 1;
            java.util.function.IntPredicate kept = i -> rows.get(i).getTableCells().stream()
                    .flatMap(cell -> cell.getParagraphs().stream())
                    .allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext());
            assertThat(rows.get(last).getCell(1).getText()).startsWith("Chỉ số CCHC");
            assertThat(kept.test(last - 3) && kept.test(last - 2) && kept.test(last - 1)).isTrue();
            assertThat(kept.test(last)).isFalse();
            assertThat(kept.test(last - 4)).isFalse();
        }
    }

    @Test
    void withoutTheAppendixTheLetterIsOnePortraitSection() throws Exception {
        try (XWPFDocument word = written(DocumentKind.LETTER, REQUEST.withAppendix(false))) {
            assertThat(word.getTables()).hasSize(2);
            CTSectPr only = word.getDocument().getBody().getSectPr();
            assertThat(only.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(only.isSetTitlePg()).isTrue();
            assertThat(texts(word.getParagraphs())).anyMatch(t -> t.contains("(có Phụ lục kèm theo)"));
        }
    }

    @Test
    void theReportCarriesTheSelfScoreTableWithEvidenceAndExplanationColumns() throws Exception {
        try (XWPFDocument word = written(DocumentKind.REPORT, REQUEST)) {
            XWPFTable table = word.getTables().get(2);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("STT",
                    "Lĩnh vực / tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng", "Giải trình");
            String total = Points.format(ScoreEngine.score(sample()).totals(Track.SELF).total());
            assertThat(table.getRows()).anySatisfy(r -> {
                assertThat(r.getCell(1).getText()).isEqualTo("Tổng điểm");
                assertThat(r.getCell(3).getText()).isEqualTo(total);
            });
            assertThat(texts(word.getParagraphs())).contains("BÁO CÁO");
        }
    }

    @Test
    void thePlanHasItsFieldAndDepartmentTablesInTheText() throws Exception {
        try (XWPFDocument word = written(DocumentKind.PLAN, REQUEST)) {
            assertThat(word.getTables()).hasSize(4);
            XWPFTable fields = word.getTables().get(1);
            assertThat(fields.getRow(0).getCell(1).getText()).isEqualTo("Lĩnh vực");
            assertThat(fields.getRows()).hasSize(1 + 8 + 1);
            XWPFTable departments = word.getTables().get(2);
            assertThat(departments.getRow(1).getCell(1).getText()).isEqualTo("Công chức Văn phòng - Thống kê");
            assertThat(texts(word.getParagraphs())).contains("KẾ HOẠCH", "1. Mục tiêu theo lĩnh vực");
        }
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph p : paragraphs) {
            texts.add(p.getText());
        }
        return texts;
    }
}
