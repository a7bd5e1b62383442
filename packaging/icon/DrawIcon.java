import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the program icon (a rounded blue square with "CCHC" and a check mark) and writes it in the three forms
 * jpackage wants: PNG for Linux, ICO for Windows, ICNS for macOS. ICO and ICNS are written here as containers of
 * PNG images (both formats allow that since Windows Vista and Mac OS X 10.7), so no image tool is needed.
 *
 * <p>Run from the repository root: {@code java packaging/icon/DrawIcon.java packaging/icon}. The outputs are
 * committed; run it again only when the design changes.
 */
public final class DrawIcon {

    private static final Color TOP = new Color(0x2F, 0x74, 0xD6);
    private static final Color BOTTOM = new Color(0x16, 0x4A, 0x9E);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icon");
        Files.createDirectories(out);
        Files.write(out.resolve("cchc-workbook.png"), png(draw(256)));
        Files.write(out.resolve("cchc-workbook.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(out.resolve("cchc-workbook.icns"), icns());
    }

    /** The icon at {@code size} pixels; below 48 pixels the letters would be a blur, so only the check remains. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 1024.0, size / 1024.0);

        double inset = size < 48 ? 24 : 64;
        g.setPaint(new GradientPaint(0, (float) inset, TOP, 0, (float) (1024 - inset), BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, 1024 - 2 * inset, 1024 - 2 * inset, 220, 220));

        g.setColor(Color.WHITE);
        if (size < 48) {
            g.setStroke(new BasicStroke(140, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(check(250, 540, 430, 720, 790, 330));
        } else {
            drawLetters(g, "CCHC", 512, 470, 290);
            g.setStroke(new BasicStroke(84, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(check(370, 690, 470, 790, 680, 580));
        }
        g.dispose();
        return image;
    }

    private static void drawLetters(Graphics2D g, String text, double centreX, double baseline, float height) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        for (String family : List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")) {
            Font candidate = new Font(family, Font.BOLD, 100);
            if (candidate.getFamily().equals(family)) {
                font = candidate;
                break;
            }
        }
        FontRenderContext context = g.getFontRenderContext();
        // Size the letters by their drawn height so that the result does not depend on the font's metrics.
        GlyphVector probe = font.createGlyphVector(context, text);
        Rectangle2D bounds = probe.getVisualBounds();
        font = font.deriveFont((float) (100 * height / bounds.getHeight()));
        GlyphVector glyphs = font.createGlyphVector(context, text);
        bounds = glyphs.getVisualBounds();
        double maxWidth = 760;
        if (bounds.getWidth() > maxWidth) {
            font = font.deriveFont(java.awt.geom.AffineTransform.getScaleInstance(maxWidth / bounds.getWidth(), 1));
            glyphs = font.createGlyphVector(context, text);
            bounds = glyphs.getVisualBounds();
        }
        g.fill(glyphs.getOutline((float) (centreX - bounds.getCenterX()), (float) baseline));
    }

    private static Path2D check(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D path = new Path2D.Double();
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        path.lineTo(x3, y3);
        return path;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: a 6-byte header, one 16-byte entry per image, then the PNG data (little-endian fields). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : sizes) {
            images.add(png(draw(size)));
        }
        int offset = 6 + 16 * sizes.size();
        int total = offset + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32);
            buffer.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buffer::put);
        return buffer.array();
    }

    /** ICNS: "icns" and the file length, then per image a 4-letter type, its length and PNG data (big-endian). */
    static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<Integer, byte[]> drawn = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] data = drawn.computeIfAbsent(type.getValue(), DrawIcon::pngUnchecked);
            body.write(type.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + data.length).array());
            body.write(data);
        }
        ByteBuffer file = ByteBuffer.allocate(8 + body.size());
        file.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + body.size());
        file.put(body.toByteArray());
        return file.array();
    }

    private static byte[] pngUnchecked(int size) {
        try {
            return png(draw(size));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
