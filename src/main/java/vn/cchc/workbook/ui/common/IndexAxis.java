package vn.cchc.workbook.ui.common;

import javafx.scene.chart.NumberAxis;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The axis of a chart of CCHC indices: always 0 to 100 (an index is out of 100, so an axis that stops at 90 reads as
 * a scale of its own), a label every 10 points where each has its room and every 20 in a low chart, where JavaFX hid
 * the labels that would touch ("100, 80, 70, …, 20, 0"); no minor ticks.
 */
public final class IndexAxis {

    /** Below this height (pixels) a label every 10 points would touch its neighbours. */
    static final double LOW = 260;

    private IndexAxis() {
    }

    /** A new axis labelled {@code labelKey}. */
    public static NumberAxis create(String labelKey) {
        NumberAxis axis = new NumberAxis(0, 100, 10);
        axis.setLabel(Messages.get(labelKey));
        axis.setMinorTickVisible(false);
        axis.heightProperty().addListener((obs, old, height) -> axis.setTickUnit(height.doubleValue() < LOW ? 20 : 10));
        return axis;
    }
}
