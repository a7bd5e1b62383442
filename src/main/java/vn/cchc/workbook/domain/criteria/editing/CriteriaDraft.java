package vn.cchc.workbook.domain.criteria.editing;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * A criteria set being edited: a mutable tree the clerk reshapes (add, delete, move, indent, outdent, renumber) and
 * fills in, with undo, live validation and a way out as a new, immutable {@link CriteriaSet}.
 *
 * <p>A draft never changes a stored set. Saving always makes a new version with a new id ({@link #toNewVersion}),
 * because assessments started from the old set must keep scoring against exactly what they started with; the store
 * refuses to replace a set in use anyway.
 *
 * <p>Nodes are addressed by their stable {@link DraftNode#id()}. Not thread-safe: one window edits one draft.
 */
public final class CriteriaDraft {

    /** Enough for a working session; each step is a copy of a tree of a few hundred nodes at most. */
    public static final int UNDO_DEPTH = 200;

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private final CriteriaSet origin;
    private String id;
    private String name;
    private IssuingDecision decision;
    private UnitLevel level;
    private int year;
    private String version;
    private final boolean asPublished;

    private List<DraftNode> roots = new ArrayList<>();
    private long nextId = 1;
    private boolean changed;
    private long structureVersion;

    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    /** The field last edited ("title:12"), so that typing a word is one undo step, not one per key. */
    private String lastEdit;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private record Snapshot(List<DraftNode> roots, long nextId, boolean changed) {
    }

    private CriteriaDraft(CriteriaSet origin, CriteriaSet content) {
        this.origin = origin;
        this.id = content.id();
        this.name = content.name();
        this.decision = content.decision();
        this.level = content.level();
        this.year = content.year();
        this.version = content.version();
        this.asPublished = content.asPublished();
        for (CriterionNode root : content.roots()) {
            DraftNode node = load(root, null);
            node.section = root.section();
            roots.add(node);
        }
    }

    /** A draft of a set already in the store (or a bundled sample): saving makes a new version of it. */
    public static CriteriaDraft editing(CriteriaSet stored) {
        return new CriteriaDraft(Objects.requireNonNull(stored, "stored"), stored);
    }

    /** A draft of a set that is not stored anywhere yet, e.g. one just read from a province's Excel file. */
    public static CriteriaDraft unsaved(CriteriaSet content) {
        return new CriteriaDraft(null, Objects.requireNonNull(content, "content"));
    }

    /** An empty set for {@code level} and {@code year}, with one empty field to start typing in. */
    public static CriteriaDraft blank(UnitLevel level, int year) {
        CriteriaDraft draft = new CriteriaDraft(null,
                new CriteriaSet("moi", "", IssuingDecision.NONE, level, year, "1", List.of()));
        DraftNode first = draft.newNode();
        first.code = "1";
        draft.roots.add(first);
        return draft;
    }

    private DraftNode load(CriterionNode source, DraftNode parent) {
        DraftNode node = newNode();
        node.parent = parent;
        node.code = source.code();
        node.printedCode = source.printedCode();
        node.title = source.title();
        node.maxPoints = source.maxPoints();
        node.leafRule = source.isLeaf() ? source.rule() : ScoringRule.Manual.FREE;
        node.guidance = source.guidance();
        node.evidence = source.evidenceRequired();
        node.defaultDepartment = source.defaultDepartment();
        node.ruleWording = source.ruleWording();
        node.section = source.section();
        for (CriterionNode child : source.children()) {
            node.children.add(load(child, node));
        }
        return node;
    }

    private DraftNode newNode() {
        return new DraftNode(nextId++);
    }

    // ---- reading ----

    /** The stored set this draft was opened from, if any. */
    public Optional<CriteriaSet> origin() {
        return Optional.ofNullable(origin);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Whether the set is kept as the province published it (sums that do not add up are warnings). */
    public boolean asPublished() {
        return asPublished;
    }

    public IssuingDecision decision() {
        return decision;
    }

    public UnitLevel level() {
        return level;
    }

    public int year() {
        return year;
    }

    public String version() {
        return version;
    }

    public List<DraftNode> roots() {
        return List.copyOf(roots);
    }

    /** Every node in printed (pre-)order. */
    public List<DraftNode> nodes() {
        List<DraftNode> all = new ArrayList<>();
        for (DraftNode root : roots) {
            collect(root, all);
        }
        return all;
    }

    private static void collect(DraftNode node, List<DraftNode> into) {
        into.add(node);
        for (DraftNode child : node.children) {
            collect(child, into);
        }
    }

    public Optional<DraftNode> find(long nodeId) {
        for (DraftNode node : nodes()) {
            if (node.id() == nodeId) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** The node with {@code nodeId}; an unknown id is a programming error. */
    public DraftNode node(long nodeId) {
        return find(nodeId).orElseThrow(() -> new IllegalArgumentException("No draft node " + nodeId));
    }

    /** Whether anything was edited since the draft was opened or last saved. */
    public boolean isChanged() {
        return changed;
    }

    /**
     * Grows whenever the shape of the tree changes (nodes added, removed, moved, or undo/redo), but not when a field
     * of a node is edited: a window rebuilds its tree only when this moves.
     */
    public long structureVersion() {
        return structureVersion;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    // ---- structure ----

    /** Appends a new top-level node (a lĩnh vực) after the last main one and returns its id. */
    public long addRoot() {
        record(null, true);
        DraftNode node = newNode();
        int at = 0;
        while (at < roots.size() && roots.get(at).section == Section.MAIN) {
            at++;
        }
        roots.add(at, node);
        node.code = freeCode("", at + 1);
        return done(node.id());
    }

    /** Appends a new last child to {@code parentId} and returns its id. The parent becomes a sum of its children. */
    public long addChild(long parentId) {
        DraftNode parent = node(parentId);
        record(null, true);
        DraftNode node = newNode();
        node.parent = parent;
        parent.children.add(node);
        node.code = freeCode(prefixOf(parent), parent.children.size());
        return done(node.id());
    }

    /** Inserts a new node right after {@code nodeId}, under the same parent, and returns its id. */
    public long addSibling(long nodeId) {
        DraftNode node = node(nodeId);
        record(null, true);
        DraftNode sibling = newNode();
        sibling.parent = node.parent;
        List<DraftNode> list = siblingsOf(node);
        int at = list.indexOf(node) + 1;
        list.add(at, sibling);
        if (node.parent == null) {
            sibling.section = node.section;
        }
        sibling.code = freeCode(prefixOf(node.parent), at + 1);
        return done(sibling.id());
    }

    /** Removes the node and everything under it. */
    public void delete(long nodeId) {
        DraftNode node = node(nodeId);
        record(null, true);
        siblingsOf(node).remove(node);
        node.parent = null;
        done(nodeId);
    }

    public boolean canMoveUp(long nodeId) {
        DraftNode node = node(nodeId);
        return siblingsOf(node).indexOf(node) > 0;
    }

    public boolean canMoveDown(long nodeId) {
        DraftNode node = node(nodeId);
        List<DraftNode> list = siblingsOf(node);
        return list.indexOf(node) < list.size() - 1;
    }

    /** Swaps the node with the sibling above it; false (and nothing changes) when it is the first. */
    public boolean moveUp(long nodeId) {
        return move(nodeId, -1);
    }

    /** Swaps the node with the sibling below it; false (and nothing changes) when it is the last. */
    public boolean moveDown(long nodeId) {
        return move(nodeId, 1);
    }

    private boolean move(long nodeId, int by) {
        DraftNode node = node(nodeId);
        List<DraftNode> list = siblingsOf(node);
        int at = list.indexOf(node);
        int to = at + by;
        if (to < 0 || to >= list.size()) {
            return false;
        }
        record(null, true);
        list.remove(at);
        list.add(to, node);
        done(nodeId);
        return true;
    }

    /** Whether the node has a sibling above it to become a child of. */
    public boolean canIndent(long nodeId) {
        return canMoveUp(nodeId);
    }

    /** Makes the node the last child of the sibling above it; false when there is none. */
    public boolean indent(long nodeId) {
        DraftNode node = node(nodeId);
        List<DraftNode> list = siblingsOf(node);
        int at = list.indexOf(node);
        if (at <= 0) {
            return false;
        }
        record(null, true);
        DraftNode newParent = list.get(at - 1);
        list.remove(at);
        newParent.children.add(node);
        node.parent = newParent;
        done(nodeId);
        return true;
    }

    public boolean canOutdent(long nodeId) {
        return node(nodeId).parent != null;
    }

    /** Moves the node out of its parent, right after it; false for a top-level node. */
    public boolean outdent(long nodeId) {
        DraftNode node = node(nodeId);
        DraftNode parent = node.parent;
        if (parent == null) {
            return false;
        }
        record(null, true);
        parent.children.remove(node);
        List<DraftNode> list = siblingsOf(parent);
        list.add(list.indexOf(parent) + 1, node);
        node.parent = parent.parent;
        if (node.parent == null) {
            node.section = parent.section;
        }
        done(nodeId);
        return true;
    }

    /**
     * Gives every node the code of its place in the tree: the main top-level nodes 1, 2, 3 …, their children 1.1, 1.2,
     * theirs 1.1.1 … Top-level bonus and penalty groups keep their own code ("T", "TR") and number their children
     * under it (T.1, T.2), since they sit outside the numbered fields.
     */
    public void renumber() {
        record(null, false);
        int main = 0;
        for (DraftNode root : roots) {
            if (root.section == Section.MAIN) {
                root.code = Integer.toString(++main);
            }
            renumberChildren(root);
        }
        done(0);
    }

    private static void renumberChildren(DraftNode parent) {
        for (int i = 0; i < parent.children.size(); i++) {
            DraftNode child = parent.children.get(i);
            child.code = prefixOf(parent) + (i + 1);
            renumberChildren(child);
        }
    }

    // ---- fields ----

    public void setCode(long nodeId, String code) {
        DraftNode node = node(nodeId);
        String value = code == null ? "" : code.strip();
        if (!value.equals(node.code)) {
            record("code:" + nodeId, false);
            node.code = value;
            done(nodeId);
        }
    }

    /**
     * Sets the code the province prints for the node where it differs from its code ("1.1" for "I.1.1"); blank
     * prints the code. Checked with the set ({@code CriteriaValidator}): the characters of a code, bounded.
     */
    public void setPrintedCode(long nodeId, String printed) {
        DraftNode node = node(nodeId);
        String value = printed == null ? "" : printed.strip();
        if (!value.equals(node.printedCode)) {
            record("printedCode:" + nodeId, false);
            node.printedCode = value;
            done(nodeId);
        }
    }

    public void setTitle(long nodeId, String title) {
        DraftNode node = node(nodeId);
        String value = title == null ? "" : title.strip();
        if (!value.equals(node.title)) {
            record("title:" + nodeId, false);
            node.title = value;
            done(nodeId);
        }
    }

    public void setMaxPoints(long nodeId, BigDecimal points) {
        Objects.requireNonNull(points, "points");
        DraftNode node = node(nodeId);
        if (points.compareTo(node.maxPoints) != 0) {
            record("points:" + nodeId, false);
            node.maxPoints = points;
            done(nodeId);
        }
    }

    /** Makes a parent's maximum the sum of its children's, the usual fix when the two differ. */
    public void setMaxPointsFromChildren(long nodeId) {
        DraftNode node = node(nodeId);
        BigDecimal sum = BigDecimal.ZERO;
        for (DraftNode child : node.children) {
            sum = sum.add(child.maxPoints);
        }
        if (!node.children.isEmpty()) {
            setMaxPoints(nodeId, sum);
        }
    }

    /**
     * Sets how a leaf is scored. A node with children is always the sum of them, so its rule cannot be set.
     *
     * @throws IllegalStateException for a node with children
     */
    public void setRule(long nodeId, ScoringRule rule) {
        Objects.requireNonNull(rule, "rule");
        DraftNode node = node(nodeId);
        if (!node.children.isEmpty()) {
            throw new IllegalStateException("A parent is scored as the sum of its children");
        }
        if (!rule.equals(node.leafRule)) {
            record("rule:" + nodeId, false);
            node.leafRule = rule;
            done(nodeId);
        }
    }

    public void setGuidance(long nodeId, String guidance) {
        DraftNode node = node(nodeId);
        String value = guidance == null ? "" : guidance;
        if (!value.equals(node.guidance)) {
            record("guidance:" + nodeId, false);
            node.guidance = value;
            done(nodeId);
        }
    }

    public void setEvidence(long nodeId, String evidence) {
        DraftNode node = node(nodeId);
        String value = evidence == null ? "" : evidence;
        if (!value.equals(node.evidence)) {
            record("evidence:" + nodeId, false);
            node.evidence = value;
            done(nodeId);
        }
    }

    public void setDefaultDepartment(long nodeId, String department) {
        DraftNode node = node(nodeId);
        String value = department == null ? "" : department.strip();
        if (!value.equals(node.defaultDepartment)) {
            record("department:" + nodeId, false);
            node.defaultDepartment = value;
            done(nodeId);
        }
    }

    /**
     * Whether a top-level node counts in the 100, as bonus or as penalty; its descendants follow it.
     *
     * @throws IllegalStateException for a node that is not top-level
     */
    public void setSection(long nodeId, Section section) {
        Objects.requireNonNull(section, "section");
        DraftNode node = node(nodeId);
        if (node.parent != null) {
            throw new IllegalStateException("Only a top-level node has a section");
        }
        if (node.section != section) {
            record(null, false);
            node.section = section;
            done(nodeId);
        }
    }

    // ---- undo ----

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        redo.push(snapshot());
        restore(undo.pop());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(snapshot());
        restore(redo.pop());
    }

    private void restore(Snapshot snapshot) {
        roots = new ArrayList<>(snapshot.roots());
        nextId = snapshot.nextId();
        changed = snapshot.changed();
        lastEdit = null;
        structureVersion++;
        fire();
    }

    private Snapshot snapshot() {
        List<DraftNode> copies = new ArrayList<>();
        for (DraftNode root : roots) {
            copies.add(root.copy(null));
        }
        return new Snapshot(copies, nextId, changed);
    }

    /**
     * Remembers the state before a change. Consecutive edits of the same field of the same node ({@code editKey})
     * share one undo step.
     */
    private void record(String editKey, boolean structural) {
        if (editKey == null || !editKey.equals(lastEdit)) {
            undo.push(snapshot());
            while (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
        }
        lastEdit = editKey;
        redo.clear();
        if (structural) {
            structureVersion++;
        }
    }

    private long done(long nodeId) {
        changed = true;
        fire();
        return nodeId;
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    // ---- helpers ----

    private List<DraftNode> siblingsOf(DraftNode node) {
        return node.parent == null ? roots : node.parent.children;
    }

    private static String prefixOf(DraftNode parent) {
        return parent == null || parent.code.isEmpty() ? "" : parent.code + ".";
    }

    /** "1.3" for the third child of "1", or the next number still free, so that adding never makes a duplicate. */
    private String freeCode(String prefix, int position) {
        Set<String> used = new HashSet<>();
        for (DraftNode node : nodes()) {
            used.add(node.code);
        }
        int number = position;
        while (used.contains(prefix + number)) {
            number++;
        }
        return prefix + number;
    }

    // ---- results ----

    /** The tree as it stands, under the draft's current identity (id, name, version): for validation and preview. */
    public CriteriaSet toCriteriaSet() {
        return toCriteriaSet(new IdentityHashMap<>());
    }

    /** Builds the set and records which draft node each built node came from (by identity: values may repeat). */
    CriteriaSet toCriteriaSet(Map<CriterionNode, Long> origins) {
        List<CriterionNode> built = new ArrayList<>();
        for (DraftNode root : roots) {
            built.add(build(root, root.section, origins));
        }
        return new CriteriaSet(id, name, decision, level, year, version, built, asPublished);
    }

    private static CriterionNode build(DraftNode node, Section section, Map<CriterionNode, Long> origins) {
        List<CriterionNode> children = new ArrayList<>();
        for (DraftNode child : node.children) {
            children.add(build(child, section, origins));
        }
        CriterionNode built = new CriterionNode(node.code, node.title, node.maxPoints, node.rule(), node.guidance,
                node.evidence, node.defaultDepartment, section, children, node.ruleWording, node.printedCode);
        origins.put(built, node.id());
        return built;
    }

    /** The criteria problems of the tree as it stands, each attached to its node where it has one. */
    public DraftValidation validate() {
        return DraftValidation.of(this);
    }

    /**
     * The draft as a new set with a fresh id that is not in {@code takenIds}: what "Lưu thành phiên bản mới" stores.
     * The draft itself is unchanged until {@link #markSaved} is called with the stored result.
     */
    public CriteriaSet toNewVersion(VersionDetails details, Collection<String> takenIds) {
        Objects.requireNonNull(details, "details");
        String newId = CriteriaSetIds.newId(details.name(), details.year(), details.version(), takenIds);
        IssuingDecision newDecision = new IssuingDecision(details.decisionNumber(), details.decisionDate(),
                decision.issuer());
        CriteriaSet current = toCriteriaSet();
        return new CriteriaSet(newId, details.name(), newDecision, details.level(), details.year(), details.version(),
                current.roots(), asPublished);
    }

    /** After the store took {@code saved}: the draft now edits that version, and has no unsaved changes. */
    public void markSaved(CriteriaSet saved) {
        id = saved.id();
        name = saved.name();
        decision = saved.decision();
        level = saved.level();
        year = saved.year();
        version = saved.version();
        changed = false;
        fire();
    }

    /**
     * The details the save form starts with: the same name, decision and year, and for a set that is already stored
     * the next version ("1" → "2", "2023.1" → "2023.2"); a new set keeps its version, or "1".
     */
    public VersionDetails suggestedVersion() {
        String next;
        if (origin == null) {
            next = version.isBlank() ? "1" : version;
        } else {
            Matcher matcher = TRAILING_NUMBER.matcher(version);
            next = matcher.matches()
                    ? matcher.group(1) + (Long.parseLong(matcher.group(2)) + 1)
                    : version.isBlank() ? "2" : version + " (2)";
        }
        return new VersionDetails(name, decision.number(), decision.date(), year, next, level);
    }
}
