package vn.cchc.workbook.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;

/** Assessments and hand-made ZIP files for the .cchc tests (shared with the app and command-line tests). */
public final class CchcFixtures {

    public static final Instant SAVED_AT = Instant.parse("2023-09-06T03:15:00Z");

    private CchcFixtures() {
    }

    /** A rich assessment: every rule kind, evidence, departments, remedies (the JSON codec's own test file). */
    public static Assessment rich() {
        try (InputStream in = CchcFixtures.class.getResourceAsStream(
                "/vn/cchc/workbook/interchange/assessment-full.json")) {
            return AssessmentJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same assessment with another unit name: a second, distinguishable version. */
    public static Assessment variant(Assessment assessment, String unitName) {
        AssessedUnit unit = assessment.unit();
        return assessment.withDescription(new AssessedUnit(unitName, unit.level(), unit.parentAuthority(),
                unit.placeName()), assessment.period(), assessment.year());
    }

    /** A valid .cchc for {@code assessment}, in memory. */
    public static byte[] valid(Assessment assessment) {
        return CchcFile.toBytes(assessment, SAVED_AT);
    }

    /** A ZIP of the given entries (in order), deflated. Names are written as given, even unsafe ones. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A .cchc with {@code content} as assessment.json and a manifest that matches it (correct checksum). */
    public static byte[] withContent(Assessment described, byte[] content) {
        CchcManifest manifest = CchcManifest.describing(described, content, SAVED_AT);
        return zip(entries(manifest.toBytes(), content));
    }

    /** A .cchc whose manifest is {@code manifestJson}, with the assessment's real content. */
    public static byte[] withManifest(Assessment assessment, String manifestJson) {
        return zip(entries(manifestJson.getBytes(StandardCharsets.UTF_8), AssessmentJson.toBytes(assessment)));
    }

    /** The entries of a .cchc as name → bytes, read with the JDK's own reader (for comparing saved files). */
    public static Map<String, byte[]> entriesOf(java.nio.file.Path file) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    result.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length) in the raw bytes of a ZIP. */
    public static byte[] patch(byte[] bytes, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("Same length only");
        }
        byte[] out = bytes.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }

    private static Map<String, byte[]> entries(byte[] manifest, byte[] content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CchcFile.MANIFEST, manifest);
        entries.put(CchcFile.CONTENT, content);
        return entries;
    }
}
