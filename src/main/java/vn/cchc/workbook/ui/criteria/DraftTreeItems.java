package vn.cchc.workbook.ui.criteria;

import java.util.List;
import java.util.Set;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

import vn.cchc.workbook.domain.criteria.editing.DraftNode;

/**
 * The tree items of a criteria draft, keyed by node id, as the editor and the import preview both show it.
 * A tree is rebuilt after every structural edit, so the nodes the user folded are remembered by id.
 */
final class DraftTreeItems {

    private DraftTreeItems() {
    }

    /** A hidden root over the draft's top-level nodes; nodes in {@code collapsed} start folded, and folding updates it. */
    static TreeItem<Long> root(List<DraftNode> roots, Set<Long> collapsed) {
        TreeItem<Long> top = new TreeItem<>(null);
        for (DraftNode node : roots) {
            top.getChildren().add(item(node, collapsed));
        }
        return top;
    }

    private static TreeItem<Long> item(DraftNode node, Set<Long> collapsed) {
        TreeItem<Long> item = new TreeItem<>(node.id());
        item.setExpanded(!collapsed.contains(node.id()));
        item.expandedProperty().addListener((obs, old, now) -> {
            if (now) {
                collapsed.remove(node.id());
            } else {
                collapsed.add(node.id());
            }
        });
        for (DraftNode child : node.children()) {
            item.getChildren().add(item(child, collapsed));
        }
        return item;
    }

    /** Selects the node's item (unfolding its parents and scrolling it into view), or clears the selection. */
    static void select(TreeTableView<Long> tree, Long nodeId) {
        TreeItem<Long> item = nodeId == null ? null : find(tree.getRoot(), nodeId);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<Long> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private static TreeItem<Long> find(TreeItem<Long> item, long nodeId) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue() == nodeId) {
            return item;
        }
        for (TreeItem<Long> child : item.getChildren()) {
            TreeItem<Long> found = find(child, nodeId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
