package vn.cchc.workbook.domain.ranking;

import java.util.Objects;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * An assessment offered for ranking, with where it came from (a file name) for the messages.
 */
public record Candidate(Assessment assessment, String source) {

    public Candidate {
        Objects.requireNonNull(assessment, "assessment");
        source = source == null ? "" : source;
    }
}
