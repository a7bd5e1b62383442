package vn.cchc.workbook.reports.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A .docx converted to PDF by LibreOffice (headless, with its own profile) and read back page by page with poppler
 * (pdfinfo, pdftotext): each page's size, its text in reading layout and the box of every word. A missing tool is a
 * test failure, never a skip: the page checks are the proof that the layout holds.
 */
record PdfPages(List<Page> pages) {

    /** One printed page: its size in points, its text lines and its words with their boxes. */
    record Page(int number, double width, double height, List<String> lines, List<Word> words) {
        boolean landscape() {
            return width > height;
        }

        String text() {
            return String.join("\n", lines);
        }

        /** The first line that is not blank, stripped. */
        String firstLine() {
            return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
        }
    }

    record Word(String text, double xMin, double yMin, double xMax, double yMax) {
        double height() {
            return yMax - yMin;
        }
    }

    private static final Pattern SIZE = Pattern.compile("Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+) pts");
    private static final Pattern COUNT = Pattern.compile("Pages:\\s+(\\d+)");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");
    private static final Pattern PAGE = Pattern.compile("<page width=\"[\\d.]+\" height=\"[\\d.]+\">");

    static PdfPages convert(Path docx, Path work) throws IOException, InterruptedException {
        String soffice = require("soffice", "libreoffice");
        require("pdftotext");
        require("pdfinfo");
        Path profile = work.resolve("lo-profile");
        run(work, soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", work.toString(), docx.toString());
        String name = docx.getFileName().toString().replaceAll("\\.docx$", ".pdf");
        Path pdf = work.resolve(name);
        if (!Files.isRegularFile(pdf)) {
            throw new AssertionError("LibreOffice did not convert " + docx);
        }
        Matcher count = COUNT.matcher(run(work, "pdfinfo", pdf.toString()));
        if (!count.find()) {
            throw new AssertionError("pdfinfo gives no page count for " + pdf);
        }
        String info = run(work, "pdfinfo", "-f", "1", "-l", count.group(1), pdf.toString());
        List<double[]> sizes = new ArrayList<>();
        Matcher size = SIZE.matcher(info);
        while (size.find()) {
            sizes.add(new double[] {Double.parseDouble(size.group(2)), Double.parseDouble(size.group(3))});
        }
        String boxes = run(work, "pdftotext", "-bbox", pdf.toString(), "-");
        String[] perPage = PAGE.split(boxes);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            String layout = run(work, "pdftotext", "-layout", "-f", Integer.toString(i + 1), "-l",
                    Integer.toString(i + 1), pdf.toString(), "-");
            List<Word> words = new ArrayList<>();
            Matcher word = WORD.matcher(i + 1 < perPage.length ? perPage[i + 1] : "");
            while (word.find()) {
                words.add(new Word(word.group(5), Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(3)), Double.parseDouble(word.group(4))));
            }
            pages.add(new Page(i + 1, sizes.get(i)[0], sizes.get(i)[1], List.of(layout.split("\n")), words));
        }
        return new PdfPages(pages);
    }

    private static String require(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new AssertionError(names[0] + " is not installed: the page checks need LibreOffice and poppler-utils "
                + "(apt-get install -y libreoffice-writer poppler-utils)");
    }

    private static String run(Path work, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The page whose text contains {@code text}. */
    Page pageWith(String text) {
        return pages.stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No page contains " + text));
    }
}
