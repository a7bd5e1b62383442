package vn.cchc.workbook.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DraftDocument;
import vn.cchc.workbook.domain.documents.Drafts;
import vn.cchc.workbook.domain.documents.Section;
import vn.cchc.workbook.domain.documents.Table;

/**
 * Each document printed to PDF by LibreOffice and checked page by page: page numbers centred at the top from page 2,
 * the signature block whole on one page with "Nơi nhận", portrait text pages then landscape table pages, every word
 * inside the margins (nothing cut), every table row present, table text at a readable size.
 */
class DocumentPagesTest {

    private static final double MM = 72 / 25.4;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void pagesHoldTheDecreesLayout(DocumentKind kind) throws Exception {
        DraftDocument document = Drafts.draft(kind, WordDocumentWriterTest.sample(), WordDocumentWriterTest.REQUEST);
        Path docx = folder.resolve(kind.id() + ".docx");
        new WordDocumentWriter().write(document, docx);

        PdfPages pdf = PdfPages.convert(docx, folder);
        List<PdfPages.Page> pages = pdf.pages();

        assertThat(pages.size()).as("pages of %s", kind).isGreaterThan(1);
        assertThat(pages.get(0).firstLine()).as("page 1 carries no number").doesNotMatch("\\d+");
        assertThat(pages.get(0).text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        for (PdfPages.Page page : pages.subList(1, pages.size())) {
            assertThat(page.firstLine()).as("number at the top of page %d", page.number())
                    .isEqualTo(Integer.toString(page.number()));
            PdfPages.Word number = page.words().get(0);
            double middle = (number.xMin() + number.xMax()) / 2;
            double textMiddle = (30 * MM + page.width() - 15 * MM) / 2;
            assertThat(Math.abs(middle - textMiddle)).as("page number centred on page %d", page.number())
                    .isLessThan(6);
        }

        PdfPages.Page signed = pdf.pageWith("Lê Đức Kiên");
        assertThat(signed.text()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Lưu: VT.");
        assertThat(signed.landscape()).isFalse();
        List<Section> body = document.sections(Section.Placement.BODY);
        String lastText = body.get(body.size() - 1).paragraphs().getLast().text();
        assertThat(signed.text()).as("the text's last paragraph on the signature's page")
                .contains(lastText.substring(0, 20));

        for (PdfPages.Page page : pages) {
            boolean annex = page.number() > signed.number();
            assertThat(page.landscape()).as("orientation of page %d", page.number()).isEqualTo(annex);
            assertThat(page.width()).isCloseTo(page.landscape() ? 841.9 : 595.3, Offset.offset(1.0));
            for (PdfPages.Word word : page.words()) {
                assertThat(word.xMin()).as("%s on page %d", word.text(), page.number()).isGreaterThan(30 * MM - 3);
                assertThat(word.xMax()).as("%s on page %d", word.text(), page.number())
                        .isLessThan(page.width() - 15 * MM + 3);
                assertThat(word.yMax()).as("%s on page %d", word.text(), page.number())
                        .isLessThan(page.height() - 20 * MM + 3);
            }
        }

        List<Section> annexes = document.sections(Section.Placement.ANNEX);
        List<PdfPages.Page> annexPages = pages.stream().filter(PdfPages.Page::landscape).toList();
        assertThat(annexPages.isEmpty()).isEqualTo(annexes.isEmpty());
        String annexText = String.join("\n", annexPages.stream().map(PdfPages.Page::text).toList());
        for (Section annex : annexes) {
            for (Table table : annex.tables()) {
                for (Table.Row row : table.rows()) {
                    if (!row.cells().get(0).isEmpty()) {
                        assertThat(annexText).as("row %s printed", row.cells().get(0)).contains(row.cells().get(0));
                    }
                }
            }
        }
        for (PdfPages.Page page : annexPages) {
            assertThat(page.firstLine()).isNotEmpty();
            assertThat(page.text()).as("table header repeated on page %d", page.number()).contains("STT");
            double median = page.words().stream().mapToDouble(PdfPages.Word::height).sorted()
                    .skip(page.words().size() / 2).findFirst().orElse(0);
            assertThat(median).as("text height on landscape page %d (pt)", page.number()).isGreaterThan(9.5);
        }
    }
}
