package vn.cchc.workbook.domain.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.UserFacingException;

/**
 * Finds the node a user means by a typed code: the key ("I.1.1") first, else the code as the province prints it
 * ("1.1"), which in a set whose numbering restarts in each field may belong to several nodes. Typing is forgiving
 * as the province's documents are: a decimal comma or a space for a dot and a trailing dot are accepted, and case
 * does not matter ("i.1.1.", "1,1", "II 1.1").
 */
public final class CodeLookup {

    private CodeLookup() {
    }

    /** What a typed code names. */
    public sealed interface Match {
    }

    /** Exactly one node. */
    public record Found(CriterionNode node) implements Match {
    }

    /** A printed code several nodes share; {@code keys} are the keys that tell them apart, in printed order. */
    public record Ambiguous(String typed, List<String> keys) implements Match {
        public Ambiguous {
            keys = List.copyOf(keys);
        }

        /** The refusal: "Mã “1.1” có ở 2 tiêu chí: I.1.1, II.1.1. Hãy gõ kèm lĩnh vực, ví dụ “I.1.1”." */
        public UserFacingException refusal() {
            return new UserFacingException("printedcodes.ambiguous", typed, keys.size(), String.join(", ", keys),
                    keys.get(0));
        }
    }

    /** No node, or nothing typed. */
    public record NotFound(String typed) implements Match {
    }

    /** The node {@code typed} names in {@code set}. */
    public static Match find(CriteriaSet set, String typed) {
        return find(set.nodes(), typed);
    }

    /**
     * The node {@code typed} names among {@code nodes} (a whole set, or the part of it a context allows, such as one
     * field): a key matches before a printed code.
     */
    public static Match find(List<CriterionNode> nodes, String typed) {
        // Longer text is no code of any set: it is not looked up.
        String wanted = typed == null ? "" : normalise(typed);
        if (wanted.isEmpty() || wanted.length() > Limits.CODE_LENGTH) {
            return new NotFound(typed == null ? "" : typed.strip());
        }
        for (CriterionNode node : nodes) {
            if (normalise(node.code()).equals(wanted)) {
                return new Found(node);
            }
        }
        List<CriterionNode> printed = new ArrayList<>();
        for (CriterionNode node : nodes) {
            if (!node.printedCode().isEmpty() && normalise(node.printedCode()).equals(wanted)) {
                printed.add(node);
            }
        }
        if (printed.size() == 1) {
            return new Found(printed.get(0));
        }
        if (printed.isEmpty()) {
            return new NotFound(typed.strip());
        }
        return new Ambiguous(typed.strip(), printed.stream().map(CriterionNode::code).toList());
    }

    /**
     * The typed code compared: "," read as ".", a space between segments read as "." ("II 1.1" is "II.1.1"), no
     * repeated or trailing dot, upper case.
     */
    public static String normalise(String code) {
        String compact = code.strip().replace(',', '.').replaceAll("\\s+", ".").replaceAll("\\.{2,}", ".");
        while (compact.endsWith(".")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        return compact.toUpperCase(Locale.ROOT);
    }
}
