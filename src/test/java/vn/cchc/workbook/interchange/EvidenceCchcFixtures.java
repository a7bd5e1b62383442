package vn.cchc.workbook.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Hand-made .cchc files with evidence, for the hostile corpus: every field of the manifest, the assessment's
 * attachment records and the ZIP entries can be set to anything, including what the program would never write.
 */
public final class EvidenceCchcFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceCchcFixtures() {
    }

    /**
     * One evidence file as the hostile file describes it ({@code name}, {@code type}, {@code size},
     * {@code sha256}) and the bytes its ZIP entry really holds ({@code bytes}; null for no entry).
     */
    public record Item(String name, String type, long size, String sha256, byte[] bytes) {

        /** A truthful item: size and hash of {@code bytes}. */
        public static Item of(String name, String type, byte[] bytes) {
            return new Item(name, type, bytes.length, EvidenceCchcFixtures.sha256(bytes), bytes);
        }

        public Item withName(String value) {
            return new Item(value, type, size, sha256, bytes);
        }

        public Item withBytes(byte[] value) {
            return new Item(name, type, size, sha256, value);
        }

        public Item withSize(long value) {
            return new Item(name, type, value, sha256, bytes);
        }
    }

    /** {@code base} with every item cited on criterion {@code code}, saved with those items as evidence. */
    public static byte[] build(Assessment base, String code, List<Item> items) {
        return build(base, code, items, items, false);
    }

    /**
     * As {@link #build(Assessment, String, List)}, with the manifest listing {@code listed} and, when
     * {@code entryTwice}, the second listed file's ZIP entry carrying the first one's name.
     */
    public static byte[] build(Assessment base, String code, List<Item> cited, List<Item> listed, boolean entryTwice) {
        try {
            ObjectNode assessment = (ObjectNode) JSON.readTree(AssessmentJson.toBytes(base));
            ObjectNode entry = null;
            for (JsonNode e : assessment.withArray("entries")) {
                if (e.path("code").asText().equals(code)) {
                    entry = (ObjectNode) e;
                }
            }
            if (entry == null) {
                entry = ((ArrayNode) assessment.withArray("entries")).addObject();
                entry.put("code", code);
            }
            ArrayNode evidence = entry.putArray("evidence");
            for (Item item : cited) {
                ObjectNode d = evidence.addObject();
                d.put("summary", "Tài liệu " + item.name());
                ObjectNode a = d.putObject("attachment");
                a.put("name", item.name()).put("type", item.type()).put("size", item.size())
                        .put("sha256", item.sha256());
            }
            byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(assessment);

            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", "cchc-workbook").put("formatVersion", 2).put("programVersion", "test")
                    .put("savedAt", "2023-09-06T03:15:00Z").put("assessmentId", base.id())
                    .put("unit", base.unit().name()).put("period", base.period().label()).put("year", base.year())
                    .put("sha256", sha256(content));
            manifest.putArray("parts");
            ArrayNode list = manifest.putArray("evidence");
            for (Item item : listed) {
                list.addObject().put("name", item.name()).put("type", item.type()).put("size", item.size())
                        .put("sha256", item.sha256()).put("part", 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, "manifest.json", JSON.writeValueAsBytes(manifest));
                put(zip, "assessment.json", content);
                java.util.Set<String> written = new java.util.HashSet<>();
                for (Item item : listed) {
                    if (item.bytes() != null && written.add(item.sha256())) {
                        put(zip, "evidence/" + item.sha256(), item.bytes());
                    }
                }
            }
            byte[] bytes = out.toByteArray();
            if (entryTwice && listed.size() >= 2) {
                // The second evidence entry renamed to the first one's name (the JDK writer refuses to write that).
                return CchcFixtures.patch(bytes, "evidence/" + listed.get(1).sha256(),
                        "evidence/" + listed.get(0).sha256());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code length} zero bytes: deflates to about a thousandth of its size. */
    public static byte[] zeros(int length) {
        return new byte[length];
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
