package vn.cchc.workbook.domain.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.Track;

/** Every figure of an assessment at one moment, as computed by {@link ScoreEngine}. */
public final class Scorecard {

    private final List<NodeResult> nodes;
    private final Map<String, NodeResult> byCode;
    private final EnumMap<Track, Totals> totals;
    private final EnumMap<Track, List<DepartmentResult>> departments;

    Scorecard(List<NodeResult> nodes, Map<String, NodeResult> byCode, EnumMap<Track, Totals> totals,
              EnumMap<Track, List<DepartmentResult>> departments) {
        this.nodes = List.copyOf(nodes);
        this.byCode = byCode;
        this.totals = totals;
        this.departments = departments;
    }

    /** Every node in printed order. */
    public List<NodeResult> nodes() {
        return nodes;
    }

    public NodeResult node(String code) {
        NodeResult result = byCode.get(code);
        if (result == null) {
            throw new IllegalArgumentException("No criterion with code " + code);
        }
        return result;
    }

    /** The top-level nodes (lĩnh vực, then bonus and penalty groups). */
    public List<NodeResult> fields() {
        return nodes.stream().filter(n -> n.depth() == 0).toList();
    }

    public Totals totals(Track track) {
        return totals.get(track);
    }

    /**
     * The figures the work is at: the appraisal once any criterion has an appraised score, the unit's own before
     * that. The window's totals and the export's default follow it.
     */
    public Track workingTrack() {
        return totals(Track.APPRAISED).scoredLeaves() > 0 ? Track.APPRAISED : Track.SELF;
    }

    /** Departments in the assessment's order; the unassigned remainder, if any, last. */
    public List<DepartmentResult> departments(Track track) {
        return departments.get(track);
    }
}
