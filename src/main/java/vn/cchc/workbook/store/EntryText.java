package vn.cchc.workbook.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceType;

/**
 * The store's own text encoding of a whole entry, used by the edit history so that the entry before and after an
 * edit can be restored exactly. Internal to the store (never written to files a user moves around).
 *
 * <p>A version tag, then a sequence of fields, each either {@code ~} (null) or {@code <length>:<text>}. Length
 * prefixes make any text safe (separators, new lines, Vietnamese letters) without escaping. Decimals are written
 * with {@link BigDecimal#toString()}, which keeps their scale.
 */
final class EntryText {

    /** E2 adds the stored file of each evidence document; E1 (before it) is still read. */
    private static final String VERSION = "E2";
    private static final String VERSION_1 = "E1";

    private EntryText() {
    }

    static String encode(Entry entry) {
        Writer out = new Writer();
        out.text(VERSION);
        out.text(entry.code());
        out.text(entry.notApplicable() ? "1" : "0");
        input(out, entry.self());
        input(out, entry.firstAppraisal());
        input(out, entry.secondAppraisal());
        out.text(entry.selfExplanation());
        out.text(entry.appraisalOpinion());
        out.number(entry.evidence().size());
        for (EvidenceDocument document : entry.evidence()) {
            out.text(document.number());
            out.date(document.date());
            out.text(document.summary());
            out.text(document.filePath());
            EvidenceFile file = document.file();
            out.text(file == null ? null : file.sha256());
            if (file != null) {
                out.text(file.name());
                out.text(file.type().id());
                out.text(Long.toString(file.size()));
            }
        }
        out.number(entry.responsibilities().size());
        for (Responsibility responsibility : entry.responsibilities()) {
            out.text(responsibility.departmentId());
            out.decimal(responsibility.points());
        }
        out.text(entry.remedy().measure());
        out.date(entry.remedy().deadline());
        out.text(entry.remedy().status().id());
        out.decimal(entry.target());
        out.decimal(entry.expectedGain());
        return out.toString();
    }

    static Entry decode(String text) {
        Reader in = new Reader(text);
        String version = in.text();
        boolean withFiles = VERSION.equals(version);
        if (!withFiles && !VERSION_1.equals(version)) {
            throw new IllegalStateException("Unknown entry encoding: " + version);
        }
        String code = in.text();
        boolean notApplicable = "1".equals(in.text());
        RuleInput self = input(in);
        RuleInput first = input(in);
        RuleInput second = input(in);
        String explanation = in.text();
        String opinion = in.text();
        int evidenceCount = in.number();
        List<EvidenceDocument> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceCount; i++) {
            EvidenceDocument document = new EvidenceDocument(in.text(), in.date(), in.text(), in.text());
            String sha256 = withFiles ? in.text() : null;
            if (sha256 != null) {
                String name = in.text();
                String type = in.text();
                document = document.withFile(new EvidenceFile(name, EvidenceType.fromId(type)
                        .orElseThrow(() -> new IllegalStateException("Unknown evidence type: " + type)),
                        Long.parseLong(in.text()), sha256));
            }
            evidence.add(document);
        }
        int responsibilityCount = in.number();
        List<Responsibility> responsibilities = new ArrayList<>();
        for (int i = 0; i < responsibilityCount; i++) {
            responsibilities.add(new Responsibility(in.text(), in.decimal()));
        }
        String measure = in.text();
        LocalDate deadline = in.date();
        String status = in.text();
        Remedy remedy = new Remedy(measure, deadline, Remedy.Status.fromId(status)
                .orElseThrow(() -> new IllegalStateException("Unknown remedy status: " + status)));
        BigDecimal target = in.decimal();
        BigDecimal gain = in.decimal();
        in.requireEnd();
        return new Entry(code, notApplicable, self, first, second, explanation, opinion, evidence, responsibilities,
                remedy, target, gain);
    }

    private static void input(Writer out, RuleInput input) {
        if (input == null) {
            out.text(null);
            return;
        }
        out.text(input.kind());
        switch (input) {
            case RuleInput.PointsInput points -> out.decimal(points.points());
            case RuleInput.LevelChoice level -> out.number(level.index());
            case RuleInput.RatioInput ratio -> {
                out.decimal(ratio.total());
                out.decimal(ratio.achieved());
            }
            case RuleInput.ViolationCount count -> out.number(count.count());
            case RuleInput.ItemCount count -> out.number(count.count());
        }
    }

    private static RuleInput input(Reader in) {
        String kind = in.text();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "points" -> new RuleInput.PointsInput(in.decimal());
            case "level" -> new RuleInput.LevelChoice(in.number());
            case "ratio" -> new RuleInput.RatioInput(in.decimal(), in.decimal());
            case "violations" -> new RuleInput.ViolationCount(in.number());
            case "items" -> new RuleInput.ItemCount(in.number());
            default -> throw new IllegalStateException("Unknown input kind: " + kind);
        };
    }

    private static final class Writer {
        private final StringBuilder out = new StringBuilder();

        void text(String value) {
            if (value == null) {
                out.append('~');
            } else {
                out.append(value.length()).append(':').append(value);
            }
        }

        void number(int value) {
            text(Integer.toString(value));
        }

        void decimal(BigDecimal value) {
            text(value == null ? null : value.toString());
        }

        void date(LocalDate value) {
            text(value == null ? null : value.toString());
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static final class Reader {
        private final String in;
        private int at;

        Reader(String in) {
            this.in = in;
        }

        String text() {
            if (at >= in.length()) {
                throw new IllegalStateException("Entry encoding ends early at " + at);
            }
            if (in.charAt(at) == '~') {
                at++;
                return null;
            }
            int colon = in.indexOf(':', at);
            if (colon < 0) {
                throw new IllegalStateException("Entry encoding broken at " + at);
            }
            int length = Integer.parseInt(in, at, colon, 10);
            String value = in.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            return value;
        }

        int number() {
            return Integer.parseInt(text());
        }

        BigDecimal decimal() {
            String value = text();
            return value == null ? null : new BigDecimal(value);
        }

        LocalDate date() {
            String value = text();
            return value == null ? null : LocalDate.parse(value);
        }

        void requireEnd() {
            if (at != in.length()) {
                throw new IllegalStateException("Entry encoding has trailing text at " + at);
            }
        }
    }
}
