package vn.cchc.workbook.interchange;

import java.nio.file.Path;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Child process of {@link CchcSaveUnderKillTest}: saves two alternating versions of an assessment to the same file
 * for ever, printing "saved N" after each save, until the parent kills it.
 */
public final class CchcSaveLoop {

    static final String VERSION_B_UNIT = "Xã Hiền Thành (bản B)";

    private CchcSaveLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Assessment a = CchcFixtures.rich();
        Assessment b = CchcFixtures.variant(a, VERSION_B_UNIT);
        for (long n = 0; ; n++) {
            CchcFile.write(n % 2 == 0 ? b : a, file);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
