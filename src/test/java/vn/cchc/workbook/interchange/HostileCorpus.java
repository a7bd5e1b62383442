package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * The hostile corpus: files an attacker or an unlucky user may hand the program, generated (never committed), each
 * with what the program must do with it. Every case of issue 11's "What was seen" is here (unbounded exponents and
 * scales, texts and counts over the store's limits, deep nesting, an oversized manifest, a duplicate code, huge
 * files), plus one case for every bound of {@link Limits} and every container case of {@link BadCchcFile}.
 *
 * <p>Content cases are edits of the rich assessment (every rule kind, evidence, departments, remedies); each is
 * offered both as an assessment JSON file and as a .cchc workbook with a matching manifest, so both readers are
 * tried.
 */
public final class HostileCorpus {

    /** What must happen to a file: refused with a message containing {@code fragment}, or accepted harmlessly. */
    public record Case(String name, Path file, boolean refused, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "@@RAW@@";

    private final Path folder;
    private final List<Case> cases = new ArrayList<>();
    private final String base;

    private HostileCorpus(Path folder) {
        this.folder = folder;
        this.base = new String(AssessmentJson.toBytes(CchcFixtures.rich()), StandardCharsets.UTF_8);
    }

    /** Writes every case into {@code folder}. */
    public static List<Case> write(Path folder) {
        HostileCorpus corpus = new HostileCorpus(folder);
        corpus.numbers();
        corpus.texts();
        corpus.counts();
        corpus.syntax();
        corpus.accepted();
        corpus.containers();
        return List.copyOf(corpus.cases);
    }

    // --- numbers: every decimal field, with the exponents and scales seen ------------------------------------------

    private void numbers() {
        String[] seen = {"0E-100000000", "0E-999999999", "1E+100000000", "1E+10000000", "1e400", "-0E-100000000"};
        String[] seenNames = {"zero-scale-1e8", "zero-scale-1e9", "exp-1e8", "exp-1e7", "1e400", "minus-zero-scale"};
        for (int i = 0; i < seen.length; i++) {
            String number = seen[i];
            refusedBoth("points-" + seenNames[i], "/entries/3/firstAppraisal/points", number, "Giá trị");
        }
        refusedBoth("max-points-exp", "/criteria/nodes/2/maxPoints", "1E+100000000", "Giá trị");
        refusedBoth("max-points-scale", "/criteria/nodes/2/maxPoints", "80.0000001", "quá nhiều chữ số");
        refusedBoth("self-points-billion", "/entries/7/self/points", "1000000000", "quá lớn");
        refusedBoth("second-level-exp", "/entries/1/secondAppraisal/level", "1E+100000000", "quá lớn");
        refusedBoth("ratio-total-exp", "/entries/4/firstAppraisal/total", "1E+100000000", "quá lớn");
        refusedBoth("ratio-achieved-scale", "/entries/4/firstAppraisal/achieved", "0E-100000000", "Giá trị");
        refusedBoth("violations-huge", "/entries/2/firstAppraisal/count", "1E+100000000", "quá lớn");
        refusedBoth("violations-over-cap", "/entries/2/firstAppraisal/count", "100001", "Số lần vi phạm");
        refusedBoth("violations-fraction", "/entries/2/firstAppraisal/count", "1.5", "số nguyên");
        refusedBoth("level-index-huge", "/entries/1/firstAppraisal/level", "2147483648", "quá lớn");
        refusedBoth("level-index-over-cap", "/entries/1/firstAppraisal/level", "20", "Mức đánh giá");
        refusedBoth("target-exp", "/entries/3/target", "1E+100000000", "quá lớn");
        refusedBoth("gain-scale", "/entries/3/expectedGain", "0E-100000000", "Giá trị");
        refusedBoth("share-exp", "/entries/0/responsibilities/0/points", "1E+100000000", "quá lớn");
        refusedBoth("step-scale", "/criteria/nodes/0/children/1/rule/step", "0E-100000000", "Giá trị");
        refusedBoth("threshold-exp", "/criteria/nodes/1/children/0/rule/threshold", "1E+100000000", "quá lớn");
        refusedBoth("full-at-scale", "/criteria/nodes/1/children/1/rule/fullAt", "0E-100000000", "Giá trị");
        refusedBoth("per-violation-exp", "/criteria/nodes/0/children/0/children/1/rule/perViolation", "1E+100000000",
                "quá lớn");
        refusedBoth("level-points-scale", "/criteria/nodes/0/children/0/children/0/rule/levels/1/points",
                "0E-100000000", "Giá trị");
        refusedBoth("year-exp", "/year", "1E+100000000", "quá lớn");
        refusedBoth("year-implausible", "/year", "99999", "Năm");
        refusedBoth("set-year-implausible", "/criteria/year", "-5", "Năm");
        refusedBoth("format-version-exp", "/formatVersion", "1E+100000000", "quá lớn");
        refusedBoth("number-101-digits", "/entries/7/self/points", "1" + "0".repeat(100), "số quá dài");
        refusedBoth("seven-decimals", "/entries/3/firstAppraisal/points", "5.7500001", "quá nhiều chữ số");
    }

    // --- texts over the store's column sizes ------------------------------------------------------------------------

    private void texts() {
        text("unit-name", "/unit/name", Limits.NAME_LENGTH);
        text("parent-authority", "/unit/parentAuthority", Limits.NAME_LENGTH);
        text("place-name", "/unit/placeName", Limits.NAME_LENGTH);
        text("assessment-id", "/id", Limits.ID_LENGTH);
        text("set-id", "/criteria/id", Limits.ID_LENGTH);
        text("set-name", "/criteria/name", Limits.NAME_LENGTH);
        text("set-version", "/criteria/version", Limits.SHORT_LENGTH);
        text("decision-number", "/criteria/decision/number", Limits.SHORT_LENGTH);
        text("decision-issuer", "/criteria/decision/issuer", Limits.NAME_LENGTH);
        text("node-title", "/criteria/nodes/0/title", Limits.LONG_TEXT_LENGTH);
        text("level-label", "/criteria/nodes/0/children/0/children/0/rule/levels/0/label", Limits.NAME_LENGTH);
        text("department-name", "/departments/0/name", Limits.NAME_LENGTH);
        text("explanation", "/entries/1/selfExplanation", Limits.LONG_TEXT_LENGTH);
        text("opinion", "/entries/1/appraisalOpinion", Limits.LONG_TEXT_LENGTH);
        text("remedy", "/entries/1/remedy/measure", Limits.LONG_TEXT_LENGTH);
        text("evidence-number", "/entries/1/evidence/0/number", Limits.NAME_LENGTH);
        text("evidence-summary", "/entries/1/evidence/0/summary", Limits.SUMMARY_LENGTH);
        text("evidence-file", "/entries/1/evidence/1/file", Limits.PATH_LENGTH);
        // A code over 100 characters: the node and its entry get the same long code, so only the length is wrong.
        String longCode = "1." + "1".repeat(Limits.CODE_LENGTH);
        refusedBoth("code-over-100", edited(tree -> {
            ((ObjectNode) tree.at("/criteria/nodes/0/children/1")).put("code", longCode);
            ((ObjectNode) tree.at("/entries/3")).put("code", longCode);
        }), "Mã tiêu chí quá dài");
        refused("text-over-parser-cap", edited(tree -> ((ObjectNode) tree.at("/unit")).put("name",
                "x".repeat(1_000_001))), "văn bản quá dài");
    }

    private void text(String name, String pointer, int max) {
        JsonPointer at = JsonPointer.compile(pointer);
        refusedBoth(name + "-over-" + max, edited(tree -> ((ObjectNode) tree.at(at.head()))
                .put(at.last().getMatchingProperty(), "Đ".repeat(max + 1))), "tối đa " + max);
    }

    // --- counts and depth ----------------------------------------------------------------------------------------------

    private void counts() {
        refusedBoth("evidence-300000", edited(tree -> {
            ArrayNode evidence = ((ObjectNode) tree.at("/entries/1")).putArray("evidence");
            for (int i = 0; i < 300_000; i++) {
                evidence.addObject().put("number", Integer.toString(i));
            }
        }), "quá nhiều giá trị");
        refusedBoth("evidence-51", edited(tree -> {
            ArrayNode evidence = ((ObjectNode) tree.at("/entries/1")).putArray("evidence");
            for (int i = 0; i <= Limits.MAX_EVIDENCE_PER_ENTRY; i++) {
                evidence.addObject().put("number", i + "/KH");
            }
        }), "tối đa " + Limits.MAX_EVIDENCE_PER_ENTRY);
        refusedBoth("departments-201", edited(tree -> {
            ArrayNode departments = (ArrayNode) tree.at("/departments");
            for (int i = 0; i < Limits.MAX_DEPARTMENTS; i++) {
                departments.addObject().put("id", "d" + i).put("name", "Phòng " + i);
            }
        }), "đơn vị phụ trách");
        refusedBoth("levels-21", edited(tree -> {
            ArrayNode levels = (ArrayNode) tree.at("/criteria/nodes/0/children/0/children/0/rule/levels");
            for (int i = 0; i < Limits.MAX_LEVELS; i++) {
                levels.addObject().put("label", "Mức " + i).put("points", 0);
            }
        }), "mức đánh giá");
        refusedBoth("nodes-2001", edited(tree -> {
            ArrayNode children = ((ObjectNode) tree.at("/criteria/nodes/3")).putArray("children");
            for (int i = 0; i <= Limits.MAX_NODES; i++) {
                children.addObject().put("code", "4." + (i + 2)).put("title", "Tiêu chí " + i).put("maxPoints", 0);
            }
        }), "Quá nhiều tiêu chí");
        refusedBoth("tree-depth-9", edited(tree -> {
            ObjectNode node = (ObjectNode) tree.at("/criteria/nodes/3/children/0");
            String code = "4.1";
            for (int depth = 0; depth < 8; depth++) {
                code = code + ".1";
                ObjectNode child = node.putArray("children").addObject();
                child.put("code", code).put("title", "Cấp " + depth).put("maxPoints", 2);
                node.remove("rule");
                node = child;
            }
            ((ArrayNode) tree.at("/entries")).remove(8);
        }), "quá nhiều cấp");
        refusedBoth("values-over-token-cap", raw(base.replace("\"entries\": [",
                "\"padding\": [" + "0,".repeat(JsonDocuments.MAX_TOKENS) + "0],\n  \"entries\": [")),
                "quá nhiều giá trị");
    }

    // --- syntax and structure --------------------------------------------------------------------------------------

    private void syntax() {
        refusedBoth("nested-100k-brackets", raw("[".repeat(100_000) + "]".repeat(100_000)), "lồng nhau quá sâu ở dòng 1, cột");
        refusedBoth("nested-in-field", raw(base.replace("\"locked\":", "\"deep\": " + "[".repeat(80)
                + "]".repeat(80) + ",\n  \"locked\":")), "lồng nhau quá sâu");
        refusedBoth("truncated", raw(base.substring(0, base.length() / 2)), "bị cắt cụt");
        refusedBoth("trailing", raw(base + "{}"), "nội dung thừa");
        refusedBoth("duplicate-key", raw(base.replaceFirst("\"locked\": false", "\"locked\": false, \"locked\": true")),
                "hai lần");
        refusedBoth("nan", raw(base.replaceFirst("\"points\": 5.75", "\"points\": NaN")), "cú pháp");
        refusedBoth("infinity", raw(base.replaceFirst("\"points\": 5.75", "\"points\": Infinity")), "cú pháp");
        refusedBoth("comment", raw("// hi\n" + base), "cú pháp");
        refusedBoth("array-root", raw("[]"), "đối tượng");
        refusedBoth("null-root", raw("null"), "");
        refusedBoth("whitespace-only", raw("   \n  "), "rỗng");
        refusedBoth("not-utf8", (new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                "");
        refusedBoth("duplicate-code", edited(tree -> ((ObjectNode) tree.at("/criteria/nodes/4/children/0"))
                .put("code", "4.1")), "bị trùng");
        // As JSON, validate takes it at its word (a criteria set) and lists what such a set lacks; inside a .cchc it
        // must be an assessment.
        byte[] wrongFormat = raw(base.replaceFirst("cchc-assessment", "cchc-criteria-set"));
        refused("wrong-format", wrongFormat, "Thiếu trường bắt buộc");
        cchc("wrong-format", CchcFixtures.withContent(CchcFixtures.rich(), wrongFormat), true,
                "đây là tệp bộ tiêu chí");
        refusedBoth("string-number", raw(base.replaceFirst("\"points\": 5.75", "\"points\": \"5.75\"")), "số");
        refusedBoth("unknown-entry-code", edited(tree -> ((ObjectNode) tree.at("/entries/3")).put("code", "9.9")),
                "9.9");
    }

    /** Hostile-looking but harmless: accepted and stored, and the workbook opens and scores. */
    private void accepted() {
        acceptedBoth("unc-evidence-path", "/entries/1/evidence/1/file", "\"\\\\\\\\server\\\\share\\\\run.bat\"");
        acceptedBoth("script-evidence-path", "/entries/1/evidence/1/file", "\"/tmp/evil.sh\"");
        acceptedBoth("six-decimals", "/entries/3/firstAppraisal/points", "5.750000");
        acceptedBoth("unknown-field", "/unit/nickname", "\"x\"");
        acceptedBoth("texts-at-limit", edited(tree -> {
            ((ObjectNode) tree.at("/unit")).put("name", "Đ".repeat(Limits.NAME_LENGTH));
            ((ObjectNode) tree.at("/entries/1")).put("selfExplanation", "Đ".repeat(Limits.LONG_TEXT_LENGTH));
            ((ObjectNode) tree.at("/entries/1/evidence/1")).put("file", "/" + "d".repeat(Limits.PATH_LENGTH - 1));
        }));
    }

    // --- containers ----------------------------------------------------------------------------------------------------

    private void containers() {
        for (BadCchcFile bad : BadCchcFile.values()) {
            cases.add(new Case("container-" + bad.name(), bad.create(folder), true, bad.messageFragment()));
        }
        Assessment rich = CchcFixtures.rich();
        byte[] content = AssessmentJson.toBytes(rich);
        CchcManifest manifest = CchcManifest.describing(rich, content, CchcFixtures.SAVED_AT);
        String manifestJson = new String(manifest.toBytes(), StandardCharsets.UTF_8);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CchcFile.MANIFEST, manifestJson.replace("\"unit\"", "\"padding\" : \"" + "x".repeat((int) CchcFile.MAX_MANIFEST_BYTES + 10_000)
                + "\",\n  \"unit\"").getBytes(StandardCharsets.UTF_8));
        entries.put(CchcFile.CONTENT, content);
        cchc("manifest-over-cap", CchcFixtures.zip(entries), true, "vượt quá 1 MB");
        cchc("manifest-year-exp", CchcFixtures.withManifest(rich, manifestJson.replaceFirst("\"year\" : 2023",
                "\"year\" : 1E+100000000")), true, "year");
        cchc("manifest-deep", CchcFixtures.withManifest(rich, "[".repeat(60_000)), true, "manifest");
        cchc("manifest-not-object", CchcFixtures.withManifest(rich, "42"), true, "manifest");
        cchc("manifest-null-unit", CchcFixtures.withManifest(rich, manifestJson.replaceFirst("\"unit\" : \"[^\"]*\"",
                "\"unit\" : null")), true, "unit");
        Path big = folder.resolve("big.json");
        sparse(big, 1L << 30);
        cases.add(new Case("json-1gb", big, true, "quá lớn"));
        Path bigCchc = folder.resolve("big.cchc");
        sparse(bigCchc, CchcFile.MAX_FILE_BYTES + 1);
        cases.add(new Case("cchc-over-cap", bigCchc, true, "quá lớn"));
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private void refusedBoth(String name, String pointer, String rawNumber, String fragment, String... alsoAt) {
        refusedBoth(name, withRaw(pointer, rawNumber, alsoAt), fragment);
    }

    private void refusedBoth(String name, byte[] json, String fragment) {
        refused(name, json, fragment);
        cchc(name, CchcFixtures.withContent(CchcFixtures.rich(), json), true, fragment);
    }

    private void refused(String name, byte[] json, String fragment) {
        cases.add(new Case(name + "-json", save(name + ".json", json), true, fragment));
    }

    private void acceptedBoth(String name, String pointer, String rawValue) {
        acceptedBoth(name, withRaw(pointer, rawValue));
    }

    private void acceptedBoth(String name, byte[] json) {
        cases.add(new Case(name + "-json", save(name + ".json", json), false, ""));
        cchc(name, CchcFixtures.withContent(CchcFixtures.rich(), json), false, "");
    }

    private void cchc(String name, byte[] bytes, boolean refused, String fragment) {
        cases.add(new Case(name + "-cchc", save(name + ".cchc", bytes), refused, fragment));
    }

    private Path save(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base document with the value at {@code pointer} (and {@code alsoAt}) replaced by the raw JSON text. */
    private byte[] withRaw(String pointer, String rawValue, String... alsoAt) {
        byte[] marked = edited(tree -> {
            put(tree, pointer);
            for (String other : alsoAt) {
                put(tree, other);
            }
        });
        return new String(marked, StandardCharsets.UTF_8).replace("\"" + RAW + "\"", rawValue)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(JsonNode tree, String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalStateException("No object at " + at.head() + " for " + pointer);
        }
        object.put(at.last().getMatchingProperty(), RAW);
    }

    private byte[] edited(Consumer<JsonNode> edit) {
        try {
            JsonNode tree = JSON.readTree(base);
            edit.accept(tree);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] raw(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A file of {@code size} bytes that takes no disk space (a hole). */
    private static void sparse(Path file, long size) {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
