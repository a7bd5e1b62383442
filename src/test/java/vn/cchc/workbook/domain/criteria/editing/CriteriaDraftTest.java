package vn.cchc.workbook.domain.criteria.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.domain.TestSets.manual;
import static vn.cchc.workbook.domain.TestSets.p;
import static vn.cchc.workbook.domain.TestSets.parent;
import static vn.cchc.workbook.domain.TestSets.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

class CriteriaDraftTest {

    /** 1 (60) = 1.1 (40) + 1.2 (20); 2 (40) = 2.1 (40). A valid set worth 100. */
    private static CriteriaSet small() {
        return set(
                parent("1", "60", manual("1.1", "40"), manual("1.2", "20")),
                parent("2", "40", manual("2.1", "40")));
    }

    private static List<String> codes(CriteriaDraft draft) {
        return draft.nodes().stream().map(DraftNode::code).toList();
    }

    private static long idOf(CriteriaDraft draft, String code) {
        return draft.nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void aDraftOfASetGivesTheSameSetBack() {
        CriteriaSet original = small();
        assertThat(CriteriaDraft.editing(original).toCriteriaSet()).isEqualTo(original);
    }

    @Test
    void aDraftKeepsRulesTextsAndSections() {
        CriteriaSet original = set(
                parent("1", "100",
                        TestSets.leaf("1.1", "1", new ScoringRule.Levels(List.of(new Level("Đúng hạn", p("1")),
                                new Level("Chậm", p("0.5"))))),
                        TestSets.leaf("1.2", "99", new ScoringRule.Ratio(p("0.7"), null))
                                .withGuidance("Hướng dẫn", "Kế hoạch số …").withDefaultDepartment("Văn phòng")),
                TestSets.group(Section.BONUS, "T", "2", manual("T.1", "2")));
        assertThat(CriteriaDraft.editing(original).toCriteriaSet()).isEqualTo(original);
    }

    @Test
    void addChildAppendsANumberedEmptyLeafAndTurnsTheParentIntoASum() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long added = draft.addChild(idOf(draft, "2.1"));

        DraftNode node = draft.node(added);
        assertThat(node.code()).isEqualTo("2.1.1");
        assertThat(node.title()).isEmpty();
        assertThat(node.maxPoints()).isEqualByComparingTo("0");
        assertThat(node.rule()).isEqualTo(ScoringRule.Manual.FREE);
        assertThat(draft.node(idOf(draft, "2.1")).rule()).isInstanceOf(ScoringRule.Sum.class);
        assertThat(codes(draft)).containsExactly("1", "1.1", "1.2", "2", "2.1", "2.1.1");
    }

    @Test
    void addSiblingInsertsAfterTheNodeWithAFreeCode() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long added = draft.addSibling(idOf(draft, "1.1"));

        // "1.2" is taken, so the new node gets the next free number; renumbering puts it in order.
        assertThat(codes(draft)).containsExactly("1", "1.1", "1.3", "1.2", "2", "2.1");
        assertThat(draft.node(added).parent().orElseThrow().code()).isEqualTo("1");
        draft.renumber();
        assertThat(codes(draft)).containsExactly("1", "1.1", "1.2", "1.3", "2", "2.1");
        assertThat(draft.node(added).code()).isEqualTo("1.2");
    }

    @Test
    void addRootAddsAFieldAfterTheMainFieldsBeforeBonusGroups() {
        CriteriaDraft draft = CriteriaDraft.editing(set(
                parent("1", "100", manual("1.1", "100")),
                TestSets.group(Section.BONUS, "T", "2", manual("T.1", "2"))));
        long added = draft.addRoot();

        assertThat(draft.roots()).extracting(DraftNode::code).containsExactly("1", "2", "T");
        assertThat(draft.node(added).section()).isEqualTo(Section.MAIN);
    }

    @Test
    void deleteRemovesTheWholeSubtree() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        draft.delete(idOf(draft, "1"));

        assertThat(codes(draft)).containsExactly("2", "2.1");
    }

    @Test
    void deletingTheLastChildGivesTheParentBackItsOwnRule() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long leaf = idOf(draft, "2.1");
        draft.setRule(leaf, new ScoringRule.Deductions(p("0.5")));
        long child = draft.addChild(leaf);
        assertThat(draft.node(leaf).rule()).isInstanceOf(ScoringRule.Sum.class);

        draft.delete(child);
        assertThat(draft.node(leaf).rule()).isEqualTo(new ScoringRule.Deductions(p("0.5")));
    }

    @Test
    void aNodeLoadedAsAParentBecomesAManualLeafWhenItsChildrenGo() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        draft.delete(idOf(draft, "2.1"));

        assertThat(draft.node(idOf(draft, "2")).rule()).isEqualTo(ScoringRule.Manual.FREE);
        assertThat(CriteriaValidator.validate(draft.toCriteriaSet())).noneMatch(Problem::isError);
    }

    @Test
    void moveUpAndDownSwapWithTheNeighbourAndStopAtTheEnds() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long second = idOf(draft, "1.2");

        assertThat(draft.canMoveDown(second)).isFalse();
        assertThat(draft.moveDown(second)).isFalse();
        assertThat(draft.moveUp(second)).isTrue();
        assertThat(codes(draft)).containsExactly("1", "1.2", "1.1", "2", "2.1");
        assertThat(draft.canMoveUp(second)).isFalse();
        assertThat(draft.moveUp(second)).isFalse();
        assertThat(draft.moveDown(second)).isTrue();
        assertThat(codes(draft)).containsExactly("1", "1.1", "1.2", "2", "2.1");
    }

    @Test
    void movingAFieldMovesItsChildrenWithIt() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        draft.moveUp(idOf(draft, "2"));

        assertThat(codes(draft)).containsExactly("2", "2.1", "1", "1.1", "1.2");
        draft.renumber();
        assertThat(codes(draft)).containsExactly("1", "1.1", "2", "2.1", "2.2");
        assertThat(draft.toCriteriaSet().node("1").maxPoints()).isEqualByComparingTo("40");
    }

    @Test
    void indentMakesTheNodeTheLastChildOfTheSiblingAbove() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long node = idOf(draft, "1.2");

        assertThat(draft.indent(node)).isTrue();
        assertThat(draft.node(node).parent().orElseThrow().code()).isEqualTo("1.1");
        assertThat(draft.node(node).depth()).isEqualTo(2);
        assertThat(draft.node(idOf(draft, "1.1")).rule()).isInstanceOf(ScoringRule.Sum.class);
        draft.renumber();
        assertThat(codes(draft)).containsExactly("1", "1.1", "1.1.1", "2", "2.1");
    }

    @Test
    void theFirstChildCannotBeIndented() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long first = idOf(draft, "1.1");

        assertThat(draft.canIndent(first)).isFalse();
        assertThat(draft.indent(first)).isFalse();
        assertThat(draft.canUndo()).isFalse();
    }

    @Test
    void outdentPlacesTheNodeRightAfterItsParent() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long node = idOf(draft, "1.1");

        assertThat(draft.outdent(node)).isTrue();
        assertThat(draft.node(node).parent()).isEmpty();
        assertThat(draft.roots()).extracting(DraftNode::id).containsExactly(idOf(draft, "1"), node, idOf(draft, "2"));
        draft.renumber();
        assertThat(codes(draft)).containsExactly("1", "1.1", "2", "3", "3.1");
    }

    @Test
    void aTopLevelNodeCannotBeOutdented() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        assertThat(draft.canOutdent(idOf(draft, "1"))).isFalse();
        assertThat(draft.outdent(idOf(draft, "1"))).isFalse();
    }

    @Test
    void renumberGivesCodesInTreeOrderAndKeepsBonusGroupCodes() {
        CriteriaDraft draft = CriteriaDraft.editing(set(
                parent("II", "60", manual("a", "40"), parent("b", "20", manual("x", "20"))),
                parent("VII", "40", manual("7.1", "40")),
                TestSets.group(Section.BONUS, "T", "2", manual("T.5", "1"), manual("T.9", "1")),
                TestSets.group(Section.PENALTY, "TR", "2", manual("X", "2"))));
        draft.renumber();

        assertThat(codes(draft)).containsExactly("1", "1.1", "1.2", "1.2.1", "2", "2.1", "T", "T.1", "T.2", "TR", "TR.1");
        assertThat(CriteriaValidator.validate(draft.toCriteriaSet())).isEmpty();
    }

    @Test
    void editingFieldsChangesTheBuiltSet() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long node = idOf(draft, "1.1");
        draft.setCode(node, " 1.1a ");
        draft.setTitle(node, "Ban hành kế hoạch CCHC");
        draft.setMaxPoints(node, p("39.5"));
        draft.setRule(node, new ScoringRule.Manual(p("0.25")));
        draft.setGuidance(node, "Đúng hạn: đủ điểm");
        draft.setEvidence(node, "Kế hoạch số …");
        draft.setDefaultDepartment(node, "Công chức Văn phòng - Thống kê");

        var built = draft.toCriteriaSet().node("1.1a");
        assertThat(built.title()).isEqualTo("Ban hành kế hoạch CCHC");
        assertThat(built.maxPoints()).isEqualByComparingTo("39.5");
        assertThat(built.rule()).isEqualTo(new ScoringRule.Manual(p("0.25")));
        assertThat(built.guidance()).isEqualTo("Đúng hạn: đủ điểm");
        assertThat(built.evidenceRequired()).isEqualTo("Kế hoạch số …");
        assertThat(built.defaultDepartment()).isEqualTo("Công chức Văn phòng - Thống kê");
        assertThat(draft.isChanged()).isTrue();
    }

    @Test
    void aParentsRuleCannotBeSet() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        assertThatThrownBy(() -> draft.setRule(idOf(draft, "1"), ScoringRule.Manual.FREE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSectionOfAFieldAppliesToItsChildren() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        draft.setSection(idOf(draft, "2"), Section.BONUS);

        CriteriaSet built = draft.toCriteriaSet();
        assertThat(built.node("2.1").section()).isEqualTo(Section.BONUS);
        assertThat(built.mainMaximum()).isEqualByComparingTo("60");
        assertThatThrownBy(() -> draft.setSection(idOf(draft, "2.1"), Section.MAIN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unchangedValuesAreNotRecordedAsEdits() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        draft.setTitle(idOf(draft, "1.1"), "Tiêu chí 1.1");
        draft.setMaxPoints(idOf(draft, "1.1"), p("40.00"));

        assertThat(draft.isChanged()).isFalse();
        assertThat(draft.canUndo()).isFalse();
    }

    @Test
    void undoAndRedoRestoreStructureAndFieldsWithTheSameIds() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        CriteriaSet before = draft.toCriteriaSet();
        long node = idOf(draft, "1.2");
        draft.indent(node);
        draft.setMaxPoints(node, p("5"));
        CriteriaSet after = draft.toCriteriaSet();

        draft.undo();
        assertThat(draft.node(node).maxPoints()).isEqualByComparingTo("20");
        draft.undo();
        assertThat(draft.toCriteriaSet()).isEqualTo(before);
        assertThat(draft.isChanged()).isFalse();
        assertThat(draft.canUndo()).isFalse();

        draft.redo();
        draft.redo();
        assertThat(draft.toCriteriaSet()).isEqualTo(after);
        assertThat(draft.node(node).parent().orElseThrow().code()).isEqualTo("1.1");
        assertThat(draft.canRedo()).isFalse();
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long node = idOf(draft, "1.1");
        draft.setTitle(node, "K");
        draft.setTitle(node, "Kế");
        draft.setTitle(node, "Kế hoạch");
        draft.setTitle(idOf(draft, "1.2"), "Khác");

        draft.undo();
        assertThat(draft.node(node).title()).isEqualTo("Kế hoạch");
        draft.undo();
        assertThat(draft.node(node).title()).isEqualTo("Tiêu chí 1.1");
    }

    @Test
    void aNewEditClearsRedo() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        draft.addRoot();
        draft.undo();
        assertThat(draft.canRedo()).isTrue();
        draft.renumber();
        assertThat(draft.canRedo()).isFalse();
    }

    @Test
    void structureVersionMovesOnShapeChangesOnly() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long start = draft.structureVersion();
        draft.setTitle(idOf(draft, "1.1"), "Mới");
        assertThat(draft.structureVersion()).isEqualTo(start);
        draft.addChild(idOf(draft, "1.1"));
        assertThat(draft.structureVersion()).isGreaterThan(start);
    }

    @Test
    void listenersHearEveryChange() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        int[] heard = {0};
        draft.addListener(() -> heard[0]++);
        draft.setTitle(idOf(draft, "1.1"), "Mới");
        draft.moveUp(idOf(draft, "2"));
        draft.undo();
        assertThat(heard[0]).isEqualTo(3);
    }

    @Test
    void validationAttachesProblemsToTheirNodesAndClearsWhenFixed() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long field = idOf(draft, "1");
        long leaf = idOf(draft, "1.1");
        assertThat(draft.validate().all()).isEmpty();

        draft.setMaxPoints(leaf, p("30"));
        DraftValidation broken = draft.validate();
        assertThat(broken.of(field)).extracting(Problem::messageKey).containsExactly("domain.criteria.childrenSum");
        assertThat(broken.of(leaf)).isEmpty();
        assertThat(broken.ofSet()).isEmpty();
        assertThat(broken.items()).extracting(DraftValidation.Item::nodeId).containsExactly(Optional.of(field));
        assertThat(broken.hasErrors(field)).isTrue();

        draft.setMaxPointsFromChildren(field);
        assertThat(draft.node(field).maxPoints()).isEqualByComparingTo("50");
        assertThat(draft.validate().of(field)).isEmpty();
        assertThat(draft.validate().ofSet()).extracting(Problem::messageKey).containsExactly("domain.criteria.totalNot100");
        draft.setMaxPoints(leaf, p("40"));
        draft.setMaxPointsFromChildren(field);
        assertThat(draft.validate().all()).isEmpty();
    }

    @Test
    void aDuplicateCodeIsShownAtTheLaterNode() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long second = idOf(draft, "1.2");
        draft.setCode(second, "1.1");

        DraftValidation validation = draft.validate();
        assertThat(validation.of(second)).extracting(Problem::messageKey).containsExactly("domain.criteria.codeDuplicate");
        assertThat(validation.of(draft.nodes().get(1).id())).isEmpty();
    }

    @Test
    void aNodeWithoutCodeOrTitleGetsItsProblems() {
        CriteriaDraft draft = CriteriaDraft.editing(small());
        long added = draft.addChild(idOf(draft, "2.1"));
        draft.setCode(added, "");

        assertThat(draft.validate().of(added)).extracting(Problem::messageKey)
                .contains("domain.criteria.codeMissing", "domain.criteria.titleMissing");
    }

    @Test
    void aNewVersionGetsAFreshIdAndTheTypedDetails() {
        CriteriaSet stored = small();
        CriteriaDraft draft = CriteriaDraft.editing(stored);
        draft.setMaxPoints(idOf(draft, "1.1"), p("35"));
        draft.setMaxPoints(idOf(draft, "1.2"), p("25"));

        VersionDetails details = new VersionDetails("Bộ tiêu chí cấp xã tỉnh Quảng Trị", "1675/QĐ-UBND",
                LocalDate.of(2022, 11, 16), 2024, "2", UnitLevel.COMMUNE);
        CriteriaSet saved = draft.toNewVersion(details, Set.of(stored.id(), "bo-tieu-chi-cap-xa-tinh-quang-tri-2024-v2"));

        assertThat(saved.id()).isEqualTo("bo-tieu-chi-cap-xa-tinh-quang-tri-2024-v2-2");
        assertThat(saved.name()).isEqualTo("Bộ tiêu chí cấp xã tỉnh Quảng Trị");
        assertThat(saved.decision().number()).isEqualTo("1675/QĐ-UBND");
        assertThat(saved.decision().date()).isEqualTo(LocalDate.of(2022, 11, 16));
        assertThat(saved.year()).isEqualTo(2024);
        assertThat(saved.version()).isEqualTo("2");
        assertThat(saved.node("1.1").maxPoints()).isEqualByComparingTo("35");
        assertThat(stored.node("1.1").maxPoints()).isEqualByComparingTo("40");
        assertThat(draft.isChanged()).isTrue();

        draft.markSaved(saved);
        assertThat(draft.isChanged()).isFalse();
        assertThat(draft.id()).isEqualTo(saved.id());
        assertThat(draft.toCriteriaSet()).isEqualTo(saved);
    }

    @Test
    void theSuggestedVersionOfAStoredSetIsTheNextOne() {
        assertThat(CriteriaDraft.editing(small()).suggestedVersion().version()).isEqualTo("2");
        CriteriaSet named = small().withIdentity("x", "Bộ xã", "2023.4");
        assertThat(CriteriaDraft.editing(named).suggestedVersion().version()).isEqualTo("2023.5");
        assertThat(CriteriaDraft.editing(named.withIdentity("x", "Bộ xã", "Mẫu")).suggestedVersion().version())
                .isEqualTo("Mẫu (2)");
        assertThat(CriteriaDraft.unsaved(named).suggestedVersion().version()).isEqualTo("2023.4");
        assertThat(CriteriaDraft.unsaved(named).suggestedVersion().name()).isEqualTo("Bộ xã");
    }

    @Test
    void aBlankDraftStartsWithOneFieldAndNoOrigin() {
        CriteriaDraft draft = CriteriaDraft.blank(UnitLevel.DISTRICT, 2025);

        assertThat(codes(draft)).containsExactly("1");
        assertThat(draft.origin()).isEmpty();
        assertThat(draft.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(draft.validate().ofSet()).extracting(Problem::messageKey).contains("domain.criteria.nameMissing");
    }

    @Test
    void idsAreReadableAscii() {
        assertThat(CriteriaSetIds.newId("Bộ chỉ số CCHC cấp huyện – Đắk Lắk", 2024, "1", Set.of()))
                .isEqualTo("bo-chi-so-cchc-cap-huyen-dak-lak-2024-v1");
        assertThat(CriteriaSetIds.newId("", 2024, "", Set.of())).isEqualTo("bo-tieu-chi-2024");
    }
}
