package vn.cchc.workbook.reports;

import java.util.regex.Pattern;

import vn.cchc.workbook.domain.text.TextFolding;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.documents.DocumentText;

/**
 * Suggested names such as {@code PhuLuc_CCHC_XaHienThanh_6T2023.xlsx}: readable without diacritics, and only
 * ASCII letters, digits and underscores, so the name is safe on Windows, in e-mail attachments and on USB sticks.
 */
public final class ReportFileName {

    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+");
    private static final int MAX_PART = 40;

    private ReportFileName() {
    }

    static String suggest(Assessment assessment, ExportOptions options) {
        String prefix = options.reports().size() == 1 ? prefix(options.reports().getFirst()) : "BaoCao";
        return suggest(prefix, assessment, ".xlsx", options.track() == Track.SELF);
    }

    /** {@code <prefix>_CCHC_<unit>_<period><extension>}, e.g. {@code CongVan_CCHC_XaHienThanh_6T2023.docx}. */
    public static String suggest(String prefix, Assessment assessment, String extension) {
        return suggest(prefix, assessment, extension, false);
    }

    /** The same, marked "_TuDanhGia" when it shows self scores, so nobody sends them as the appraised result. */
    public static String suggest(String prefix, Assessment assessment, String extension, boolean selfScores) {
        String unit = camel(ascii(DocumentText.unitInTitle(assessment.unit())));
        String period = switch (assessment.period().kind()) {
            case FIRST_HALF -> "6T" + assessment.year();
            case FULL_YEAR -> "Nam" + assessment.year();
            case OTHER -> {
                String text = camel(ascii(assessment.period().text()));
                String year = Integer.toString(assessment.year());
                yield text.contains(year) ? text : text + year;
            }
        };
        StringBuilder name = new StringBuilder(prefix).append("_CCHC");
        if (!unit.isEmpty()) {
            name.append('_').append(cut(unit));
        }
        name.append('_').append(cut(period));
        if (selfScores) {
            // Self scores say so in the name too: "…_6T2023_TuDanhGia.xlsx".
            name.append("_TuDanhGia");
        }
        return name.append(extension).toString();
    }

    /** "Hiền Thành – Đông Hà" becomes "Hien Thanh – Dong Ha": marks removed, đ/Đ replaced (NFD keeps them whole). */
    static String ascii(String text) {
        return TextFolding.withoutMarks(text);
    }

    /** "xa Hien Thanh" becomes "XaHienThanh"; anything but ASCII letters and digits separates words. */
    static String camel(String asciiText) {
        StringBuilder out = new StringBuilder();
        for (String word : WORD_BREAK.split(asciiText)) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return out.toString();
    }

    private static String cut(String part) {
        return part.length() <= MAX_PART ? part : part.substring(0, MAX_PART);
    }

    private static String prefix(ReportKind kind) {
        return switch (kind) {
            case PHU_LUC -> "PhuLuc";
            case DON_VI -> "TongHopDonVi";
            case LINH_VUC -> "KetQuaLinhVuc";
            case TIEN_DO -> "TienDo";
            case KHAC_PHUC -> "KeHoachKhacPhuc";
            case SO_SANH -> "SoSanhKyTruoc";
        };
    }
}
