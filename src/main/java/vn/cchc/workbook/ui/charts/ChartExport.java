package vn.cchc.workbook.ui.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.domain.UserFacingException;

/**
 * Saves a chart as a PNG for a report: a snapshot of the node as drawn (at twice the screen scale, so it stays sharp
 * when printed), on a white background, written to a temporary file and moved into place.
 */
public final class ChartExport {

    /** Scale of the saved image relative to the screen. */
    static final double SCALE = 2;

    private ChartExport() {
    }

    /** Takes the snapshot; must be called on the JavaFX thread. */
    public static WritableImage snapshot(Node chart) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(javafx.scene.transform.Transform.scale(SCALE, SCALE));
        return chart.snapshot(parameters, null);
    }

    /**
     * Writes {@code image} as a PNG (may run off the JavaFX thread).
     *
     * @throws vn.cchc.workbook.files.SafeWriteException when the file cannot be written
     */
    public static void writePng(WritableImage image, Path target) {
        var pixels = SwingFXUtils.fromFXImage(image, null);
        SafeFileWriter.write(target, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("No PNG writer");
            }
        });
    }
}
