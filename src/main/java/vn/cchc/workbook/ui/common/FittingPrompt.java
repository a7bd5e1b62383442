package vn.cchc.workbook.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A field's prompt that is never cut: the full prompt ("Tìm theo mã, nội dung, ý kiến (Ctrl+F)") while it fits the
 * field's room for text, a shorter one ("Tìm (Ctrl+F)", then "Tìm…") as the window makes the field narrower. The skin
 * clips the prompt without an ellipsis, so a cut prompt read "Đi tới mã… (Ctrl+" or "ví dụ 103/UBND (để trống để
 * ghi t".
 */
public final class FittingPrompt {

    private FittingPrompt() {
    }

    /**
     * Gives {@code field} the first of {@code prompts} (longest first) that fits its room for text, the last one when
     * none does.
     */
    public static void install(TextField field, String... prompts) {
        install(field, field::setPromptText, prompts);
    }

    /** The same for a date picker, whose prompt its editor shows. */
    public static void install(javafx.scene.control.DatePicker picker, String... prompts) {
        install(picker.getEditor(), picker::setPromptText, prompts);
    }

    private static void install(TextField shownIn, java.util.function.Consumer<String> setPrompt, String... prompts) {
        setPrompt.accept(prompts[0]);
        Text probe = new Text();
        Runnable fit = () -> {
            double room = textRoom(shownIn);
            if (room <= 0) {
                return;
            }
            probe.setFont(shownIn.getFont());
            for (String prompt : prompts) {
                probe.setText(prompt);
                if (probe.getLayoutBounds().getWidth() <= room || prompt.equals(prompts[prompts.length - 1])) {
                    setPrompt.accept(prompt);
                    return;
                }
            }
        };
        // After the layout that gave the new width: the room is the skin's clip of its text, laid out by then.
        shownIn.widthProperty().addListener((obs, old, width) -> Platform.runLater(fit));
        shownIn.skinProperty().addListener((obs, old, skin) -> Platform.runLater(fit));
    }

    /** The width the skin shows text in (its text group's clip), or -1 before the skin is laid out. */
    static double textRoom(TextField field) {
        for (Node node : field.lookupAll("Text")) {
            if (node.getParent() != null && node.getParent().getClip() instanceof Rectangle clip) {
                return clip.getWidth();
            }
        }
        return -1;
    }
}
