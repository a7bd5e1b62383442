package vn.cchc.workbook;

import vn.cchc.workbook.ui.app.CchcLauncher;

/** Entry point: no arguments (or a single .cchc file) opens the window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].toLowerCase().endsWith(".cchc"))) {
            CchcLauncher.main(args);
            return;
        }
        System.out.println("CCHC Workbook");
    }
}
