package vn.cchc.workbook.reports.documents;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import vn.cchc.workbook.domain.documents.Paragraph;

/**
 * The paragraph styles of a drafted document, so that a clerk who changes "Văn bản" in Word changes every body
 * paragraph at once: Times New Roman throughout; body 14 pt justified with a 1 cm first-line indent; "Nơi nhận"
 * 12 pt bold italic with an 11-pt list (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
final class WordStyles {

    static final String FONT = "Times New Roman";
    static final int BODY_HALF_POINTS = 28;
    /** 1 cm in twentieths of a point. */
    static final int FIRST_LINE_INDENT = 567;

    static final String BODY = "CchcVanBan";
    static final String HEADING = "CchcDeMuc";
    static final String SUBHEADING = "CchcDeMucNho";
    static final String QUOTE = "CchcTrichDan";
    static final String BULLET = "CchcGachDau";
    static final String ADDRESSEE = "CchcKinhGui";
    static final String RECIPIENTS_HEADING = "CchcNoiNhan";
    static final String RECIPIENT = "CchcNoiNhanDong";
    static final String TITLE = "CchcTieuDe";
    static final String TITLE_NOTE = "CchcGhiChuTieuDe";
    static final String TABLE = "CchcBang";

    private WordStyles() {
    }

    /** The style id a paragraph of {@code role} is printed with. */
    static String of(Paragraph.Role role) {
        return switch (role) {
            case HEADING -> HEADING;
            case SUBHEADING -> SUBHEADING;
            case BODY -> BODY;
            case QUOTE -> QUOTE;
            case BULLET -> BULLET;
            case ADDRESSEE -> ADDRESSEE;
            case RECIPIENT -> RECIPIENT;
            case TITLE -> TITLE;
            case TITLE_NOTE -> TITLE_NOTE;
        };
    }

    static void install(XWPFDocument document) {
        CTStyles all = CTStyles.Factory.newInstance();
        CTRPr run = all.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(run);
        run.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        run.addNewLang().setVal("vi-VN");
        add(all, BODY, "Văn bản", STJc.BOTH, FIRST_LINE_INDENT, false, false, BODY_HALF_POINTS, false);
        add(all, HEADING, "Đề mục", STJc.BOTH, FIRST_LINE_INDENT, true, false, BODY_HALF_POINTS, true);
        add(all, SUBHEADING, "Đề mục nhỏ", STJc.BOTH, FIRST_LINE_INDENT, true, true, BODY_HALF_POINTS, true);
        add(all, QUOTE, "Trích dẫn", STJc.BOTH, FIRST_LINE_INDENT, false, true, BODY_HALF_POINTS, false);
        add(all, BULLET, "Gạch đầu dòng", STJc.BOTH, FIRST_LINE_INDENT, false, false, BODY_HALF_POINTS, false);
        add(all, ADDRESSEE, "Kính gửi", STJc.LEFT, 0, false, false, BODY_HALF_POINTS, false);
        add(all, RECIPIENTS_HEADING, "Nơi nhận", STJc.LEFT, 0, true, true, 24, false);
        add(all, RECIPIENT, "Nơi nhận - dòng", STJc.LEFT, 0, false, false, 22, false);
        add(all, TITLE, "Tiêu đề", STJc.CENTER, 0, true, false, BODY_HALF_POINTS, true);
        add(all, TITLE_NOTE, "Ghi chú tiêu đề", STJc.CENTER, 0, false, true, BODY_HALF_POINTS, true);
        add(all, TABLE, "Bảng", STJc.LEFT, 0, false, false, 22, false);
        XWPFStyles styles = document.createStyles();
        styles.setStyles(all);
    }

    private static void add(CTStyles all, String id, String name, STJc.Enum alignment, int firstLine,
                            boolean bold, boolean italic, int halfPoints, boolean keepNext) {
        CTStyle style = all.addNewStyle();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewJc().setVal(alignment);
        var spacing = paragraph.addNewSpacing();
        boolean table = id.equals(TABLE) || id.equals(RECIPIENT);
        spacing.setBefore(BigInteger.valueOf(table ? 0 : 120));
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(table ? 240 : 276));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        if (firstLine > 0) {
            paragraph.addNewInd().setFirstLine(BigInteger.valueOf(firstLine));
        }
        if (keepNext) {
            paragraph.addNewKeepNext();
        }
        CTRPr run = style.addNewRPr();
        fonts(run);
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void fonts(CTRPr run) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }
}
