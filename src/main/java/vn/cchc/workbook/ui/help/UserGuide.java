package vn.cchc.workbook.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The user guide shown by "Trợ giúp → Hướng dẫn sử dụng", read from a bundled UTF-8 text resource in a small
 * format: {@code # title}, {@code ## heading}, {@code - bullet}, and paragraphs separated by blank lines (lines of
 * one paragraph are joined). Plain text rather than HTML because the program has no web view.
 */
public record UserGuide(String title, List<Block> blocks) {

    static final String RESOURCE = "/vn/cchc/workbook/help/huong-dan-su-dung.txt";

    /** One piece of the guide, in reading order. */
    public sealed interface Block permits Heading, Paragraph, Bullet {
        String text();
    }

    public record Heading(String text) implements Block { }

    public record Paragraph(String text) implements Block { }

    public record Bullet(String text) implements Block { }

    public UserGuide {
        blocks = List.copyOf(blocks);
    }

    /** The guide bundled with the program. */
    public static UserGuide bundled() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UserGuide parse(String text) {
        String title = "";
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Bullet bullet = null;
        for (String raw : text.replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            boolean startsBlock = line.isEmpty() || line.startsWith("#") || line.startsWith("- ");
            if (startsBlock) {
                flush(paragraph, blocks);
            }
            if (line.isEmpty()) {
                bullet = null;
            } else if (line.startsWith("## ")) {
                bullet = null;
                blocks.add(new Heading(line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                bullet = null;
                title = line.substring(2).strip();
            } else if (line.startsWith("- ")) {
                bullet = new Bullet(line.substring(2).strip());
                blocks.add(bullet);
            } else if (bullet != null) {
                // A line right under a bullet continues it.
                Bullet longer = new Bullet(bullet.text() + " " + line);
                blocks.set(blocks.size() - 1, longer);
                bullet = longer;
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return new UserGuide(title, blocks);
    }

    public List<String> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Block::text).toList();
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
