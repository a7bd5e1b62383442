package vn.cchc.workbook.domain.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a workbook stands in the rounds between the unit and its appraiser, after the yearly process officials follow: the
 * unit scores itself, sends it for appraisal, the appraiser sends the first result, the unit explains (giải trình),
 * the appraiser sends the second result, and the result is fixed (chốt). Every stage but the first is reached by one
 * step, made by one side with a "Gửi …" action; {@link #next()} lists the steps allowed from here.
 */
public enum Stage {
    SELF_ASSESSMENT("tu-danh-gia", null, "rounds.stage.self", null),
    SENT_FOR_APPRAISAL("gui-tham-dinh", Side.UNIT, "rounds.stage.sent", "rounds.step.sent"),
    FIRST_APPRAISAL("tham-dinh-1", Side.APPRAISER, "rounds.stage.first", "rounds.step.first"),
    EXPLANATION("giai-trinh", Side.UNIT, "rounds.stage.explanation", "rounds.step.explanation"),
    SECOND_APPRAISAL("tham-dinh-2", Side.APPRAISER, "rounds.stage.second", "rounds.step.second"),
    CLOSED("chot", Side.APPRAISER, "rounds.stage.closed", "rounds.step.closed");

    private final String id;
    private final Side actor;
    private final String messageKey;
    private final String actionKey;

    Stage(String id, Side actor, String messageKey, String actionKey) {
        this.id = id;
        this.actor = actor;
        this.messageKey = messageKey;
        this.actionKey = actionKey;
    }

    /** The id written in the store, in .cchc files and on the command line ("gui-tham-dinh"). */
    public String id() {
        return id;
    }

    /** Who makes the step that reaches this stage; null for {@link #SELF_ASSESSMENT}, where every workbook starts. */
    public Side actor() {
        return actor;
    }

    /** The stage's name ("Thẩm định lần 1"). */
    public String messageKey() {
        return messageKey;
    }

    /** The name of the action that reaches this stage ("Gửi kết quả thẩm định"); null for the first stage. */
    public String actionKey() {
        return actionKey;
    }

    /**
     * The stages one step can reach from this one. The appraiser may fix the result after the first appraisal or
     * after the explanations without a second appraisal; nothing follows {@link #CLOSED}.
     */
    public List<Stage> next() {
        return switch (this) {
            case SELF_ASSESSMENT -> List.of(SENT_FOR_APPRAISAL);
            case SENT_FOR_APPRAISAL -> List.of(FIRST_APPRAISAL);
            case FIRST_APPRAISAL -> List.of(EXPLANATION, CLOSED);
            case EXPLANATION -> List.of(SECOND_APPRAISAL, CLOSED);
            case SECOND_APPRAISAL -> List.of(CLOSED);
            case CLOSED -> List.of();
        };
    }

    /** The step that normally follows (the one whose deadline counts), or empty after {@link #CLOSED}. */
    public Optional<Stage> usualNext() {
        List<Stage> next = next();
        return next.isEmpty() ? Optional.empty() : Optional.of(next.get(0));
    }

    public static Optional<Stage> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The stages reached by a step (every stage but the first), for deadlines and the command line. */
    public static List<Stage> steps() {
        return Arrays.stream(values()).filter(s -> s.actor != null).toList();
    }
}
