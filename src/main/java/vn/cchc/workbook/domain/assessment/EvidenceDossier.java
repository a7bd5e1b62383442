package vn.cchc.workbook.domain.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceNames;

/**
 * The hồ sơ minh chứng of an assessment as an office hands it in: one folder per criterion code, each file named
 * "&lt;mã&gt;_&lt;số ký hiệu&gt;_&lt;trích yếu&gt;.&lt;đuôi&gt;" (safe, unique within its folder), and the list of
 * criteria that have no evidence. Pure planning: which file goes where; writing it is the caller's.
 */
public final class EvidenceDossier {

    private static final int MAX_CODE = 30;
    private static final int MAX_NUMBER = 40;
    private static final int MAX_SUMMARY = 70;

    /**
     * One cited document.
     *
     * @param path where its file goes in the dossier ("1.4.1/1.4.1_30-KH-UBND_Kế hoạch CCHC.pdf"), "" when it has
     *             no stored file (cited by number only, or a path from an older workbook)
     * @param shownCode the criterion's code as printed ({@code CriterionNode#shownCode})
     */
    public record Item(String code, String title, EvidenceDocument document, String path, String shownCode) {
    }

    private final List<Item> items;
    private final List<CriterionNode> withoutEvidence;

    private EvidenceDossier(List<Item> items, List<CriterionNode> withoutEvidence) {
        this.items = List.copyOf(items);
        this.withoutEvidence = List.copyOf(withoutEvidence);
    }

    public static EvidenceDossier of(Assessment assessment) {
        return of(assessment, file -> true);
    }

    /** The dossier of the files {@code available} here; the others are listed without a file. */
    public static EvidenceDossier of(Assessment assessment, java.util.function.Predicate<EvidenceFile> available) {
        List<Item> items = new ArrayList<>();
        List<CriterionNode> without = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (CriterionNode node : assessment.criteria().nodes()) {
            Entry entry = assessment.entries().get(node.code());
            List<EvidenceDocument> documents = entry == null ? List.of() : entry.evidence();
            if (documents.isEmpty()) {
                if (node.isLeaf() && (entry == null || !entry.notApplicable()) && !hasEvidenceAbove(assessment, node)
                        && node.section() == Section.MAIN) {
                    without.add(node);
                }
                continue;
            }
            String folder = EvidenceNames.part(node.code(), MAX_CODE);
            for (EvidenceDocument document : documents) {
                String path = "";
                if (document.file() != null && available.test(document.file())) {
                    path = folder + "/" + unique(used, folder, fileName(node.code(), document));
                }
                items.add(new Item(node.code(), node.title(), document, path, node.shownCode()));
            }
        }
        return new EvidenceDossier(items, without);
    }

    /** Every cited document in printed order of the criteria. */
    public List<Item> items() {
        return items;
    }

    /** Scored leaves of the main part (not bonus, penalty or not applicable) with no evidence on them or above. */
    public List<CriterionNode> withoutEvidence() {
        return withoutEvidence;
    }

    static String fileName(String code, EvidenceDocument document) {
        StringBuilder stem = new StringBuilder(EvidenceNames.part(code, MAX_CODE));
        if (!document.number().isEmpty()) {
            stem.append('_').append(EvidenceNames.part(document.number().replace('/', '-'), MAX_NUMBER));
        }
        String summary = document.summary();
        if (summary.isEmpty()) {
            String name = document.file().name();
            summary = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        }
        stem.append('_').append(EvidenceNames.part(summary, MAX_SUMMARY));
        return EvidenceNames.withExtension(stem.toString(), document.file().type().extension());
    }

    /** {@code name} or "name (2).pdf", "name (3).pdf"… so that no two files in a folder share a name (any case). */
    static String unique(Set<String> used, String folder, String name) {
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot);
        String extension = name.substring(dot);
        String candidate = name;
        for (int n = 2; !used.add((folder + "/" + candidate).toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    private static boolean hasEvidenceAbove(Assessment assessment, CriterionNode node) {
        var parent = assessment.criteria().parentOf(node.code());
        while (parent.isPresent()) {
            Entry entry = assessment.entries().get(parent.get().code());
            if (entry != null && !entry.evidence().isEmpty()) {
                return true;
            }
            parent = assessment.criteria().parentOf(parent.get().code());
        }
        return false;
    }
}
