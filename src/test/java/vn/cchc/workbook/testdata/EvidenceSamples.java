package vn.cchc.workbook.testdata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real evidence files of every accepted type, and hostile ones, written by the libraries that make such files
 * (POI for Office, ImageIO for images) or byte for byte from their specifications (PDF, ODF).
 */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    /** A small, valid one-page PDF; {@code text} makes the content (and hash) differ between samples. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF padded with a comment to about {@code bytes} bytes of incompressible content. */
    public static byte[] largePdf(String text, int bytes, long seed) {
        byte[] head = pdf(text);
        byte[] out = new byte[Math.max(bytes, head.length + 16)];
        System.arraycopy(head, 0, out, 0, head.length);
        Random random = new Random(seed);
        out[head.length] = '%';
        for (int i = head.length + 1; i < out.length - 1; i++) {
            int b = random.nextInt(256);
            out[i] = (byte) (b == '\n' || b == '\r' ? 'x' : b);
        }
        out[out.length - 1] = '\n';
        return out;
    }

    public static byte[] jpeg(int seed) {
        return image("jpg", seed);
    }

    public static byte[] png(int seed) {
        return image("png", seed);
    }

    private static byte[] image(String format, int seed) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 24; y++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(String text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls(String text) {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file with the streams a Word 97-2003 document has (and {@code extraStream} if not null). */
    public static byte[] doc(String text, String extraStream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(("WORD " + text).getBytes(StandardCharsets.UTF_8)),
                    "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
            if (extraStream != null) {
                fs.getRoot().createDirectory(extraStream)
                        .createDocument("VBA", new ByteArrayInputStream(new byte[16]));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument file ({@code odt} or {@code ods}) as the specification requires: "mimetype" first, stored. */
    public static byte[] openDocument(String kind, String text) {
        String mime = "odt".equals(kind) ? "application/vnd.oasis.opendocument.text"
                : "application/vnd.oasis.opendocument.spreadsheet";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimeBytes = mime.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mimeBytes.length);
            CRC32 crc = new CRC32();
            crc.update(mimeBytes);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mimeBytes);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><office:document-content><t>" + text
                    + "</t></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The start of a Windows program (PE) file. */
    public static byte[] exe() {
        byte[] out = new byte[1024];
        out[0] = 'M';
        out[1] = 'Z';
        out[0x3c] = (byte) 0x80;
        out[0x80] = 'P';
        out[0x81] = 'E';
        return out;
    }

    /** The header of a Windows shortcut (.lnk). */
    public static byte[] lnk() {
        byte[] out = new byte[76];
        byte[] head = {0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, (byte) 0xc0, 0, 0, 0, 0, 0, 0, 0x46};
        System.arraycopy(head, 0, out, 0, head.length);
        return out;
    }

    public static byte[] javascript() {
        return "var shell = new ActiveXObject(\"WScript.Shell\"); shell.Run(\"calc.exe\");\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A DOCX whose package carries a VBA project (a renamed .docm). */
    public static byte[] docxWithMacros() {
        return withExtraEntry(docx("macro"), "word/vbaProject.bin", new byte[64]);
    }

    /** A ZIP archive that is no Office document. */
    public static byte[] plainZip() {
        return withExtraEntry(new byte[0], "readme.txt", "hello".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] withExtraEntry(byte[] zipOrEmpty, String name, byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (zipOrEmpty.length > 0) {
                try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zipOrEmpty))) {
                    for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        in.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(data);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Path write(Path folder, String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
