package vn.cchc.workbook;

/** Entry point placeholder; replaced by the composition root once the command line exists. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("CCHC Workbook");
    }
}
