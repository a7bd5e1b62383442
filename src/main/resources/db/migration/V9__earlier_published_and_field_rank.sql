-- CCHC Workbook local store, schema version 9: the earlier period's published result and its rank per lĩnh vực
-- (issue 13, items 6 and 7).

-- The total and index the province announced for the earlier period, copied from the earlier assessment when it
-- was linked; null when none was recorded. The comparison uses them when the user chooses the published result.
ALTER TABLE earlier_period ADD COLUMN published_total decimal_text;
ALTER TABLE earlier_period ADD COLUMN published_index decimal_text;

-- The rank the province published for a lĩnh vực in the earlier period, as typed ("xếp thứ 7/10"); blank when not
-- typed, and for every node below a lĩnh vực.
ALTER TABLE earlier_node ADD COLUMN rank_text VARCHAR(2000) DEFAULT '' NOT NULL;
