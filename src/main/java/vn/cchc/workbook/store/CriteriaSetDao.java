package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.criteria.CriteriaSet;

/** The library of criteria sets (table criteria_set); each set's tree is stored by {@link CriteriaTreeDao}. */
final class CriteriaSetDao {

    private CriteriaSetDao() {
    }

    /** Newest year first, then by name. */
    static List<CriteriaSet> list(Connection connection) throws SQLException {
        List<Long> treeIds = Sql.list(connection, """
                SELECT s.tree_id FROM criteria_set s JOIN criteria_tree t ON t.id = s.tree_id
                ORDER BY t.set_year DESC, t.name, s.id""", row -> row.getLong(1));
        List<CriteriaSet> sets = new ArrayList<>();
        for (long treeId : treeIds) {
            CriteriaTreeDao.load(connection, treeId).ifPresent(sets::add);
        }
        return sets;
    }

    static Optional<CriteriaSet> load(Connection connection, String setId) throws SQLException {
        Optional<Long> treeId = treeId(connection, setId);
        return treeId.isEmpty() ? Optional.empty() : CriteriaTreeDao.load(connection, treeId.get());
    }

    /** Stores {@code set}, replacing a set with the same id. */
    static void save(Connection connection, CriteriaSet set, Instant now) throws SQLException {
        Optional<Long> old = treeId(connection, set.id());
        long treeId = CriteriaTreeDao.insert(connection, set);
        if (old.isPresent()) {
            Sql.update(connection, "UPDATE criteria_set SET tree_id = ?, saved_at = ? WHERE id = ?",
                    treeId, now, set.id());
            CriteriaTreeDao.delete(connection, old.get());
        } else {
            Sql.update(connection, "INSERT INTO criteria_set (id, tree_id, saved_at) VALUES (?, ?, ?)",
                    set.id(), treeId, now);
        }
    }

    private static Optional<Long> treeId(Connection connection, String setId) throws SQLException {
        return Sql.one(connection, "SELECT tree_id FROM criteria_set WHERE id = ?", row -> row.getLong(1), setId);
    }
}
