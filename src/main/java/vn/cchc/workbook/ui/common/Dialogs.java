package vn.cchc.workbook.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives a dialog the owner window's stylesheets and font, so dialogs look like the window they belong to, and places
 * it: sized to its content, centred on its owner, inside the screen's visual bounds; once placed, it takes the
 * keyboard ({@link WindowFocus}), and Esc closes it from a list or table too.
 */
public final class Dialogs {

    /** Marks a pane (and its window) as already placed by us, and the scroll pane we put around tall content. */
    private static final Object FITTED = new Object();
    /** Set on a window once it has been placed after showing; until then its sizes are not to be trusted. */
    private static final Object PLACED = new Object();
    /** The preferred size the dialog itself gave its pane, kept while ours is pinned. */
    private static final Object OWN_SIZE = new Object();
    /** Marks a pane whose Enter filter is installed. */
    private static final Object ENTER = new Object();
    /** Marks a pane whose Esc filter is installed. */
    private static final Object ESCAPE = new Object();
    /** A frame wider or taller than this is a passing state of a window being realised, not its decorations. */
    private static final double MAX_FRAME = 100;
    /** For how long after showing a jump to the screen's corner may be GTK's late report (see holdPlace). */
    private static final long SETTLE_NANOS = 5_000_000_000L;
    /** How many such jumps are undone at most. */
    private static final int CORNER_FIXES = 3;
    /** How wide a dialog that only says something may grow: about 90 characters of the window's text. */
    public static final double READABLE_TEXT_WIDTH = 680;
    /** The widest a message's text is laid out, inside a dialog of {@link #READABLE_TEXT_WIDTH}. */
    static final double MESSAGE_TEXT_WIDTH = 560;

    /**
     * A dialog's message: wrapped, and never asking for more than {@link #MESSAGE_TEXT_WIDTH}. Its own preferred
     * width is bounded, not only the dialog's first placement, because JavaFX sizes a dialog to its content again
     * later (seen under GTK: a "Tiếp tục công việc" question re-sized to its one-line width, 1 190 px, off-centre).
     */
    public static Label message(String text) {
        Label label = new Label(text) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), MESSAGE_TEXT_WIDTH);
            }
        };
        label.setWrapText(true);
        return label;
    }

    private Dialogs() {
    }

    public static void style(DialogPane pane, Window owner) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
        sizeToContent(pane);
        escapeFromLists(pane);
        enterFromToggles(pane);
    }

    /**
     * Enter on a check box or radio button of a dialog answers the dialog with its default button, as in Windows
     * dialogs; Space ticks the box. JavaFX ticked the box on Enter: a clerk who pressed Enter on "Phụ lục kết quả
     * đánh giá" to export it took it off the list instead.
     */
    static void enterFromToggles(DialogPane pane) {
        if (pane.getProperties().putIfAbsent(ENTER, Boolean.TRUE) != null) {
            return;
        }
        javafx.event.EventHandler<KeyEvent> filter = event -> {
            if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()
                    || !(event.getTarget() instanceof javafx.scene.control.ButtonBase toggle)
                    || !(toggle instanceof javafx.scene.control.CheckBox
                    || toggle instanceof javafx.scene.control.RadioButton)) {
                return;
            }
            event.consume();
            if (event.getEventType() != KeyEvent.KEY_PRESSED) {
                return;
            }
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof Button button && button.isDefaultButton()
                        && !button.isDisabled()) {
                    button.fire();
                    return;
                }
            }
        };
        pane.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        pane.addEventFilter(KeyEvent.KEY_RELEASED, filter);
    }

    /**
     * Esc closes the dialog (as its cancel button) also while a list or table has the keyboard: JavaFX's list and
     * table behaviours consume Esc even when nothing is being edited, so the cancel button's Esc never fired and a
     * dialog opened on its list ("Còn thiếu") could not be left by keyboard without first tabbing out of the list.
     * An edit in progress keeps its Esc (it cancels the edit).
     */
    static void escapeFromLists(DialogPane pane) {
        if (pane.getProperties().putIfAbsent(ESCAPE, Boolean.TRUE) != null) {
            return;
        }
        pane.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ESCAPE || event.isShortcutDown() || event.isAltDown()
                    || !(event.getTarget() instanceof Node target) || !EscapeCloses.inIdleList(target)) {
                return;
            }
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData().isCancelButton() && pane.lookupButton(type) instanceof Button cancel
                        && !cancel.isDisabled()) {
                    event.consume();
                    cancel.fire();
                    return;
                }
            }
        });
    }

    /**
     * Sizes the dialog's window to its content when it is shown and centres it on its owner, always inside the visual
     * bounds of the owner's screen (content taller than the screen scrolls inside the dialog); later, when the content
     * grows (a message appears under a field), the window grows with it, still inside the screen.
     *
     * <p>JavaFX centres a dialog on its owner from the content's preferred size before the window exists, without
     * looking at the screen: a wide header or a long list puts the window above and left of the screen, title bar
     * out of reach, and on Linux a resizable dialog may open as an empty 200×200 box. This replaces that placement.
     */
    public static void sizeToContent(DialogPane pane) {
        if (pane.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
            return;
        }
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            install(pane.getScene().getWindow(), pane);
        }
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watchWindow(scene, pane);
            }
        });
        if (pane.getScene() != null) {
            watchWindow(pane.getScene(), pane);
        }
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                grow(pane);
            }
        });
        // Laid out again, after the pass going on, whenever its size changes. Under GTK a new dialog's size goes back
        // and forth a dozen times between its own and GTK's default (195 or 200 pixels high) as it is shown; a size
        // that comes while the pane is being laid out is dropped by JavaFX, and "Khôi phục dữ liệu" then kept its
        // buttons where a 195-pixel window had them, under the backups' table of the 445-pixel one (1 opening in 6).
        javafx.beans.InvalidationListener relayout = size -> Platform.runLater(pane::requestLayout);
        pane.widthProperty().addListener(relayout);
        pane.heightProperty().addListener(relayout);
    }

    private static void watchWindow(Scene scene, DialogPane pane) {
        scene.windowProperty().addListener((o, before, window) -> {
            if (window != null && scene.getRoot() == pane) {
                install(window, pane);
            }
        });
    }

    private static void install(Window window, DialogPane pane) {
        if (window.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
            return;
        }
        // Before the window is realised: the pane's preferred size is pinned to what fits and the window placed, so
        // JavaFX sizes the new window to it. Setting the window's own size here instead loses against GTK, which
        // reports its default 200×200 a moment later. Once shown, the pane is freed to grow with its content.
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, event -> place(window, pane));
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(() -> {
            window.getProperties().put(PLACED, Boolean.TRUE);
            Scene scene = window.getScene();
            if (Math.abs(scene.getWidth() - pane.getPrefWidth()) > 1
                    || Math.abs(scene.getHeight() - pane.getPrefHeight()) > 1) {
                window.sizeToScene();
            }
            double width = pane.getPrefWidth();
            double height = pane.getPrefHeight();
            unpin(pane);
            // Again where place() put it: GTK reports the new window at the screen's corner (title bar above it)
            // once it is mapped, and JavaFX then believes it is there.
            centre(window, width, height);
            holdPlace(window, pane, width, height);
            // Placed: now the keyboard, in the control the dialog named (JavaFX focused its default button).
            WindowFocus.chooseFirstRow(WindowFocus.initialControl(pane));
            WindowFocus.take(window, WindowFocus.initialControl(pane));
        }));
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> window.getProperties().remove(PLACED));
    }

    private static Window ownerOf(Window window) {
        return window instanceof Stage stage ? stage.getOwner() : null;
    }

    private static Rectangle2D areaFor(Window window) {
        Window owner = ownerOf(window);
        return ScreenFit.visualBounds(owner != null ? owner : window);
    }

    /** Pins the pane to its content's size (at most the visual bounds) and centres the window on its owner. */
    static void place(Window window, DialogPane pane) {
        Window owner = ownerOf(window);
        Rectangle2D area = areaFor(window);
        double[] frame = frame(window, owner);
        unpin(pane);
        pane.applyCss();
        double maxWidth = area.getWidth() - frame[0];
        double maxHeight = area.getHeight() - frame[1];
        // A message (no form, no table) wraps at a readable width instead of spreading over the whole screen.
        double widest = textOnly(pane) ? Math.min(maxWidth, Math.max(READABLE_TEXT_WIDTH, pane.minWidth(-1)))
                : maxWidth;
        double width = Math.ceil(Math.min(Math.max(pane.prefWidth(-1), pane.minWidth(-1)), widest));
        double height = Math.ceil(pane.prefHeight(width));
        if (height > maxHeight) {
            scrollInside(pane);
            height = Math.floor(maxHeight);
        }
        pin(pane, width, height);
        centre(window, width, height);
    }

    /** Whether the dialog only says something: its text is the pane's content text or a single label. */
    private static boolean textOnly(DialogPane pane) {
        return pane.getContent() == null || pane.getContent() instanceof javafx.scene.control.Label;
    }

    /** Fixes the pane's preferred size, remembering the one the dialog gave it (NewWorkbookDialog sets a width). */
    private static void pin(DialogPane pane, double width, double height) {
        pane.getProperties().putIfAbsent(OWN_SIZE, new double[] {pane.getPrefWidth(), pane.getPrefHeight()});
        pane.setPrefSize(width, height);
    }

    /** Gives the pane back the preferred size the dialog gave it. */
    private static void unpin(DialogPane pane) {
        if (pane.getProperties().remove(OWN_SIZE) instanceof double[] own) {
            pane.setPrefSize(own[0], own[1]);
        }
    }

    /**
     * GTK under openbox sometimes reports the new window at the screen's corner once more after it has been centred
     * (seen in 2 of 16 openings; the window really is there then): until the user first touches the dialog (a key or
     * a click in it), for a few seconds at most, a jump to the corner is taken for that late report and the window
     * is centred again (at most {@link #CORNER_FIXES} times). A move elsewhere, or later, is the user's and stays.
     * The same late report can give the window GTK's default width of 200 pixels (seen once after "Khôi phục dữ
     * liệu": the message wrapped a few words a line in a box as tall as the screen); in that time a window narrower
     * than it was placed is given its width and height back.
     */
    private static void holdPlace(Window window, DialogPane pane, double width, double height) {
        long shownAt = System.nanoTime();
        int[] fixes = {0};
        boolean[] checking = {false};
        boolean[] touched = {false};
        javafx.event.EventHandler<javafx.scene.input.InputEvent> touch = event -> {
            if (event.getEventType() == KeyEvent.KEY_PRESSED
                    || event.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                touched[0] = true;
            }
        };
        Scene scene = window.getScene();
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, touch);
        ChangeListener<Number> back = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> value, Number was, Number now) {
                if (checking[0]) {
                    return;
                }
                checking[0] = true;
                // x and y change one after the other: look once both have.
                Platform.runLater(() -> {
                    checking[0] = false;
                    boolean corner = atCorner(window);
                    boolean centred = nearCentre(window, width, height);
                    if (!window.isShowing() || touched[0] || System.nanoTime() - shownAt > SETTLE_NANOS
                            || fixes[0] >= CORNER_FIXES || !corner && !centred) {
                        window.xProperty().removeListener(this);
                        window.yProperty().removeListener(this);
                        scene.removeEventFilter(javafx.scene.input.InputEvent.ANY, touch);
                    } else if (corner && !centred) {
                        fixes[0]++;
                        centre(window, width, height);
                    }
                });
            }
        };
        window.xProperty().addListener(back);
        window.yProperty().addListener(back);
        // On the scene's width, which follows the window's once the window system's resize has been taken in: a
        // size set while that is still pending would be undone by it.
        ChangeListener<Number> wide = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> value, Number was, Number now) {
                if (!window.isShowing() || touched[0] || System.nanoTime() - shownAt > SETTLE_NANOS
                        || fixes[0] >= CORNER_FIXES) {
                    scene.widthProperty().removeListener(this);
                } else if (now.doubleValue() < width - 1) {
                    fixes[0]++;
                    Platform.runLater(() -> {
                        pin(pane, width, height);
                        window.sizeToScene();
                        unpin(pane);
                        centre(window, width, height);
                    });
                }
            }
        };
        scene.widthProperty().addListener(wide);
    }

    private static boolean atCorner(Window window) {
        Rectangle2D area = areaFor(window);
        return window.getX() <= area.getMinX() + 1 && window.getY() <= area.getMinY() + 1;
    }

    /** Whether the window is (within the frame's size) where {@link #centre} puts it. */
    private static boolean nearCentre(Window window, double width, double height) {
        Rectangle2D bounds = centred(window, width, height);
        return Math.abs(window.getX() - bounds.getMinX()) <= MAX_FRAME / 2
                && Math.abs(window.getY() - bounds.getMinY()) <= MAX_FRAME / 2;
    }

    /** Puts a window whose scene is {@code width}×{@code height} in the middle of its owner, inside the screen. */
    private static void centre(Window window, double width, double height) {
        Rectangle2D bounds = centred(window, width, height);
        window.setX(bounds.getMinX());
        window.setY(bounds.getMinY());
    }

    /** The window's bounds, frame included, in the middle of its owner and inside the screen. */
    private static Rectangle2D centred(Window window, double width, double height) {
        Window owner = ownerOf(window);
        Rectangle2D area = areaFor(window);
        double[] frame = frame(window, owner);
        Rectangle2D around = owner != null ? ScreenFit.boundsOf(owner, area) : area;
        return ScreenFit.centred(around, width + frame[0], height + frame[1], area);
    }

    /** Moves a shown window of this content size back inside the screen, if its real frame took it out. */
    private static void keepInside(Window window, double contentWidth, double contentHeight) {
        double[] frame = frame(window, ownerOf(window));
        Rectangle2D now = new Rectangle2D(window.getX(), window.getY(), contentWidth + frame[0],
                contentHeight + frame[1]);
        Rectangle2D inside = ScreenFit.inside(now, areaFor(window));
        if (Math.abs(inside.getMinX() - now.getMinX()) > 1 || Math.abs(inside.getMinY() - now.getMinY()) > 1) {
            window.setX(inside.getMinX());
            window.setY(inside.getMinY());
        }
    }

    /**
     * The content grew while the dialog is showing (a message under a field), or the window system made the window
     * narrower than the content can be: grow the window to the content, keeping it inside the screen. The size is
     * asked for as the scene's (JavaFX's sizeToScene), which GTK honours; a window size set directly is undone by
     * its late size events.
     */
    private static void grow(DialogPane pane) {
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing() || pane.getWidth() <= 0
                || !window.getProperties().containsKey(PLACED) || pane.getProperties().containsKey(OWN_SIZE)) {
            return; // while the window is being realised its sizes are passing states; place() sizes it then
        }
        Rectangle2D area = areaFor(window);
        double[] frame = frame(window, ownerOf(window));
        double maxWidth = area.getWidth() - frame[0];
        double maxHeight = area.getHeight() - frame[1];
        boolean tooNarrow = pane.minWidth(-1) > pane.getWidth() + 1;
        double width = tooNarrow
                ? Math.ceil(Math.min(Math.max(pane.prefWidth(-1), pane.minWidth(-1)), maxWidth)) : pane.getWidth();
        double wanted = Math.ceil(pane.prefHeight(width));
        if (!tooNarrow && wanted <= pane.getHeight() + 1) {
            return;
        }
        if (wanted > maxHeight) {
            scrollInside(pane);
        }
        double height = Math.min(Math.max(wanted, pane.getHeight()), Math.floor(maxHeight));
        pin(pane, width, height);
        window.sizeToScene();
        unpin(pane);
        keepInside(window, width, height);
    }

    /**
     * The width and height the window system adds around the scene (borders, title bar): measured on the window
     * once it is shown, before that taken from the owner (same window system, same decorations).
     */
    private static double[] frame(Window window, Window owner) {
        for (Window measured : new Window[] {window, owner}) {
            Scene scene = measured == null ? null : measured.getScene();
            if (measured != null && measured.isShowing() && scene != null && scene.getWidth() > 0
                    && measured.getWidth() >= scene.getWidth() && measured.getHeight() >= scene.getHeight()
                    && measured.getWidth() - scene.getWidth() <= MAX_FRAME
                    && measured.getHeight() - scene.getHeight() <= MAX_FRAME) {
                return new double[] {measured.getWidth() - scene.getWidth(), measured.getHeight() - scene.getHeight()};
            }
        }
        return new double[] {0, 0};
    }

    /** Puts the dialog's content in a scroll pane, once, so content taller than the screen can be read. */
    private static void scrollInside(DialogPane pane) {
        Node content = pane.getContent();
        if (content == null || content.getProperties().containsKey(FITTED)) {
            return;
        }
        ScrollPane scroll = new ScrollPane();
        scroll.getProperties().put(FITTED, Boolean.TRUE);
        scroll.setId("dialogScroll");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setContent(scroll);
        scroll.setContent(content);
    }
}
