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
     * @throws ChartExportException when the file cannot be written
     */
    public static void writePng(WritableImage image, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".chart-", ".png.tmp");
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temporary.toFile())) {
                throw new IOException("No PNG writer");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException failure) {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new ChartExportException(target, failure);
        }
    }

    /** The PNG could not be written (no space, no permission). */
    public static final class ChartExportException extends UserFacingException {
        ChartExportException(Path target, Throwable cause) {
            super(cause, "analysis.chart.saveFailed", target.toAbsolutePath().toString());
        }
    }
}
