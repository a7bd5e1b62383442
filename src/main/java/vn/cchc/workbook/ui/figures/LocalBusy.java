package vn.cchc.workbook.ui.figures;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import vn.cchc.workbook.ui.common.Tasks;

/** A progress bar and a line of text inside a view, shown while its background work runs. */
public final class LocalBusy implements Tasks.BusyIndicator {

    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final HBox node = new HBox(8, bar, message);
    private int running;

    public LocalBusy(String id) {
        node.setId(id);
        bar.setPrefWidth(140);
        node.setVisible(false);
        node.managedProperty().bind(node.visibleProperty());
    }

    @Override
    public void begin(String text) {
        running++;
        message.setText(text);
        node.setVisible(true);
    }

    @Override
    public void end() {
        running = Math.max(0, running - 1);
        node.setVisible(running > 0);
    }

    public boolean isBusy() {
        return running > 0;
    }

    public HBox node() {
        return node;
    }
}
