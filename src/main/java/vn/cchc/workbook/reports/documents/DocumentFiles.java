package vn.cchc.workbook.reports.documents;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.reports.ReportFileName;

/** File names proposed for the drafted documents. */
public final class DocumentFiles {

    public static final String EXTENSION = ".docx";

    private DocumentFiles() {
    }

    /** {@code CongVan_CCHC_XaHienThanh_6T2023.docx}, {@code BaoCaoTuDanhGia_…}, {@code KeHoachCaiThien_…}. */
    public static String suggestedName(DocumentKind kind, Assessment assessment) {
        String prefix = switch (kind) {
            case LETTER -> "CongVan";
            case REPORT -> "BaoCaoTuDanhGia";
            case PLAN -> "KeHoachCaiThien";
        };
        return ReportFileName.suggest(prefix, assessment, EXTENSION);
    }
}
