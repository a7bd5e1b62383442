package vn.cchc.workbook.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.WindowMemory;

/**
 * "Trợ giúp → Hướng dẫn sử dụng": the bundled {@link UserGuide} in a window of its own (not modal, so the clerk can
 * read and work side by side), with its headings as a table of contents on the left.
 */
public final class HelpWindow {

    private final Stage stage = new Stage();
    private final VBox page = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(page);
    private final List<Node> headingNodes = new ArrayList<>();

    public HelpWindow(Window owner, UserGuide guide) {
        stage.initOwner(owner);
        stage.setTitle(Messages.get("help.guide.title"));

        Label title = new Label(guide.title());
        title.setId("helpTitle");
        title.setWrapText(true);
        title.setFont(Font.font(null, FontWeight.BOLD, 20));
        page.getChildren().add(title);
        for (UserGuide.Block block : guide.blocks()) {
            page.getChildren().add(render(block));
        }
        page.setId("helpContent");
        page.setPadding(new Insets(16, 24, 24, 24));
        page.setFillWidth(true);
        scroll.setFitToWidth(true);

        ListView<String> contents = new ListView<>();
        contents.setId("helpContents");
        contents.getItems().setAll(guide.headings());
        // Long headings wrap: in the 260-pixel list they were cut ("Nhập điểm bằng bàn phím như tron…") with a
        // sideways scroll bar under them.
        contents.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        contents.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                scrollTo(headingNodes.get(index.intValue()));
            }
        });
        Label contentsTitle = new Label(Messages.get("help.guide.contents"));
        contentsTitle.setFont(Font.font(null, FontWeight.BOLD, 13));
        VBox left = new VBox(6, contentsTitle, contents);
        left.setPadding(new Insets(12, 8, 12, 12));
        VBox.setVgrow(contents, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.28);
        stage.setScene(new Scene(split, 980, 680));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ScreenFit.placeWindow(stage, owner, 980, 680, WindowMemory.NONE, "help");
        WindowFocus.onShown(stage, contents);
    }

    /** Shows the window, or brings it to the front when it is already open. */
    public void show() {
        WindowFocus.show(stage);
    }

    public Stage stage() {
        return stage;
    }

    private Node render(UserGuide.Block block) {
        return switch (block) {
            case UserGuide.Heading heading -> {
                TextFlow flow = flow(heading.text(), FontWeight.BOLD, 16);
                flow.getStyleClass().add("help-heading");
                flow.setPadding(new Insets(10, 0, 0, 0));
                headingNodes.add(flow);
                yield flow;
            }
            case UserGuide.Paragraph paragraph -> flow(paragraph.text(), FontWeight.NORMAL, 13);
            case UserGuide.Bullet bullet -> {
                Label dot = new Label("•");
                TextFlow flow = flow(bullet.text(), FontWeight.NORMAL, 13);
                HBox.setHgrow(flow, Priority.ALWAYS);
                HBox line = new HBox(8, dot, flow);
                line.setAlignment(Pos.TOP_LEFT);
                line.setPadding(new Insets(0, 0, 0, 8));
                yield line;
            }
        };
    }

    /** The text with `command` spans in a monospaced font, as the user would type them. */
    private static TextFlow flow(String text, FontWeight weight, double size) {
        TextFlow flow = new TextFlow();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            Text piece = new Text(parts[i]);
            piece.setFont(i % 2 == 1 ? Font.font("Monospaced", size - 1) : Font.font(null, weight, size));
            flow.getChildren().add(piece);
        }
        flow.setLineSpacing(2);
        return flow;
    }

    private void scrollTo(Node heading) {
        double contentHeight = page.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double y = heading.getBoundsInParent().getMinY();
        double range = contentHeight - viewportHeight;
        scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
    }
}
