package vn.cchc.workbook.domain.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whose copy of a workbook this is in the rounds between a unit and its appraiser (issue 16 item 5). The unit owns
 * the self scores, explanations and evidence; the appraiser owns the appraisal scores and opinions. Each side's copy
 * shows the other side's part read-only.
 */
public enum Side {
    /** The assessed unit (xã, phường, sở …): bản của đơn vị. */
    UNIT("don-vi", "rounds.side.unit"),
    /** The appraising body (Hội đồng thẩm định, Sở Nội vụ …): bản của cơ quan thẩm định. */
    APPRAISER("tham-dinh", "rounds.side.appraiser");

    private final String id;
    private final String messageKey;

    Side(String id, String messageKey) {
        this.id = id;
        this.messageKey = messageKey;
    }

    /** The id written in the store and in .cchc files. */
    public String id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The other side: who receives what this side sends. */
    public Side other() {
        return this == UNIT ? APPRAISER : UNIT;
    }

    public static Optional<Side> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
