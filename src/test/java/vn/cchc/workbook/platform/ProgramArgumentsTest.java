package vn.cchc.workbook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-over of a Vietnamese path from the UTF-16 command line. The narrow arguments below are what Windows'
 * conversion to the ANSI code page gives: "?" where a letter is missing (code page 1252), the base letter where the
 * best-fit table has one, the code page 1258 form with a separate tone mark.
 */
class ProgramArgumentsTest {

    private static final String LAUNCHER = "\"C:\\Users\\Nguyễn\\AppData\\Local\\Programs\\CCHC Workbook\\"
            + "Sổ chấm điểm CCHC.exe\"";
    private static final String FILE = "D:\\Hồ sơ CCHC\\Sổ chấm điểm Tân Lập.cchc";

    @Test
    void aDoubleClickedFileComesBackWithItsVietnameseName() {
        String[] narrow = {"D:\\H? s? CCHC\\S? ch?m ?i?m T?n L?p.cchc"};

        assertThat(ProgramArguments.reconcile(narrow, LAUNCHER + " \"" + FILE + "\""))
                .containsExactly(FILE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sổ chấm điểm.cchc | S? ch?m ?i?m.cchc",
        "Sổ chấm điểm.cchc | So cham diem.cchc",
        "Sổ chấm điểm.cchc | Sô\u0309 châ\u0301m điê\u0309m.cchc",
        "Sổ chấm điểm.cchc | Sổ chấm điểm.cchc",
    })
    void whatTheCodePageConversionGivesMatches(String wide, String narrow) {
        assertThat(ProgramArguments.couldBecome(wide, narrow)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sổ chấm điểm.cchc | So cham diem.xlsx",
        "Sổ chấm điểm.cchc | S? ch?m ?i?m.cch",
        "Tân Lập.cchc      | Tan Lap 2.cchc",
    })
    void anotherWordDoesNotMatch(String wide, String narrow) {
        assertThat(ProgramArguments.couldBecome(wide, narrow)).isFalse();
    }

    @Test
    void commandWordsAfterJavaOptionsAreTakenFromTheEnd() {
        String line = "java.exe -Xmx512m -cp \"C:\\app\\cchc-workbook.jar\" vn.cchc.workbook.Main summary \"" + FILE + "\"";

        assertThat(ProgramArguments.reconcile(new String[] {"summary", "D:\\H? s? CCHC\\S? ch?m ?i?m T?n L?p.cchc"},
                line)).containsExactly("summary", FILE);
    }

    @Test
    void argumentsThatDoNotMatchTheCommandLineAreKept() {
        String[] fromAnArgumentFile = {"summary", "a.cchc"};

        assertThat(ProgramArguments.reconcile(fromAnArgumentFile, "java.exe @args.txt"))
                .containsExactly("summary", "a.cchc");
        assertThat(ProgramArguments.reconcile(fromAnArgumentFile, LAUNCHER + " validate \"" + FILE + "\""))
                .containsExactly("summary", "a.cchc");
        assertThat(ProgramArguments.reconcile(fromAnArgumentFile, "")).containsExactly("summary", "a.cchc");
    }

    @Test
    void onOtherSystemsTheArgumentsAreUntouched() {
        String[] args = {"S? ch?m.cchc"};

        assertThat(ProgramArguments.of(args)).isSameAs(args);
    }
}
