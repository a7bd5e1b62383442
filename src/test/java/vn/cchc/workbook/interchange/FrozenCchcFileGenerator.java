package vn.cchc.workbook.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Run once per new format version (from the project root, with the test classpath) to freeze a file of the current
 * format under src/test/resources/…/frozen/v{N}/. Never regenerate an existing version: those files stand for what
 * users already have on their disks.
 */
public final class FrozenCchcFileGenerator {

    private FrozenCchcFileGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("src/test/resources/vn/cchc/workbook/interchange/frozen/v" + CchcManifest.FORMAT_VERSION);
        Files.createDirectories(folder);
        Assessment sample = BundledData.sampleAssessment();
        CchcFile.useClock(java.time.Clock.fixed(Instant.parse("2023-09-06T03:15:00Z"), java.time.ZoneOffset.UTC));
        if (CchcManifest.FORMAT_VERSION == 2) {
            // Version 2: the sample with two evidence files carried inside.
            java.util.Map<String, byte[]> contents = new java.util.HashMap<>();
            String code = sample.entries().keySet().iterator().next();
            java.util.List<vn.cchc.workbook.domain.assessment.EvidenceDocument> cited =
                    new java.util.ArrayList<>(sample.entry(code).evidence());
            for (byte[] bytes : java.util.List.of(vn.cchc.workbook.testdata.EvidenceSamples.pdf("Kế hoạch CCHC 2023"),
                    vn.cchc.workbook.testdata.EvidenceSamples.png(7))) {
                String sha = EvidenceCchcFixtures.sha256(bytes);
                contents.put(sha, bytes);
                boolean pdf = bytes[0] == '%';
                cited.add(new vn.cchc.workbook.domain.assessment.EvidenceDocument("30/KH-UBND", null,
                        pdf ? "Kế hoạch CCHC năm 2023" : "Ảnh buổi tuyên truyền", "",
                        new vn.cchc.workbook.domain.evidence.EvidenceFile(pdf ? "Kế hoạch 30.pdf" : "Ảnh tuyên truyền.png",
                                pdf ? vn.cchc.workbook.domain.evidence.EvidenceType.PDF
                                        : vn.cchc.workbook.domain.evidence.EvidenceType.PNG, bytes.length, sha)));
            }
            sample = sample.withEntry(sample.entry(code).withEvidence(cited));
            CchcEvidence.write(sample, folder.resolve("hien-thanh-6t-2023-kem-minh-chung.cchc"), new EvidenceSource() {
                @Override
                public boolean has(vn.cchc.workbook.domain.evidence.EvidenceFile file) {
                    return contents.containsKey(file.sha256());
                }

                @Override
                public void copyTo(vn.cchc.workbook.domain.evidence.EvidenceFile file, java.io.OutputStream out) {
                    try {
                        out.write(contents.get(file.sha256()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, 0);
            Files.write(folder.resolve("hien-thanh-6t-2023-kem-minh-chung.expected.json"),
                    AssessmentJson.toBytes(sample));
            return;
        }
        Files.write(folder.resolve("hien-thanh-6t-2023.cchc"), CchcFile.toBytes(sample,
                Instant.parse("2023-09-06T03:15:00Z")));
        Files.write(folder.resolve("hien-thanh-6t-2023.expected.json"), AssessmentJson.toBytes(sample));
    }
}
